import torch
x = torch.ones(2, 2)
for thunk in [lambda: x.view(), lambda: x.reshape(), lambda: torch.tensor(), lambda: torch.zeros(2).permute(),
              lambda: torch.manual_seed(), lambda: x.unsqueeze()]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", str(e).splitlines()[0])
