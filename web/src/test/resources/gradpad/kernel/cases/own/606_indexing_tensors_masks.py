import torch
x = torch.arange(12.0).reshape(3, 4).requires_grad_()
idx = torch.tensor([2, 0])
print(x[idx])
print(x[idx].grad_fn.name())
mask = x > 6
print(mask)
print(x[mask], x[mask].grad_fn.name())
print(x[:, torch.tensor([1, 3])])
print(x[torch.tensor([0, 2]), torch.tensor([1, 3])])
y = x * 1
y[y > 8] = 0
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
z = torch.zeros(5)
z[torch.tensor([1, 3])] = torch.tensor([7.0, 9.0])
print(z)
print(x[..., 1], x[None].shape, x[1:, ::2])
