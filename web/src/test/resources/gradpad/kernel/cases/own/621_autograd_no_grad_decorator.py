# torch.no_grad / torch.enable_grad as decorators (called form, as in every PyTorch version)
import torch
x = torch.ones(2, requires_grad=True)

@torch.no_grad()
def double(t):
    return t * 2

@torch.enable_grad()
def triple(t):
    return t * 3

y = double(x)
print(y, y.requires_grad, double.__name__)
with torch.no_grad():
    z = triple(x)
print(z, z.requires_grad, torch.is_grad_enabled())
