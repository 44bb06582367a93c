# torch.autograd.Function, as in "Learning PyTorch with Examples" (LegendrePolynomial3)
import math
import torch

class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)

dtype = torch.float
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 200, dtype=dtype)
y = torch.sin(x)
a = torch.full((), 0.0, dtype=dtype, requires_grad=True)
b = torch.full((), -1.0, dtype=dtype, requires_grad=True)
c = torch.full((), 0.0, dtype=dtype, requires_grad=True)
d = torch.full((), 0.3, dtype=dtype, requires_grad=True)
learning_rate = 5e-6
for t in range(300):
    P3 = LegendrePolynomial3.apply
    y_pred = a + b * P3(c + d * x)
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(t, f"{loss.item():.4f}")
    loss.backward()
    with torch.no_grad():
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
        c -= learning_rate * c.grad
        d -= learning_rate * d.grad
        a.grad = None
        b.grad = None
        c.grad = None
        d.grad = None
# 6 decimals: a and c end near 1e-9, where float32 sin's last bit (SLEEF) shows
print(f'Result: y = {a.item():.6f} + {b.item():.6f} * P3({c.item():.6f} + {d.item():.6f} x)')

class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w, k):
        ctx.k = k
        ctx.save_for_backward(x, w)
        return x * w + k, x - w

    @staticmethod
    def backward(ctx, g1, g2):
        x, w = ctx.saved_tensors
        print("needs", ctx.needs_input_grad, ctx.k)
        return g1 * w + g2, g1 * x - g2, None

u = torch.tensor([1., 2.], requires_grad=True)
v = torch.tensor([3., 4.], requires_grad=True)
p, q = MulAdd.apply(u, v, 10)
print(p, q, p.grad_fn.name())
(p.sum() + 2 * q.sum()).backward()
print(u.grad, v.grad)
u.grad = None
MulAdd.apply(u, v, 1)[0].sum().backward()
print(u.grad)
with torch.no_grad():
    print(MulAdd.apply(u, v, 1))
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return g, g
Bad.apply(u).sum().backward()
