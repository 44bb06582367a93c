import torch
x = torch.zeros(3)
x[0] += 1
x[1:] += torch.tensor([2.0, 3.0])
x[-1] *= 10
print(x)
y = torch.arange(6.0).reshape(2, 3)
y[:, 0] = -1
y[1] -= 1
print(y)
y[y > 2] = 0
print(y)
