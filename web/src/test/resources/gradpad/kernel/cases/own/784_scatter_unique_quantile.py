# scatter/scatter_add/index_add/index_fill (ScatterBackward0/1, ScatterAddBackward0, IndexAddBackward0, IndexFillBackward0),
# in place too; unique, bincount, histc, mode, cummax/cummin, quantile/nanquantile, bernoulli(p), normal(mean, std).
# 2.11: SqueezeBackward3 => SqueezeBackward4
import torch
torch.manual_seed(0)
x = torch.arange(12.).view(3, 4).requires_grad_()
idx = torch.tensor([[0, 1, 2, 0], [2, 0, 0, 1]])
src = torch.arange(8.).view(2, 4).requires_grad_()
print(torch.scatter(x, 0, idx, src), x.scatter(1, idx[:, :2], 7.5), torch.scatter_add(x, 0, idx, src))
print(torch.index_add(x, 0, torch.tensor([0, 2, 0]), torch.ones(3, 4, requires_grad=True), alpha=2), torch.index_fill(x, 1, torch.tensor([1, 3]), -1.))
y = torch.zeros(3, 4)
print(y.scatter_(0, idx, 1.0), y.scatter_add_(1, idx, torch.ones(2, 4)), y.index_add_(1, torch.tensor([0]), torch.ones(3, 1)), y.index_fill_(0, torch.tensor([1]), 9))
print(torch.unique(torch.tensor([3, 1, 2, 3, 1])), torch.unique(torch.tensor([3., 1., 2., 3.]), return_inverse=True), torch.unique(torch.tensor([[2, 1], [1, 5]]), return_counts=True), torch.tensor([2, 2, 0]).unique(return_inverse=True, return_counts=True))
print(torch.bincount(torch.tensor([0, 1, 1, 3])), torch.bincount(torch.tensor([0, 1, 1, 3]), minlength=6), torch.bincount(torch.tensor([0, 1, 1]), weights=torch.tensor([0.5, 1., 2.])), torch.bincount(torch.tensor([0, 1]), weights=torch.tensor([0.5, 1.], dtype=torch.float64)))
print(torch.histc(torch.tensor([1., 2, 1, 4, 2.5]), bins=4), torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3), torch.histc(torch.tensor([2., 2.]), bins=3))
m = torch.mode(torch.tensor([[1., 2, 2, 3], [4, 4, 1, 1]], requires_grad=True))
print(m, torch.tensor([3, 1, 3, 1, 2]).mode(), torch.mode(torch.tensor([[1., 2], [1, 3]]), 0, keepdim=True))
print(torch.cummax(torch.tensor([1., 3, 2, 3, 5]), 0), torch.cummin(torch.tensor([[4., 2, 2], [1, 5, 0]]), 1))
c = torch.cummax(x, 1); print(c.values.grad_fn, torch.cummin(x, 0).values.grad_fn, m.values.grad_fn)
q = torch.tensor([[1., 7, 3, 4], [2, 2, 9, 0]], requires_grad=True)
print(torch.quantile(q, 0.5), torch.quantile(q, 0.4, dim=1), torch.quantile(q, torch.tensor([0.25, 0.75]), dim=1, keepdim=True), q.quantile(0.3, dim=0))
print(torch.nanquantile(torch.tensor([1., float('nan'), 3.]), 0.5), torch.quantile(torch.tensor([1., float('nan'), 3.]), 0.5))
print(torch.quantile(q, 0.5).grad_fn, torch.quantile(q, 0.4, dim=1).grad_fn)
(torch.scatter(x, 0, idx, src).sum() * 2 + torch.scatter_add(x, 0, idx, src).pow(2).sum() + x.scatter(1, idx[:, :2], 7.5).sum() + torch.index_fill(x, 1, torch.tensor([1, 3]), -1.).sum() + c.values.sum() + torch.quantile(q, 0.4, dim=1).sum()).backward()
print(x.grad, src.grad, q.grad)
print(torch.scatter(x, 0, idx, src).grad_fn, x.scatter(1, idx[:, :2], 7.5).grad_fn, torch.scatter_add(x, 0, idx, src).grad_fn, torch.index_add(x, 0, torch.tensor([0]), torch.ones(1, 4)).grad_fn, torch.index_fill(x, 1, torch.tensor([1]), 0.).grad_fn)
torch.manual_seed(0)
p = torch.tensor([0.1, 0.5, 0.9, 0.3]).repeat(5)
print(torch.bernoulli(p), torch.bernoulli(p.double()), torch.bernoulli(p.view(4, 5)))
torch.manual_seed(1)
print(torch.normal(torch.zeros(3), torch.ones(3)), torch.normal(torch.arange(20.), 0.5), torch.normal(2., torch.ones(2, 2)), torch.normal(torch.zeros(20), torch.arange(1., 21.)))
mu = torch.zeros(3, requires_grad=True); sd = torch.ones(3, requires_grad=True)
print(torch.normal(mu, sd).grad_fn, torch.normal(mu, 1.).grad_fn, torch.bernoulli(torch.full((2,), 0.5, requires_grad=True)).grad_fn)
for f in [lambda: torch.scatter(x, 0, idx.float(), src), lambda: torch.scatter(x, 0, idx, src.double()), lambda: torch.index_add(x, 0, torch.tensor([5]), torch.ones(1, 4)),
          lambda: torch.histc(torch.tensor([1, 2])), lambda: torch.histc(torch.tensor([1., 2]), min=3, max=1), lambda: torch.bincount(torch.tensor([-1, 2])), lambda: torch.bincount(torch.tensor([[1]])),
          lambda: torch.quantile(q, 1.5), lambda: torch.quantile(q.long(), 0.5), lambda: torch.normal(torch.zeros(2), -torch.ones(2)), lambda: torch.bernoulli(torch.tensor([1.5])),
          lambda: torch.index_fill(x, 0, torch.tensor([0.]), 1.)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
