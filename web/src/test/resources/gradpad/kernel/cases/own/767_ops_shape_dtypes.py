import torch
a = torch.arange(6, dtype=torch.int32).view(2, 3)
print(a.index_select(1, torch.tensor([0, 2])), a.take(torch.tensor([1])), a.masked_select(a > 2), a.roll(1), a.split(1)[0])
print(torch.diag(a), a.diagonal(), a.trace(), torch.diff(a), torch.kron(a, a).dtype, torch.einsum('ij->j', a))
h = torch.arange(4., dtype=torch.float16)
print(h.roll(1), torch.hstack([h, h]), h.chunk(2), h.repeat_interleave(2), torch.vstack([h, h]).dtype)
b = torch.tensor([True, False])
print(b.roll(1), torch.diff(b), b.index_select(0, torch.tensor([1, 1])))
d = torch.arange(4., dtype=torch.float64)
print(torch.einsum('i,i->', d, d), torch.tensordot(d, d, 1), torch.trace(d.view(2, 2)), torch.vdot(d, d))
for f in [lambda: torch.trace(torch.eye(2, dtype=torch.bool)), lambda: torch.vdot(d, d.float())]:
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
