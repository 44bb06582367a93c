import torch
x = torch.tensor([0.1, 1/3, 2.0, -1e-8, 123456.789])
print(x.tolist())
print([round(v, 4) for v in x.tolist()])
print(x[1].item(), x.sum().item(), x.mean().item())
print(torch.tensor([1, 2]).tolist(), torch.tensor(True).tolist(), torch.tensor(2.5).tolist(), torch.zeros(2, 2).tolist())
print(torch.tensor(1/3, dtype=torch.float64).item(), float(torch.tensor(0.1)))
