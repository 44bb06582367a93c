# 2.11: IndexSelectBackward0 => ViewBackward0
# 2.11: repeats must have the same size as input along dim => repeats must have the same size as input along dim, but got repeats.size(0) = 2 and input.size(0) = 10
# 2.11: Padding length too large => Padding length should be less than or equal to two times the input dimension but got padding length 4 and input of dimension 1
import torch
import torch.nn.functional as F
x = torch.tensor([1., 4., 9., 16., 25.], requires_grad=True)
d = torch.diff(x)
print(d, d.grad_fn, torch.diff(x, n=2), x.diff(n=0), torch.diff(x, n=7))
d.pow(2).sum().backward()
print(x.grad)
m = torch.arange(12.).view(3, 4)
print(torch.diff(m, dim=0), torch.diff(m, prepend=torch.zeros(3, 1), append=torch.ones(3, 2)))
print(torch.diff(torch.tensor([True, False, False, True])), torch.diff(torch.tensor([1, 5, 2])))
y = torch.tensor([1., 2.], requires_grad=True)
r = torch.repeat_interleave(y, 3)
print(r, r.grad_fn)
r.sum().backward()
print(y.grad)
print(m.repeat_interleave(2, dim=0), torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2))
print(torch.repeat_interleave(m, torch.tensor([1, 0, 2]), dim=0), torch.repeat_interleave(torch.tensor([2, 0, 1])))
p = torch.arange(6.).view(2, 3).requires_grad_()
q = F.pad(p, (1, 2))
print(q, q.grad_fn)
(q * torch.arange(12.).view(2, 6)).sum().backward()
print(p.grad)
print(F.pad(p, (1, 1, 2, 0), value=-1.), F.pad(p, (-1, 1)), F.pad(torch.ones(1, 1, 2, 2), (1, 1, 1, 1)).shape)
print(F.pad(torch.arange(4), (2, 0), 'constant', 7))
n = torch.arange(10.).requires_grad_()
na = torch.narrow(n, 0, 2, 3)
print(na, na.grad_fn, n.narrow(0, -3, 2), m.narrow(1, 1, 2))
for f in [lambda: torch.diff(torch.tensor(1.)), lambda: torch.repeat_interleave(n, torch.tensor([1, 2])),
          lambda: F.pad(n, (1, 2, 3)), lambda: F.pad(n, (1, 2, 3, 4)), lambda: torch.narrow(n, 0, 8, 5)]:
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
