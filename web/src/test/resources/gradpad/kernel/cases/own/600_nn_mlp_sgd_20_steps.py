import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
X = torch.randn(32, 3)
y = X[:, :1] * 2 - X[:, 1:2] + 0.5
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for step in range(20):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    print(f"step {step:2d} loss {loss.item():.4f}")
print(model)
