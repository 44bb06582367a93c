# state_dict() is an OrderedDict, load_state_dict copies weights, param_groups schedule the lr;
# isnan/isinf/isfinite and torch.pi/inf/nan
import torch
import torch.nn as nn
torch.manual_seed(0)
a = nn.Linear(2, 1)
b = nn.Linear(2, 1)
sd = a.state_dict()
print(sd)
print(type(sd).__name__, list(sd.keys()), sd.keys(), isinstance(sd, dict))
print(b.load_state_dict(sd))
print(b.weight, torch.equal(a.weight, b.weight), b.weight.requires_grad, b.weight.grad_fn)
for bad in [{"weight": torch.zeros(1, 2)}, {"weight": torch.zeros(1, 2), "bias": torch.zeros(1), "extra": torch.ones(1)},
            {"weight": torch.zeros(3, 2), "bias": torch.zeros(1)}]:
    try:
        b.load_state_dict(bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(b.load_state_dict({"weight": torch.ones(1, 2)}, strict=False), b.weight)
x = torch.randn(8, 2)
y = x.sum(1, keepdim=True)
opt = torch.optim.SGD(a.parameters(), lr=0.5)
print(len(opt.param_groups), opt.param_groups[0]["lr"], len(opt.param_groups[0]["params"]))
for epoch in range(6):
    opt.zero_grad()
    loss = ((a(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    for g in opt.param_groups:
        g["lr"] *= 0.5
    print(epoch, f"{loss.item():.6f}", opt.param_groups[0]["lr"])
t = torch.tensor([1.0, float("nan"), float("inf"), -float("inf"), 0.0])
print(torch.isnan(t), t.isinf(), torch.isfinite(t), torch.isnan(torch.tensor([1, 2])), torch.isfinite(torch.tensor([1, 2])))
print(torch.pi, torch.e, torch.inf, torch.nan, torch.tensor([torch.pi]))
