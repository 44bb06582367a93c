# Optimizer updates to the last bit on elementwise losses (exact gradients): RMSprop's
# addcmul_/addcdiv_ and SGD's fused adds, over 40 elements (PyTorch's vector and scalar loops).
import torch

torch.manual_seed(3)
start = torch.randn(40)
target = torch.randn(40)

def run(make, steps=6):
    p = start.clone().requires_grad_(True)
    opt = make([p])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((p - target) ** 2).sum() + (p * p * p).sum() * 0.1
        loss.backward()
        opt.step()
    return p.detach()

for name, make in [
    ("RMSprop", lambda ps: torch.optim.RMSprop(ps, lr=0.01)),
    ("RMSprop momentum wd", lambda ps: torch.optim.RMSprop(ps, lr=0.02, alpha=0.9, momentum=0.8, weight_decay=0.1)),
    ("RMSprop maximize", lambda ps: torch.optim.RMSprop(ps, lr=0.001, maximize=True)),
    ("SGD nesterov", lambda ps: torch.optim.SGD(ps, lr=0.01, momentum=0.9, nesterov=True, weight_decay=0.01)),
    ("SGD dampening maximize", lambda ps: torch.optim.SGD(ps, lr=0.01, momentum=0.5, dampening=0.3, maximize=True)),
]:
    r = run(make)
    print(name, r[:3].tolist(), r[-3:].tolist(), r.sum().item())
