import torch
w = torch.ones(2, requires_grad=True)
for thunk in [lambda: w.grad * 2, lambda: w.grad.data, lambda: -w.grad]:
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
(w * 2).sum().backward()
print(w.grad)
print(w.grad.grad)
