import torch
torch.manual_seed(0)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
t = torch.tensordot(a, b, dims=1)
print(t, t.grad_fn)
t.sum().backward()
print(a.grad, b.grad)
x = torch.arange(60.).reshape(3, 4, 5)
y = torch.arange(24.).reshape(4, 3, 2)
print(torch.tensordot(x, y, dims=([1, 0], [0, 1])))
print(torch.tensordot(x, x, dims=3), torch.tensordot(torch.arange(3.), torch.arange(4.), dims=0).shape)
print(torch.tensordot(x, y.permute(1, 0, 2), dims=[[0, 1], [0, 1]]).shape)
i = torch.inner(a, a)
print(i, i.grad_fn, torch.inner(torch.arange(3.), torch.arange(3.)), torch.inner(a, torch.tensor(2.)).grad_fn)
v = torch.tensor([1., 2., 3.], requires_grad=True)
d = torch.vdot(v, torch.tensor([4., 5., 6.]))
print(d, d.grad_fn)
d.backward()
print(v.grad)
k = torch.kron(torch.eye(2), torch.tensor([[1., 2.], [3., 4.]]))
print(k)
p = torch.tensor([[1., 2.]], requires_grad=True)
kr = torch.kron(p, torch.ones(2, 2))
print(kr, kr.grad_fn)
kr.sum().backward()
print(p.grad, torch.kron(torch.arange(3), torch.arange(2)), torch.kron(torch.ones(2, 2), torch.arange(3.)).shape)
for f in [lambda: torch.tensordot(torch.zeros(2, 3), torch.zeros(4, 5), dims=1),
          lambda: torch.tensordot(a, b, dims=-1),
          lambda: torch.inner(torch.zeros(2, 3), torch.zeros(4, 5)),
          lambda: torch.vdot(torch.zeros(2, 3), torch.zeros(4, 5))]:
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
