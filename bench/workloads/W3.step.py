h = torch.tanh(X @ W1 + b1)
out = h @ W2 + b2
loss = ((out - Y) ** 2).mean()
loss.backward()
with torch.no_grad():
    for p in (W1, b1, W2, b2):
        p -= lr * p.grad
        p.grad.zero_()
