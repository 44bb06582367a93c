import torch
torch.manual_seed(0)
X = torch.linspace(-1, 1, 10)
Y = 3 * X + 0.5
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.5
for epoch in range(20):
    pred = w * X + b
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 5 == 0:
        print(f"epoch {epoch:2d} loss {loss.item():.6f} w {w.item():.4f} b {b.item():.4f}")
print(w, b)
