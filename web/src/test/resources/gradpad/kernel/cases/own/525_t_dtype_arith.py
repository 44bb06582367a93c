import torch
i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 1.5, 2.5])
print(i + f, i * 2, i * 2.0, i / 2, i // 2, (i + f).dtype, (i * 2).dtype, (i / 2).dtype)
print(i.float().mean(), f.long(), f.int() if False else f.long(), (f > 1).sum(), (f > 1).dtype)
print(torch.tensor([True, False]) + torch.tensor([True, True]), torch.tensor(3) ** 2, 2 ** torch.tensor([1, 2]))
d = torch.tensor([1.0], dtype=torch.float64)
print(d + f, (d + f).dtype, d * 3, torch.tensor(1.5, dtype=torch.float64).item())
