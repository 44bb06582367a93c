# 2.11: mode=nearest) => mode='nearest')
# 2.11: UpsampleNearest2DBackward1 => UpsampleNearest2DBackward0
# 2.11: UpsampleNearest2DBackwardBackward1 => UpsampleNearest2DBackwardBackward0
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
print(nn.Upsample(scale_factor=2, mode='nearest'), nn.Upsample(size=(5, 7)), nn.Upsample(size=4))
print(nn.Upsample(scale_factor=(2, 1.5)))
x = torch.randn(1, 2, 3, 4, requires_grad=True)
y = F.interpolate(x, scale_factor=2)
print(y.shape, y.grad_fn.name())
print(y[0, 1].tolist())
(y * torch.arange(48.).reshape(6, 8)).sum().backward()
print(x.grad.tolist())
x.grad = None
y = nn.Upsample(size=(5, 7))(x)
print(y.shape, y[0, 0].tolist())
(y * torch.arange(35.).reshape(5, 7)).sum().backward()
print(x.grad[0, 0].tolist())
y = F.interpolate(x, scale_factor=(1.7, 0.6))
print(y.shape, y[0, 0].tolist())
y = F.interpolate(x, scale_factor=(1.7, 2.3), recompute_scale_factor=True)
print(y.shape, y[0, 1].tolist())
y = F.interpolate(x, scale_factor=2.6)
print(y.shape, y[0, 1, 2].tolist())
y = F.interpolate(x, size=(2, 3))
print(y.shape, y[0, 1].tolist())
z = torch.randn(2, 1, 3, 3, dtype=torch.float64, requires_grad=True)
y = F.interpolate(z, size=8)
print(y.dtype, y[1, 0, 7].tolist())
gz, = torch.autograd.grad(y.pow(2).sum(), z, create_graph=True)
print(gz.grad_fn.name(), gz.grad_fn.next_functions[0][0].name())
for f in [lambda: F.interpolate(x),
          lambda: F.interpolate(x, size=3, scale_factor=2),
          lambda: F.interpolate(x, size=(3, 4, 5)),
          lambda: F.interpolate(x, scale_factor=(2, 2, 2)),
          lambda: F.interpolate(x, scale_factor=2, align_corners=True),
          lambda: F.interpolate(x, size=4, recompute_scale_factor=True),
          lambda: F.interpolate(x, scale_factor=0.1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
