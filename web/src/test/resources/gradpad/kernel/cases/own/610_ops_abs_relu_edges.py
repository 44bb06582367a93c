# abs and relu on signed zeros, NaN and infinities (float32 takes bit-mask loops).
import torch
v = [-0.0, 0.0, float("nan"), -float("nan"), -1.5, 2.5, float("inf"), -float("inf"), -1e-45, 3e-39]
for dt in (torch.float32, torch.float64):
    t = torch.tensor(v, dtype=dt)
    print(t.abs().tolist(), t.relu().tolist())
    print(torch.nn.functional.relu(t), t.abs().neg().abs())
print(torch.tensor([-2.0, 0.5, -0.0]).exp().log().tolist(), torch.tensor([1e-3, 0.5, 3.0]).sin().cos().tolist())
