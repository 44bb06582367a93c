# tensor.register_hook: see and replace gradients, on computed tensors and leaves; handle.remove()
# 2.11 (PyTorch 2.0 reordered hooks, pytorch#85849): retain_grad runs after tensor hooks, and a hook on an input of autograd.grad changes what it returns
# 2.11: tensor([6., 6.]) tensor([36., 36.]) => tensor([12., 12.]) tensor([36., 36.])
# 2.11: (tensor([ 2., -2.]),) => (tensor([2., 0.]),)
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 2
z = y * y
seen = []
h1 = y.register_hook(lambda g: seen.append(g.clone()))
h2 = y.register_hook(lambda g: g * 10)
z.sum().backward()
print(seen, x.grad)
h2.remove()
x.grad = None
y = x * 2
z = y * y
h3 = x.register_hook(lambda g: print("leaf grad", g) or g + 1)
z.sum().backward(retain_graph=True)
print(x.grad)
h3.remove()
z.sum().backward()
print(x.grad)
a = torch.ones(2, requires_grad=True)
b = a * 3
b.retain_grad()
b.register_hook(lambda g: g * 2)
(b * b).sum().backward()
print(b.grad, a.grad)
w = torch.tensor([1., -1.], requires_grad=True)
w.register_hook(lambda g: g.clamp(min=0))
print(torch.autograd.grad((w * w).sum(), w))
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
q = torch.ones(2, requires_grad=True)
q.register_hook(lambda g: 5)
(q * 2).sum().backward()
