import torch
x = torch.tensor([2.0, 3.0], requires_grad=True)
h = x * x
h.retain_grad()
out = h.sum() * 2
out.backward()
print(h.grad, x.grad, h.retains_grad, x.retains_grad)
