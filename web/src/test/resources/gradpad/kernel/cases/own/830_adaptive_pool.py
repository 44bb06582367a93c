import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
print(nn.AdaptiveAvgPool2d((1, 1)), nn.AdaptiveAvgPool2d(5), nn.AdaptiveAvgPool2d((None, 7)))
print(nn.AdaptiveMaxPool2d((2, 3)), nn.AdaptiveMaxPool2d(2, return_indices=True))
x = torch.randn(2, 3, 7, 5, requires_grad=True)
y = F.adaptive_avg_pool2d(x, (3, 4))
print(y.shape, y.grad_fn.name())
print(y[1, 2].tolist())
print(y[0, 0].tolist())
(y * torch.arange(12.).reshape(3, 4)).sum().backward()
print(x.grad[0, 1].tolist())
x.grad = None
g = nn.AdaptiveAvgPool2d((1, 1))(x)
print(g.shape, g.grad_fn.name(), g.flatten().tolist())
g.sum().backward()
print(x.grad[1, 0].tolist())
x.grad = None
y = nn.AdaptiveAvgPool2d((None, 2))(x)
print(y.shape, y[0, 1].tolist())
y = F.adaptive_avg_pool2d(x, 4)
print(y.shape, y[1, 1].tolist())
z = torch.randn(3, 5, 9, dtype=torch.float64, requires_grad=True)
w = F.adaptive_avg_pool2d(z, (2, 4))
print(w.grad_fn.name(), w.tolist()[0])
w = F.adaptive_avg_pool2d(z, (8, 11))
print(w.shape, w[1, 3].tolist())
m = F.adaptive_max_pool2d(x, (3, 2))
print(m.shape, m.grad_fn.name(), m[0, 2].tolist())
m, i = F.adaptive_max_pool2d(x, (4, 3), return_indices=True)
print(i[1, 1])
print(m[1, 1].tolist())
(m * torch.arange(12.).reshape(4, 3)).sum().backward()
print(x.grad[1, 1].tolist())
m, i = nn.AdaptiveMaxPool2d((None, 2), return_indices=True)(z)
print(m.shape, i.dtype, i[2].tolist())
t = torch.tensor([[[1., float('nan'), 3.], [2., 5., 0.]]])
print(F.adaptive_max_pool2d(t, 1), F.adaptive_max_pool2d(t, (2, 2), True))
# double backward
x = torch.randn(1, 2, 5, 6, requires_grad=True)
y = F.adaptive_avg_pool2d(x, (2, 4))
gx, = torch.autograd.grad(y.pow(2).sum(), x, create_graph=True)
print(gx.grad_fn.name(), gx.grad_fn.next_functions[0][0].name())
y = F.adaptive_max_pool2d(x, (2, 4))
gx, = torch.autograd.grad(y.pow(2).sum(), x, create_graph=True)
print(gx.grad_fn.name())
gx.sum().backward()
print(x.grad[0, 0].tolist())
for f in [lambda: F.adaptive_avg_pool2d(torch.randn(3, 4), (2, 2)),
          lambda: F.adaptive_avg_pool2d(torch.randn(2, 3, 4), (2, 2, 2)),
          lambda: F.adaptive_avg_pool2d(torch.randn(2, 3, 4), (2, -1)),
          lambda: F.adaptive_avg_pool2d(torch.randn(2, 3), (None, 2)),
          lambda: F.adaptive_avg_pool2d(torch.randn(2, 0, 4), (2, 2)),
          lambda: F.adaptive_max_pool2d(torch.randn(3, 4), (2, 2)),
          lambda: F.adaptive_max_pool2d(torch.randn(2, 0, 4), 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
