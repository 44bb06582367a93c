# rsqrt (RsqrtBackward0), asin/acos/atan (and arc* aliases), sinh/cosh: values, first and second
# derivatives; float32 asin follows the correctly rounded library (SLEEF builds differ in the last bit).
import torch
x = torch.tensor([0.1, 0.4, 0.7], requires_grad=True)
for name in ["rsqrt", "asin", "acos", "atan", "sinh", "cosh", "arcsin", "arctan"]:
    y = getattr(torch, name)(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), x)
    print(name, y, g, gg, getattr(x, name)().grad_fn.name())
torch.manual_seed(0)
z = torch.rand(20) * 1.8 - 0.9
print(torch.asin(z)[:6], torch.atan(z * 5).tolist()[:6], torch.cosh(z * 3).tolist()[:6], torch.rsqrt(z.abs() + 0.1).tolist()[:6])
print(torch.asin(torch.tensor([2.0])), torch.atan(torch.arange(3)))
