# 2.11: DiagBackward0 => DiagEmbedBackward0
# 2.11: matrix or a vector expected => diag(): Supports 1D or 2D tensors. Got 3D
import torch
torch.manual_seed(0)
m = torch.randn(3, 4, requires_grad=True)
d = m.diagonal()
print(d, d.grad_fn)
print(torch.diagonal(m, 1), torch.diagonal(m, -1), m.diagonal(offset=5))
(d * torch.tensor([1., 2., 3.])).sum().backward()
print(m.grad)
b = torch.arange(24.).view(2, 3, 4)
print(torch.diagonal(b, 0, 1, 2), b.diagonal(dim1=-1, dim2=0))
v = torch.tensor([1., 2., 3.], requires_grad=True)
e = torch.diag(v)
print(e, e.grad_fn)
print(torch.diag(v, 1), torch.diag(v, -2))
e.sum().backward()
print(v.grad)
print(torch.diag(torch.arange(9).view(3, 3)), torch.diag(torch.arange(9).view(3, 3), 1))
print(torch.diag_embed(torch.arange(6.).view(2, 3)))
tr = torch.trace(m)
print(tr, tr.grad_fn)
m.grad = None
tr.backward()
print(m.grad)
print(torch.arange(9).view(3, 3).trace(), torch.arange(9.).view(3, 3).trace())
z = torch.zeros(3, 3)
z.diagonal().fill_(7)
print(z)
for f in [lambda: m.diagonal(0, 1, 1), lambda: torch.trace(v), lambda: torch.diag(torch.zeros(2, 2, 2))]:
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
