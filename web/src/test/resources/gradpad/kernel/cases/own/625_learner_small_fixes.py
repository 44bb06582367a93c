# round() of a tensor, nn.Linear with a negative size, ReLU(inplace=True) and Identity's repr,
# float16/int8 tensors with 0-d tensors of a wider type
import torch
import torch.nn as nn
for f in [lambda: round(torch.tensor(2.5)), lambda: round(torch.tensor(2.567), 2), lambda: nn.Linear(-1, 3),
          lambda: nn.Linear(2, -4)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(torch.round(torch.tensor([2.5, 3.5, -0.5])))
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(inplace=True), nn.Identity(3, a=1), nn.Tanh())
print(model)
print(model[1].inplace, nn.ReLU().inplace)
print(model(torch.ones(1, 2)))
h = torch.tensor([1.5, 2.25], dtype=torch.float16)
d = torch.tensor(2., dtype=torch.float64)
i8 = torch.tensor([1, 2], dtype=torch.int8)
print(h + d, d + h, h * torch.tensor(3), i8 + torch.tensor(2.5, dtype=torch.float64), i8 + torch.tensor(300))
print((torch.tensor(1.5, dtype=torch.float16) + torch.tensor([1., 2.])).dtype, (h + torch.tensor([1., 2.])).dtype)
