import torch
t = torch.tensor([0.1, 0.2, 0.3])
print(t[0].item(), t.tolist(), float(t[1]), int(torch.tensor(3.9)), round(t[2].item(), 4))
print(f"{t[0].item():.3f}", f"{t.sum():.2f}", f"{t.mean().item()}")
print(t.sum().item() == 0.6, abs(t.sum().item() - 0.6) < 1e-6)
print(str(t), repr(t), [t[0]], (t[1],))
print(bool(torch.tensor(0.0)), bool(torch.tensor([1])))
