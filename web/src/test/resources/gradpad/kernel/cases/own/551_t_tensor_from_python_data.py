import torch
print(torch.tensor([[1, 2], [3, 4]]).dtype, torch.tensor([1, 2.0]).dtype, torch.tensor([True, 1]).dtype)
print(torch.tensor([]), torch.tensor([[1.5]]), torch.tensor(((1, 2), (3, 4))))
print(torch.tensor([1, 2], dtype=torch.float64), torch.tensor(3, dtype=torch.float32), torch.tensor([0.1], dtype=torch.float64))
print(torch.tensor(range(4)) if False else torch.tensor(list(range(4))), torch.as_tensor([1.0, 2.0]))
data = [[0.1, 0.2], [0.3, 0.4]]
t = torch.tensor(data)
data[0][0] = 100
print(t, torch.tensor(data)[0, 0])
print(torch.zeros(2, 3).new_zeros(2) if hasattr(torch.zeros(1), "new_zeros") else torch.zeros(2))
