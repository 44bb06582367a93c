import torch
torch.manual_seed(0)
X = torch.randn(16, 3)
Y = (X.sum(1, keepdim=True) > 0).float()
W1 = (torch.randn(3, 4) * 0.5).requires_grad_()
b1 = torch.zeros(4, requires_grad=True)
W2 = (torch.randn(4, 1) * 0.5).requires_grad_()
b2 = torch.zeros(1, requires_grad=True)
params = [W1, b1, W2, b2]
for epoch in range(40):
    h = (X @ W1 + b1).relu()
    out = (h @ W2 + b2).sigmoid()
    loss = ((out - Y) ** 2).mean()
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.5 * p.grad
    if epoch % 10 == 0:
        print(epoch, round(loss.item(), 4))
print([tuple(p.shape) for p in params], all(p.is_leaf for p in params))
print(((out > 0.5).float() == Y).float().mean())
