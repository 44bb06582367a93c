# log1p, expm1, log2, log10 and tan record their backward nodes (they had none: the result left the
# graph and gradients through them were silently missing); first and second derivatives.
import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
for name in ["log1p", "expm1", "log2", "log10", "tan"]:
    y = getattr(torch, name)(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), x)
    print(name, y, g, gg)
    print(getattr(x, name)().grad_fn.name())
z = torch.arange(1, 4)
print(torch.log1p(z), torch.log2(z), z.tan())
loss = torch.log1p(x).sum() + x.sum()
loss.backward()
print(x.grad)
