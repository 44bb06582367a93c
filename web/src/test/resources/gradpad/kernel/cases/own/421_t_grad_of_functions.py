import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
fns = {
    "exp": lambda t: t.exp(),
    "log": lambda t: t.log(),
    "sqrt": lambda t: t.sqrt(),
    "sigmoid": lambda t: t.sigmoid(),
    "tanh": lambda t: t.tanh(),
    "pow3": lambda t: t ** 3,
    "div": lambda t: 1 / t,
    "relu": lambda t: (t - 1).relu(),
}
for name, f in fns.items():
    if x.grad is not None:
        x.grad.zero_()
    f(x).sum().backward()
    print(name, x.grad)
