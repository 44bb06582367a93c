import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
print(torch.zeros_like(x), torch.ones_like(x), torch.full_like(x, 5))
c = x.clone()
print(c, c.is_leaf)
print(torch.tensor([]), torch.tensor([[]]).shape, torch.empty(0).shape)
print(torch.tensor(2.5), torch.tensor([True]), torch.tensor([[1, 2], [3, 4]]))
print(torch.stack([x[0], x[1]]), torch.cat([x, x], dim=1).shape)
