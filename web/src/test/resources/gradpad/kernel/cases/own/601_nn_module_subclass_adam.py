import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(1)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 16)
        self.fc2 = nn.Linear(16, 3)
    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
net = Net()
print(net)
print(sum(p.numel() for p in net.parameters()))
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
x = torch.randn(10, 4)
target = torch.tensor([0, 1, 2, 1, 0, 2, 2, 1, 0, 0])
opt = torch.optim.Adam(net.parameters(), lr=0.01)
for i in range(10):
    opt.zero_grad()
    loss = F.cross_entropy(net(x), target)
    loss.backward()
    opt.step()
    print(i, f"{loss.item():.4f}", loss.grad_fn.name())
print(net(x).argmax(dim=1))
