import torch
x = torch.tensor([1.0, 5.0, 3.0])
print(x > 2, x == 3, (x > 2) & (x < 5), (x < 2) | (x > 4), ~(x > 2))
print(torch.where(x > 2, x, torch.zeros(3)), x[x > 2], (x > 2).any(), (x > 0).all())
print(torch.equal(x, x.clone()), x.eq(5), x.ne(5), x.ge(3), x.lt(3), torch.allclose(x, x + 1e-9))
print(x.clamp(2, 4), torch.clamp(x, max=2.0), x.abs().sum())
