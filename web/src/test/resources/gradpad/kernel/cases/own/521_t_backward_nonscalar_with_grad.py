import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
y.backward(torch.ones(3))
print(x.grad)
x.grad = None
y = x ** 3
y.backward(torch.tensor([0.1, 1.0, 0.0001]))
print(x.grad)
print(x.grad.dtype, x.grad.shape, x.grad.requires_grad)
