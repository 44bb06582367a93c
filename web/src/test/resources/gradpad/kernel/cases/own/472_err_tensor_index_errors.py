import torch
x = torch.arange(6).reshape(2, 3)
for thunk in [lambda: x[2], lambda: x[0, 5], lambda: x[0, 0, 0], lambda: x.sum(2), lambda: x.transpose(0, 3)]:
    try:
        thunk()
    except IndexError as e:
        print("IndexError:", e)
x.unsqueeze(5)
