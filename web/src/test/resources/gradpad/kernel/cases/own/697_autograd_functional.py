# torch.autograd.functional: jacobian, hessian, vjp, jvp, vhp, hvp with single and tuple
# inputs/outputs, create_graph, zeros for unused inputs, strict mode and argument errors.
import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp, vhp, hvp
def f(x):
    return (x ** 3).sum()
x = torch.tensor([1.0, 2.0, 3.0])
print(hessian(f, x))
def g(x, y):
    return (x * y.sin()).sum()
y = torch.tensor([0.5, -1.0, 2.0])
print(hessian(g, (x, y)))
print(jacobian(lambda t: t ** 2, x))
print(jacobian(lambda a, b: (a * b, a + b), (x, y)))
print(jacobian(lambda t: t.exp(), x, create_graph=True))
def lin(x):
    return 2 * x
print(jacobian(lambda t: torch.ones(2), x))
print(vjp(lambda t: t ** 2, x, torch.ones(3)))
print(jvp(lambda t: t ** 2, x, torch.tensor([1.0, 0.0, 0.0])))
print(vhp(f, x, torch.ones(3)))
print(hvp(f, x, torch.ones(3)))
print(vjp(f, x))
w = torch.randn(2, 3, requires_grad=True)
J = jacobian(lambda t: w @ t, x)
print(J.shape, J.requires_grad, (J == w).all())
for bad in [lambda: jacobian(lambda t: t, [x]), lambda: hessian(lambda t: t ** 2, x), lambda: vjp(lambda t: t * 2, x),
            lambda: vjp(lambda t: t * 2, x, torch.ones(2)), lambda: jacobian(lambda t: torch.ones(2), x, strict=True),
            lambda: hvp(lambda a, b: (a * b).sum(), (x, y), (torch.ones(3),)), lambda: jvp(f, x),
            lambda: hessian(lambda t: (t, t), x)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
H = hessian(f, x, create_graph=True)
print(H.grad_fn is not None, H.requires_grad)
out, v = vjp(lambda t: (t ** 2, t.sum()), x, (torch.ones(3), torch.tensor(2.0)), create_graph=True)
print(out, v)
print(jacobian(lambda a, b: a * 2, (x, y)))
print(hessian(lambda a, b: (a ** 2 * b).sum(), (x, y))[1][0])
z = torch.tensor([0.3, -0.2], dtype=torch.float64)
print(jacobian(lambda t: torch.stack([t[0] * t[1], t[0].exp()]), z))
