import torch
torch.manual_seed(1)
w = torch.randn(3, requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
for step in range(3):
    y = (w * x).sum()
    y.backward()
    w.data -= 0.01 * w.grad.data
    print(step, w.data, w.grad.data)
    w.grad.data.zero_()
print(w)
print(w.data.requires_grad, w.grad.requires_grad)
