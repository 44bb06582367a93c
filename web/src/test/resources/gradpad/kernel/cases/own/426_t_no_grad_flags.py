import torch
x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
    print(torch.is_grad_enabled())
print(y.requires_grad, y.grad_fn, y.is_leaf, torch.is_grad_enabled())
with torch.set_grad_enabled(False):
    z = x + 1
print(z.requires_grad)
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 3).requires_grad)
torch.set_grad_enabled(True)
print((x * 3).requires_grad)
