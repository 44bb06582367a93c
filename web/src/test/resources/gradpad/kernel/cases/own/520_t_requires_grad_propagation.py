import torch
a = torch.ones(2)
b = torch.ones(2, requires_grad=True)
c = a + b
d = a * 2
print(c.requires_grad, d.requires_grad, c.is_leaf, d.is_leaf, c.grad_fn.name(), d.grad_fn)
e = c.detach() * 3
print(e.requires_grad, e.grad_fn)
f = torch.cat([a, b])
print(f.requires_grad, f.grad_fn.name(), f)
g = b.clone().detach().requires_grad_(True)
print(g.is_leaf, g.requires_grad, g.grad_fn)
