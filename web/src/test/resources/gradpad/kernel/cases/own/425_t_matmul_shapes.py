import torch
torch.manual_seed(0)
W = torch.randn(3, 2, requires_grad=True)
x = torch.randn(4, 3)
h = x @ W
print(h.shape, h.grad_fn.name())
loss = h.pow(2).mean()
loss.backward()
print(W.grad.shape)
print(torch.matmul(torch.ones(2, 3), torch.ones(3)).shape, torch.mm(torch.ones(1, 2), torch.ones(2, 1)))
print(torch.ones(2, 3) @ torch.ones(4, 2))
