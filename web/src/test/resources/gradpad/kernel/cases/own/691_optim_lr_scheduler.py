# torch.optim.lr_scheduler: the chainable schedules' exact learning rates, base_lrs and
# initial_lr, the warnings for a scheduler stepped first and for get_lr() called from a cell.
import torch
from torch.optim import lr_scheduler

w = torch.zeros(3, requires_grad=True)

def run(make_sched, steps, lr=0.1):
    opt = torch.optim.SGD([w], lr=lr)
    sched = make_sched(opt)
    lrs = []
    for i in range(steps):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(type(sched).__name__, sched.last_epoch, lrs)
    return opt, sched

run(lambda o: lr_scheduler.StepLR(o, step_size=3, gamma=0.5), 10)
run(lambda o: lr_scheduler.StepLR(o, 2), 5, lr=1)
run(lambda o: lr_scheduler.MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1), 7)
run(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.9), 6, lr=0.05)
run(lambda o: lr_scheduler.LambdaLR(o, lr_lambda=lambda epoch: 1 / (epoch + 1)), 5)
run(lambda o: lr_scheduler.LambdaLR(o, [lambda e: 0.95 ** e]), 4)
run(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=5), 12)
opt, sched = run(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=3, eta_min=0.01), 8, lr=0.5)
print(sched.base_lrs, opt.param_groups[0]['initial_lr'], opt.param_groups[0]['lr'])

# A learner's loop: loss and learning rate per epoch.
torch.manual_seed(0)
x = torch.randn(8, 2)
y = x.sum(dim=1, keepdim=True)
lin = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
sched = lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(lin(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, round(loss.item(), 6), opt.param_groups[0]["lr"])

# Stepping the scheduler before the optimizer warns once; get_lr() outside step() warns.
opt = torch.optim.SGD([w], lr=0.1)
sched = lr_scheduler.ExponentialLR(opt, 0.5)
sched.step()
sched.step()
print(sched.get_last_lr())
print(sched.get_lr())
try:
    lr_scheduler.StepLR(w, 2)
except TypeError as e:
    print("TypeError:", e)
lr_scheduler.StepLR(torch.optim.SGD([w], lr=0.1), step_size=2, last_epoch=3)
