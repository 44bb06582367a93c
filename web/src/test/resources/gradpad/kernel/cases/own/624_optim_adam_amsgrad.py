# Adam with amsgrad=True: the running maximum of exp_avg_sq decides the step
import torch
# (4 decimals: PyTorch 1.13 updates exp_avg with mul_/add_, 2.x with lerp_, which rounds differently)
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.1, amsgrad=True)
x = torch.randn(16, 3)
y = x.sum(1, keepdim=True) ** 2
for step in range(40):
    opt.zero_grad()
    loss = nn.MSELoss()(model(x), y)
    loss.backward()
    opt.step()
    if step % 4 == 3:
        print(step, f"{loss.item():.4f}")
print(model[2].weight.data, model[2].bias.data)
