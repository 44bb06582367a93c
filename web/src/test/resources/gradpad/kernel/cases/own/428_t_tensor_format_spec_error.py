import torch
t = torch.tensor([1.0, 2.0])
print(f"{t}")
print(f"{t.sum():.1f}")
print(f"{t:.2f}")
