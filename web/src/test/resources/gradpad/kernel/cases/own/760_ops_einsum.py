import torch
torch.manual_seed(0)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
for eq, ops in [('ij,jk->ik', (a, b)), ('ij->ji', (a,)), ('ij,jk', (a, b)), ('ij->', (a,)), ('ij->j', (a,)),
                ('i,j->ij', (a[0], b[0])), ('ij,ij->ij', (a, a)), ('ij', (a,)), ('...ij->...ji', (a,)),
                ('i,i->', (a[0], b[:, 0]))]:
    r = torch.einsum(eq, *ops)
    print(eq, r.shape, r.grad_fn, r)
m = torch.randn(3, 3, requires_grad=True)
r = torch.einsum('ii->i', m)
print(r, r.grad_fn)
print(torch.einsum('ii', m))
x = torch.randn(2, 2, 3, requires_grad=True)
y = torch.randn(2, 3, 4, requires_grad=True)
r = torch.einsum('bij,bjk->bik', x, y)
print(r)
r.sum().backward()
print(x.grad, y.grad)
q = torch.randn(1, 2, 3, 4, requires_grad=True)
k = torch.randn(1, 2, 5, 4, requires_grad=True)
s = torch.einsum('bhqd,bhkd->bhqk', q, k)
print(s.shape, s.grad_fn)
s.pow(2).sum().backward()
print(q.grad.sum(), k.grad.sum())
print(torch.einsum('ij,jk,kl->il', a, b, torch.ones(4, 2)))
print(torch.einsum('i,j', [a[0], b[0]]).shape)
for eq, ops in [('ij,jk->ik', (torch.zeros(2, 3), torch.zeros(4, 5))), ('ij,jk', (torch.zeros(2, 3),)),
                ('ijk', (torch.zeros(2, 3),)), ('ij->k', (torch.zeros(2, 3),)), ('i1', (torch.zeros(2, 3),)),
                ('ii->i', (torch.zeros(2, 3),)), ('ij->ii', (torch.zeros(2, 3),))]:
    try:
        torch.einsum(eq, *ops)
    except RuntimeError as e:
        print('RuntimeError:', e)
