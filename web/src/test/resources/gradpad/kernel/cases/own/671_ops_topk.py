# topk: the k largest (or smallest) with indices; ties land where std::nth_element / partial_sort put them;
# NaN counts as the largest; TopkBackward0 scatters the gradient; k beyond the dim is an error
import torch
torch.manual_seed(0)
x = torch.randn(3, 6, requires_grad=True)
t = x.topk(2)
print(t)
print(torch.topk(x, 2, dim=0, largest=False))
print(t.values.grad_fn, t.indices.grad_fn)
(t.values * torch.tensor([1., 10.])).sum().backward()
print(x.grad)
vals, idx = x.detach().topk(4, sorted=False)
print(vals, idx)
y = torch.tensor([1., 3., 3., float('nan'), 0., 3., 1., 1.])
print(y.topk(3), y.topk(5, largest=False))
z = torch.randint(0, 3, (2, 80)).float()
print(z.topk(1).indices, z.topk(2, largest=False).indices)
w = torch.randint(0, 4, (20,))
print(w, w.topk(6))
print(x.topk(0), torch.tensor(7.).topk(1))
(g,) = torch.autograd.grad(x.topk(1, dim=0).values.pow(2).sum(), x, create_graph=True)
print(g)
try:
    torch.tensor([True, False]).topk(1)
except RuntimeError as e:
    print(e)
x.topk(7)
