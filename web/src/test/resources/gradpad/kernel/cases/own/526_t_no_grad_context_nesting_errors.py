import torch
w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    v = w * 2
try:
    v.backward(torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with torch.no_grad():
        raise ValueError("inside no_grad")
except ValueError as e:
    print(e, torch.is_grad_enabled())
print((w * 2).requires_grad)
