import torch
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
idx = torch.tensor([2, 0, 2])
r = torch.index_select(x, 0, idx)
print(r, r.grad_fn)
r.sum().backward()
print(x.grad)
x.grad = None
c = x.index_select(1, torch.tensor([3, 1]))
(c * torch.arange(6.).view(3, 2)).sum().backward()
print(c, x.grad)
x.grad = None
t = torch.take(x, torch.tensor([[0, 11], [5, -1]]))
print(t, t.grad_fn)
t.sum().backward()
print(x.grad)
x.grad = None
ms = torch.masked_select(x, x > 0)
print(ms, ms.grad_fn)
ms.sum().backward()
print(x.grad)
y = torch.arange(10.)
print(torch.roll(y, 2), y.roll(-3), torch.roll(y.view(2, 5), 1), torch.roll(y.view(2, 5), (1, 2), (0, 1)))
print(torch.roll(y.view(2, 5), shifts=1, dims=1))
w = torch.randn(2, 3, requires_grad=True)
r = w.roll(1, 1)
print(r.grad_fn)
(r * torch.arange(6.).view(2, 3)).sum().backward()
print(w.grad)
print(torch.argwhere(torch.tensor([[1, 0, 2], [0, 0, 3]])), torch.argwhere(torch.tensor(5)))
for f in [lambda: y.index_select(0, torch.tensor([10])), lambda: y.index_select(0, torch.tensor([[1]])),
          lambda: y.index_select(0, torch.tensor([1.])), lambda: y.take(torch.tensor([10])),
          lambda: torch.roll(y, [1, 2], [0]), lambda: torch.roll(y, [])]:
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
