import torch
import math
torch.manual_seed(3)
x = torch.randn(8, 2)
y = (x[:, 0] + x[:, 1] > 0).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for it in range(30):
    p = torch.sigmoid(x @ w + b)
    loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(f"{loss.item():.4f}")
acc = ((p > 0.5).float() == y).float().mean()
print(acc, 1 / (1 + math.exp(-0.5)))
