import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
z = 3 * y + torch.sin(x)
z.backward()
print(x.grad, 6 * x.item() + torch.cos(x).item())
print(torch.allclose(x.grad, 6 * x + torch.cos(x)))
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * a
c = b.mean()
c.backward()
print(a.grad, a / 1)
