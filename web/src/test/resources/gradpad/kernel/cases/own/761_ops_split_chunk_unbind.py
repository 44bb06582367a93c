import torch
torch.manual_seed(0)
x = torch.randn(10, requires_grad=True)
parts = x.chunk(3)
print([p.shape for p in parts], parts[0].grad_fn)
parts = torch.split(x, 3)
print([p.tolist() for p in parts])
print(parts[-1])
s = x.split([3, 7])
print(s[0].grad_fn, s[1].shape)
(s[0].sum() * 2).backward()
print(x.grad)
m = torch.arange(12.).view(3, 4).requires_grad_()
rows = m.unbind()
print(rows)
cols = torch.unbind(m, dim=1)
(cols[0] * 3 + cols[2]).sum().backward()
print(m.grad)
print(torch.arange(7).chunk(3), torch.arange(6).chunk(4))
print(torch.arange(12).view(3, 4).split(3, dim=1))
print(torch.ones(0).chunk(2))
v = torch.zeros(6)
a, b = v.split(3)
a.fill_(1)
print(v, v._version)
for f in [lambda: x.split(-1), lambda: x.split(0), lambda: x.split([3, 4]), lambda: x.chunk(0),
          lambda: torch.tensor(1.).chunk(2), lambda: torch.tensor(1.).unbind(), lambda: x.unbind(1)]:
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
h = torch.randn(4, requires_grad=True).clone()
for f in [lambda: h.split(2)[0].mul_(2), lambda: h.unbind()[1].add_(1), lambda: h.chunk(2)[1].zero_()]:
    try:
        f()
    except RuntimeError as e:
        print(e)
