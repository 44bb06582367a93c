import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * 2 + 1).exp().mean()
fn = y.grad_fn
names = []
while fn is not None:
    names.append(fn.name())
    fn = fn.next_functions[0][0] if fn.next_functions else None
print(names)
z = x.sum() * x.mean()
print(z.grad_fn.name(), [f[0].name() if f[0] is not None else None for f in z.grad_fn.next_functions])
print(type(z.grad_fn).__name__, z.grad_fn.next_functions[0][1])
