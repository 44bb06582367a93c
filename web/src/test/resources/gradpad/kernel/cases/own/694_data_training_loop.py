# A learner's loop: a seeded dataset split into train/test, shuffled mini-batches, Adam with
# a StepLR schedule, the mean train loss per epoch and the test loss under no_grad.
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(0)
X = torch.randn(64, 3)
y = (X @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.1 * torch.randn(64, 1))
train_ds, test_ds = random_split(TensorDataset(X, y), [0.75, 0.25])
train_loader = DataLoader(train_ds, batch_size=16, shuffle=True)
test_loader = DataLoader(test_ds, batch_size=16)

model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
loss_fn = nn.MSELoss()
for epoch in range(6):
    total = 0.0
    for xb, yb in train_loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    sched.step()
    with torch.no_grad():
        test = sum(loss_fn(model(xb), yb) * len(xb) for xb, yb in test_loader) / len(test_ds)
    print(epoch, round(total / len(train_ds), 3), test, sched.get_last_lr())
