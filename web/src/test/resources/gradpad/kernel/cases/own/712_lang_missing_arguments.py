# Missing-argument TypeErrors name every missing argument and the method, as CPython words them.
import torch, torch.nn as nn
for f in [lambda: nn.BatchNorm1d(), lambda: nn.LayerNorm(), lambda: nn.MaxPool2d(), lambda: nn.AvgPool2d(), lambda: nn.Unflatten(), lambda: nn.Embedding(), lambda: nn.MSELoss()(torch.ones(1)), lambda: nn.L1Loss()(torch.ones(1)), lambda: nn.CrossEntropyLoss()(torch.ones(1)), lambda: nn.Sequential().apply(), lambda: torch.optim.SGD(), lambda: nn.Linear(1,1).register_buffer('a'), lambda: nn.Linear(1,1).load_state_dict(), lambda: nn.LSTM(), lambda: nn.Linear(3), lambda: nn.Conv2d(1), lambda: torch.optim.Adam(), lambda: torch.optim.AdamW()]:
    try:
        f()
    except TypeError as e:
        print(e)
def f(a, b, *, c, d):
    pass
for g in [lambda: f(), lambda: f(1, 2), lambda: f(1, 2, c=3)]:
    try:
        g()
    except TypeError as e:
        print(e)
