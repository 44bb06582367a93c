# nn.Embedding / F.embedding / Embedding.from_pretrained: seeded normal_ weights, padding_idx
# (zero row, no gradient), EmbeddingBackward0 and its double backward, freed-graph error, errors.
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
e = nn.Embedding(5, 3, padding_idx=1)
print(e, e.weight)
idx = torch.tensor([[0, 1, 4], [4, 4, 2]])
out = e(idx); print(out)
g, = torch.autograd.grad(out.pow(2).sum(), e.weight, create_graph=True); print(g)
print(g.grad_fn.name())
gg, = torch.autograd.grad(g.sum(), e.weight); print(gg)
try:
    out.sum().backward()
except RuntimeError as ex:
    print(str(ex)[:60])
out = e(idx)
out.sum().backward(); print(e.weight.grad)
for bad in [lambda: e(torch.tensor([5])), lambda: e(torch.tensor([1.0])), lambda: nn.Embedding(3, 2, padding_idx=3),
            lambda: nn.Embedding.from_pretrained(torch.ones(3)), lambda: e(torch.tensor([-1]))]:
    try: bad()
    except Exception as ex: print(type(ex).__name__, ex)
print(nn.Embedding(10, 4), nn.Embedding(4, 2, padding_idx=-1), nn.Embedding(4, 2, padding_idx=-1).padding_idx)
print(F.embedding(torch.tensor([2, 0]), torch.eye(3, requires_grad=True)))
print(e(torch.tensor(3)))
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(pre, pre.weight.requires_grad, pre(torch.tensor([1, 1, 0])))
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), freeze=False)
print(pre.weight)
torch.manual_seed(2)
big = nn.Embedding(20, 4)
print(big.weight[:3], torch.randn(2))
x = torch.tensor([[1, 2], [3, 1]], dtype=torch.int32)
print(big(x).shape, big(x).sum())
