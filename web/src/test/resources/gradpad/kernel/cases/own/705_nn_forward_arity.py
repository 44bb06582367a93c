# Built-in layers called with no input or two inputs raise forward()'s TypeError, as Python binds it.
import torch
import torch.nn as nn
for m in [nn.ReLU(), nn.Linear(2, 2), nn.Dropout(), nn.Embedding(3, 2), nn.Tanh(), nn.Softmax(dim=0), nn.Flatten(),
          nn.LeakyReLU(), nn.GELU(), nn.BatchNorm1d(2), nn.LayerNorm(2), nn.Identity(), nn.ELU(), nn.SiLU(), nn.Softplus()]:
    for args in [(), (torch.ones(2, 2), torch.ones(2))]:
        try:
            m(*args)
            print(type(m).__name__, len(args), "ok")
        except Exception as e:
            print(type(m).__name__, type(e).__name__, e)
for m in [nn.Conv2d(1, 1, 1), nn.Conv1d(1, 1, 1), nn.MaxPool2d(2), nn.AvgPool2d(2)]:
    try:
        m()
    except TypeError as e:
        print(e)
