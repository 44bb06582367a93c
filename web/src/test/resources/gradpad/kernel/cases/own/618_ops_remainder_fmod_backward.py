# remainder (Python's %) and fmod (C's fmod): values, dtypes, grad_fn names and gradients
import torch
x = torch.tensor([-7., -2., 2., 7.], requires_grad=True)
y = torch.tensor([3., -3., 3., -3.], requires_grad=True)
print(x % 3, x.remainder(y))
print(x.fmod(3), torch.fmod(x, y), torch.fmod(x, -2.5))
(x.fmod(y) * torch.arange(4.)).sum().backward()
print(x.grad, y.grad)
x.grad = None
y.grad = None
(x.remainder(y) * torch.arange(4.)).sum().backward()
print(x.grad, y.grad)
print(torch.tensor([-7, 7]).fmod(-3), torch.tensor([-7, 7]) % -3, torch.tensor([-7, 7]).fmod(3))
print(torch.tensor([1., -1.]).fmod(0.), torch.tensor([5., -5.]).fmod(float('inf')))
print(torch.tensor([1, 2]).fmod(1.5), torch.tensor([-0.5, 0.5]).fmod(1.))
torch.tensor([1]).fmod(0)
