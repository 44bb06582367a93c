import torch
x = torch.ones(3, requires_grad=True)
y = (x * 2).sum()
y.backward()
print(x.grad)
z = x * 2
try:
    z.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
x.grad.zero_()
x.add_(1)
