import torch
x = torch.ones(2)
print(x.requires_grad)
x.requires_grad = True
print(x.requires_grad, x)
x.requires_grad_(False)
print(x.requires_grad)
y = torch.zeros(3).requires_grad_()
print(y, y.is_leaf)
z = y * 2
print(z.requires_grad, z.is_leaf)
z.requires_grad = False
