import torch
ts = [torch.tensor(float(i)) for i in range(3)]
print(ts, sum(ts), max(t.item() for t in ts))
d = {"w": torch.ones(2), "b": torch.zeros(1)}
print(d)
for name, p in d.items():
    print(name, p.shape, tuple(p.shape))
print(sorted([torch.tensor(3.0), torch.tensor(1.0)], key=lambda t: t.item()))
print([t * 2 for t in torch.tensor([1.0, 2.0])])
