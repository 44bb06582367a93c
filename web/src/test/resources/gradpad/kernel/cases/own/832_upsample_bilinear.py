# 2.11: mode=bilinear) => mode='bilinear')
# 2.11: UpsampleBilinear2DBackward1 => UpsampleBilinear2DBackward0
# 2.11: UpsampleBilinear2DBackwardBackward1 => UpsampleBilinear2DBackwardBackward0
# values rounded: gradpad's bilinear is within an ulp of torch's, not bit-exact
import torch
import torch.nn as nn
import torch.nn.functional as F

def r(t):
    return torch.round(t.detach() * 10000) / 10000


torch.manual_seed(0)
print(nn.Upsample(scale_factor=2, mode='bilinear'), nn.Upsample(size=(5, 7), mode='bilinear', align_corners=True))
x = torch.randn(1, 2, 3, 4, requires_grad=True)
y = F.interpolate(x, scale_factor=2, mode='bilinear')
print(y.shape, y.grad_fn.name())
print(r(y[0, 1]))
(y * torch.arange(48.).reshape(6, 8).div(7)).sum().backward()
print(r(x.grad))
x.grad = None
y = nn.Upsample(size=(5, 7), mode='bilinear', align_corners=True)(x)
print(y.shape, r(y[0, 0]))
(y * torch.arange(35.).reshape(5, 7).div(3)).sum().backward()
print(r(x.grad[0, 0]))
y = F.interpolate(x, size=(7, 9), mode='bilinear')
print(r(y[0, 1]))
y = F.interpolate(x, scale_factor=(1.7, 0.6), mode='bilinear')
print(y.shape, r(y[0, 0]))
y = F.interpolate(x, scale_factor=2.6, mode='bilinear', align_corners=True)
print(y.shape, r(y[0, 1, 2]))
y = F.interpolate(x, size=(2, 3), mode='bilinear')
print(y.shape, r(y[0, 1]))
big = torch.randn(2, 3, 11, 13, requires_grad=True)
y = F.interpolate(big, size=(17, 29), mode='bilinear')
print(round(y.sum().item(), 3), r(y[1, 2, 5]))
(y * y.detach().sin()).sum().backward()
print(r(big.grad[1, 1, 4]))
y = F.interpolate(big, scale_factor=0.37, mode='bilinear')
print(y.shape, r(y[0, 0]))
z = torch.randn(2, 1, 3, 3, dtype=torch.float64, requires_grad=True)
y = F.interpolate(z, size=8, mode='bilinear', align_corners=False)
print(y.dtype, r(y[1, 0, 5]))
gz, = torch.autograd.grad(y.pow(2).sum(), z, create_graph=True)
print(gz.grad_fn.name(), gz.grad_fn.next_functions[0][0].name())
