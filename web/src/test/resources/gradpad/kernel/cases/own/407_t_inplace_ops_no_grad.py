import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w ** 2).sum()
loss.backward()
lr = 0.1
with torch.no_grad():
    w -= lr * w.grad
print(w)
with torch.no_grad():
    w *= 2
    w += 1
    w /= 2
print(w, w.is_leaf, w.requires_grad, w.grad_fn)
w.grad.zero_()
print(w.grad)
x = torch.zeros(3)
x += 1
x.add_(2)
x.mul_(3)
x.sub_(torch.ones(3))
x.div_(2)
print(x)
