# In-place addcmul_/addcdiv_/lerp_/clamp_min_/clamp_max_: a hand-written Adam step, an EMA, recorded
# in-place nodes (ClampMinBackward0, LerpBackward0) and the in-place errors.
import torch
torch.manual_seed(0)
# a hand-written Adam step, the way tutorials write it
p = torch.randn(5, requires_grad=True)
m = torch.zeros(5); v = torch.zeros(5)
for step in range(1, 4):
    loss = (p ** 2).sum()
    loss.backward()
    with torch.no_grad():
        g = p.grad
        m.mul_(0.9).add_(g, alpha=0.1)
        v.mul_(0.999).addcmul_(g, g, value=0.001)
        mhat = m / (1 - 0.9 ** step); vhat = v / (1 - 0.999 ** step)
        p.addcdiv_(mhat, vhat.sqrt().add_(1e-8), value=-0.1)
        p.grad = None
print(p, m, v)
ema = torch.zeros(3)
ema.lerp_(torch.tensor([1., 2., 3.]), 0.1); print(ema)
ema.lerp_(torch.tensor([4., 5., 6.]), torch.tensor([0.5, 0.25, 1.0])); print(ema)
t = torch.tensor([-1., 0.5, 2.]); t.clamp_min_(0.); print(t); t.clamp_max_(1.); print(t)
x = torch.tensor([-1., 0.5, 2.], requires_grad=True)
y = x * 2
y.clamp_min_(0.5); print(y)
y.lerp_(torch.ones(3), 0.25); print(y, y.grad_fn, y.grad_fn.next_functions[0][0].name())
y.sum().backward(); print(x.grad)
for f in [lambda: torch.zeros(3).addcmul_(torch.ones(2, 3), torch.ones(2, 3)), lambda: torch.zeros(3, dtype=torch.long).addcdiv_(torch.ones(3), torch.ones(3)),
          lambda: x.clamp_min_(0.)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
