# amax/amin: any dims, keepdim, AmaxBackward0 sharing the gradient among ties, the first zero's sign.
import torch
x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.5]], requires_grad=True)
a = x.amax(1); print(a)
a.sum().backward(); print(x.grad)
x.grad = None
b = x.amin(0); print(b); b.sum().backward(); print(x.grad)
x.grad = None
c = x.amax(); print(c); c.backward(); print(x.grad)
x.grad = None
d = torch.amax(x, dim=(0, 1), keepdim=True); print(d); d.sum().backward(); print(x.grad)
y = torch.arange(24.).reshape(2, 3, 4)
print(y.amax(dim=(0, 2)), y.amin((1, 2), keepdim=True).shape, torch.amin(y, -1), y.amax((-1, 0)))
print(torch.tensor([-0.0, 0.0]).amax(), torch.tensor([0.0, -0.0]).amin(), torch.tensor([-0.0, 0.0] * 8).amax())
i = torch.tensor([[1, 5], [7, 2]])
print(i.amax(0), i.amin(), torch.tensor([float("nan"), 1.0]).amax(), torch.tensor([True, False]).amax(), torch.empty(2, 0).amax(0))
for call in (lambda: torch.empty(0).amax(), lambda: torch.empty(2, 0).amax(1), lambda: y.amax((0, 0))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
