import torch
torch.manual_seed(42)
X = torch.randn(20, 1)
true_w, true_b = 2.0, -1.0
Y = true_w * X + true_b + 0.01 * torch.randn(20, 1)
W = torch.zeros(1, 1, requires_grad=True)
B = torch.zeros(1, requires_grad=True)
lr = 0.1
for epoch in range(50):
    pred = X @ W + B
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        W -= lr * W.grad
        B -= lr * B.grad
        W.grad.zero_()
        B.grad.zero_()
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1}: loss={loss.item():.5f}")
print(W, B)
print(round(W.item(), 2), round(B.item(), 2))
