# max_pool2d / avg_pool2d (bit-exact: values printed in full), return_indices, ceil_mode,
# count_include_pad, divisor_override, dilation, unbatched input, gradients, double backward, reprs.
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, 7, 6, requires_grad=True)
print(nn.MaxPool2d(2), nn.MaxPool2d((2, 3), stride=1, padding=1, dilation=2, ceil_mode=True), nn.AvgPool2d(3, 2, 1))
print(nn.AvgPool2d((2, 3), ceil_mode=True, count_include_pad=False, divisor_override=2))
m = F.max_pool2d(x, 2)
print(m.shape, m.grad_fn.name(), m[1, 2].tolist())
o, i = F.max_pool2d(x, 3, stride=2, padding=1, return_indices=True)
print(o[0, 0].tolist(), i[0, 0], i.dtype)
print(F.max_pool2d(x, (2, 3), stride=(1, 2), dilation=(2, 1), ceil_mode=True)[0, 1].tolist())
print(nn.MaxPool2d(3, return_indices=True)(x)[1][1, 1])
a = F.avg_pool2d(x, 2)
print(a.shape, a.grad_fn.name(), a[0, 0].tolist())
print(F.avg_pool2d(x, 3, stride=2, padding=1)[1, 0].tolist())
print(F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False)[1, 0].tolist())
print(F.avg_pool2d(x, (3, 2), stride=2, padding=1, ceil_mode=True, divisor_override=5)[0, 2].tolist())
print(nn.AvgPool2d(2, ceil_mode=True)(x).shape, nn.MaxPool2d(2, ceil_mode=True)(x).shape)
u = F.max_pool2d(x[0], 2); print(u.shape, u.grad_fn.name())
u = F.avg_pool2d(x[0], 2); print(u.shape, u.grad_fn.name())
w = torch.arange(1., 1 + 2 * 3 * 4 * 3).reshape(2, 3, 4, 3)
(F.max_pool2d(x, 2, 1) * w[:, :, :, :1].expand(2, 3, 4, 5).repeat(1, 1, 2, 1)[:, :, :6]).sum().backward()
print(x.grad[0, 0].tolist())
x.grad = None
(F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False) * torch.arange(96.).reshape(2, 3, 4, 4)).sum().backward()
print(x.grad[1, 2].tolist())
gm, = torch.autograd.grad(F.max_pool2d(x, 2).pow(2).sum(), x, create_graph=True)
ga, = torch.autograd.grad(F.avg_pool2d(x, 2).pow(2).sum(), x, create_graph=True)
print(gm.grad_fn.name(), ga.grad_fn.name())
print(torch.autograd.grad(gm.sum() + ga.sum(), x)[0][0, 0])
for bad in [lambda: F.max_pool2d(torch.randn(1, 3, 2, 2), 3), lambda: F.avg_pool2d(torch.randn(1, 3, 2, 2), 3),
            lambda: F.max_pool2d(torch.randn(1, 3, 8, 8), 2, padding=2), lambda: F.avg_pool2d(torch.randn(8, 8), 2),
            lambda: F.max_pool2d(torch.randn(8, 8), 2), lambda: F.max_pool2d(torch.randn(1, 3, 8, 8), 2, stride=0),
            lambda: F.avg_pool2d(torch.ones(1, 3, 8, 8), 2, divisor_override=0)]:
    try: bad()
    except Exception as ex: print(type(ex).__name__, ex)
# 2.11: pad should be at most half of kernel size, but got pad=2 and kernel_size=2 => pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1
