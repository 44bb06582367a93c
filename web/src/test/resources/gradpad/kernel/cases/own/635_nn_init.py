# torch.nn.init: seeded initialisations match PyTorch's draws; calculate_gain; fan errors
import torch
import torch.nn as nn
from torch.nn import init
torch.manual_seed(0)
lin = nn.Linear(4, 3)
print(nn.init.xavier_uniform_(lin.weight))
nn.init.zeros_(lin.bias)
print(lin.bias, lin.weight.requires_grad, lin.weight.grad_fn)
w = torch.empty(3, 5)
print(init.xavier_normal_(w, gain=init.calculate_gain("tanh")))
print(init.kaiming_uniform_(torch.empty(2, 3), nonlinearity="relu"))
print(init.kaiming_normal_(torch.empty(2, 3), mode="fan_out"))
print(init.uniform_(torch.empty(4), -1, 1), init.normal_(torch.empty(4), 2.0, 0.5))
print(init.constant_(torch.empty(2, 2), 0.3), init.ones_(torch.empty(3)))
print(init.calculate_gain("leaky_relu", 0.2), init.calculate_gain("relu"), init.calculate_gain("sigmoid"), init.calculate_gain("selu"))
print(init.kaiming_uniform_(torch.empty(2, 3, 4), a=5 ** 0.5))
for bad in [lambda: init.xavier_uniform_(torch.empty(3)), lambda: init.calculate_gain("gelu"),
            lambda: init.kaiming_uniform_(torch.empty(2, 2), mode="fan")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
x = torch.randn(5, 4)
print(lin(x).sum())
