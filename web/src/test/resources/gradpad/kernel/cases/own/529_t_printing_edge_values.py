import torch
print(torch.tensor([1e-3, 1e3]), torch.tensor([0.0001, 1.0]), torch.tensor([1e10]))
print(torch.tensor([float("nan"), 1.0]), torch.tensor([float("inf"), -float("inf")]), torch.tensor(-0.0))
print(torch.tensor([[1, -1], [100, 0]]), torch.tensor([[True], [False]]))
print(torch.tensor([12345678.0]), torch.tensor([0.5, 100000.0]), torch.ones(2, 3) * 1.5)
