# F.gelu/elu/silu/softplus and nn.GELU/ELU/SiLU/Softplus: values, grad_fn, grads, double backward, reprs
# 2.11: Softplus(beta=1, threshold=20) => Softplus(beta=1.0, threshold=20.0)
# 2.11: Softplus(beta=0.5, threshold=20) => Softplus(beta=0.5, threshold=20.0)
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([-3.0, -1.5, -0.25, 0.0, 0.5, 1.0, 2.5, 25.0], requires_grad=True)
for f in [F.gelu, lambda t: F.gelu(t, approximate='tanh'), F.elu, lambda t: F.elu(t, 0.5), F.silu, F.softplus,
          lambda t: F.softplus(t, beta=2, threshold=3)]:
    y = f(x)
    print(y)
    x.grad = None
    (y * torch.arange(8.)).sum().backward()
    print(x.grad)
torch.manual_seed(0)
r = torch.randn(37, requires_grad=True)
for f in [F.gelu, lambda t: F.gelu(t, approximate='tanh'), F.elu, F.silu, F.softplus]:
    y = f(r * 3)
    y.sum().backward()
    print([round(v, 6) for v in y[::6].tolist()], [round(v, 4) for v in r.grad[::6].tolist()])
    r.grad = None
print(nn.GELU(), nn.GELU('tanh'), nn.ELU(), nn.ELU(0.5, True), nn.ELU(alpha=2), nn.SiLU(), nn.SiLU(inplace=True))
print(nn.Softplus(), nn.Softplus(2, 10), nn.Softplus(beta=0.5))
net = nn.Sequential(nn.Linear(3, 4), nn.GELU(), nn.Linear(4, 4), nn.SiLU(), nn.Linear(4, 2), nn.Softplus())
print(net)
out = net(torch.randn(5, 3))
print(out.grad_fn, out.shape)
d = torch.tensor([-1.5, -0.2, 0.3, 2.0], dtype=torch.float64, requires_grad=True)
for f in [F.gelu, lambda t: F.gelu(t, approximate='tanh'), F.elu, F.silu, F.softplus]:
    (g,) = torch.autograd.grad(f(d).sum(), d, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), d)
    print(g.grad_fn.name(), g.detach(), h)
print(F.elu(torch.tensor([-1., 2.]), alpha=1.5), nn.ELU(0.3)(torch.tensor([-2., 3.])))
print(F.gelu(torch.tensor([1.0, -1.0], dtype=torch.float64)))
try:
    F.gelu(x, approximate='fast')
except RuntimeError as e:
    print("RuntimeError:", e)
for f in [F.gelu, F.elu, F.silu, F.softplus]:
    try:
        f(torch.tensor([1, 2]))
    except RuntimeError as e:
        print("RuntimeError:", e)
F.silu(3)
