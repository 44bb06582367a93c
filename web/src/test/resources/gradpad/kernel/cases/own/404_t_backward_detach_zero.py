import torch
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
loss = (w * w).sum()
loss.backward()
print(w.grad)
w.grad.zero_()
print(w.grad)
loss2 = (3 * w).sum()
loss2.backward()
print(w.grad)
d = w.detach()
print(d, d.requires_grad, d.is_leaf)
d[0] = 100.0
print(w)
