# torch.nn.utils.clip_grad_norm_ / clip_grad_value_ in a training step
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(16, 4)
y = x.sum(1, keepdim=True) * 10
loss = ((model(x) - y) ** 2).mean()
loss.backward()
before = [p.grad.clone() for p in model.parameters()]
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total, total.requires_grad)
after = [p.grad for p in model.parameters()]
print([round((a / b)[0].flatten()[0].item(), 6) for a, b in zip(after, before)])
# norms rounded: gradpad's float32 norm differs from PyTorch's vectorised loop in the last bit (near 1.0 that shows)
print(round(torch.stack([g.norm() for g in after]).norm().item(), 4))
print(round(nn.utils.clip_grad_norm_(model.parameters(), 100.0).item(), 4), nn.utils.clip_grad_norm_([], 1.0))
w = torch.tensor([1.0, -2.0], requires_grad=True)
(w * torch.tensor([3.0, -4.0])).sum().backward()
print(nn.utils.clip_grad_value_([w], 2.5), w.grad)
print(nn.utils.clip_grad_norm_(w, 1.0, norm_type=1), w.grad)
