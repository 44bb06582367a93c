# nn.Hardtanh/ReLU6/Mish/Softsign/GLU/PReLU and their functional forms: values, grad_fn names, grads, reprs, errors.
# 2.11: PreluBackward0 => PreluKernelBackward0
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.tensor([[-2.5, -0.5, 0.0, 0.75], [1.0, 3.0, 6.5, -7.0]], requires_grad=True)
print(F.hardtanh(x), F.hardtanh(x, -2., 2.), F.relu6(x), F.mish(x), F.softsign(x), F.glu(x), F.glu(x, 0))
print(nn.Hardtanh(), nn.Hardtanh(-2, 2), nn.ReLU6(), nn.ReLU6(inplace=True), nn.Mish(), nn.Softsign(), nn.GLU(), nn.GLU(0), nn.PReLU(), nn.PReLU(3))
p = nn.PReLU()
print(p.weight, p(x), list(p.named_parameters()))
p2 = nn.PReLU(2)
y = p2(x.view(2, 2, 2))
print(y)
(F.hardtanh(x).sum() + F.relu6(x).sum() + F.mish(x).sum() + F.softsign(x).sum() + F.glu(x).sum() + y.sum() + p(x).sum()).backward()
print(x.grad, p.weight.grad, p2.weight.grad)
print(nn.Hardtanh()(x), nn.ReLU6()(x), nn.Mish()(x), nn.Softsign()(x), nn.GLU()(x), F.prelu(x, torch.tensor([0.1])))
for f in [lambda: F.glu(torch.ones(3)), lambda: F.glu(torch.ones(2, 3)), lambda: nn.PReLU(3)(torch.ones(2, 2)), lambda: F.glu(torch.tensor(1.))]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
