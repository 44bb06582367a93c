import torch
print(torch.arange(-5.0, 5.0) / 3)
print(torch.tensor([1e-8, 1.0]), torch.tensor([123456.0, 0.5]))
print(torch.arange(30).reshape(3, 10))
print(torch.zeros(2, 2, 2))
print(torch.tensor([[0.5, -1.25], [100.0, 3.0]], requires_grad=True))
