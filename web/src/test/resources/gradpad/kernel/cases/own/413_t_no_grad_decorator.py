import torch
@torch.no_grad()
def evaluate(w, x):
    y = w * x
    print("inside:", y.requires_grad, torch.is_grad_enabled())
    return y
w = torch.tensor([2.0], requires_grad=True)
out = evaluate(w, torch.tensor([3.0]))
print(out, out.requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    with torch.enable_grad():
        print(torch.is_grad_enabled(), (w * 2).requires_grad)
    print(torch.is_grad_enabled())
