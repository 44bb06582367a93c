# F.normalize, F.cosine_similarity (2.11's norm-first formula, SumBackward1), torch.cdist (CdistBackward0),
# F.kl_div / nn.KLDivLoss (composite in 2.x, on xlogy) and torch.xlogy: values, grad_fn names, grads, errors.
# 2.11: cos DivBackward0 => cos SumBackward1
# 2.11: kl_none KlDivBackward0 => kl_none SubBackward0
# 2.11: kl_sum KlDivBackward0 => kl_sum SumBackward0
# 2.11: kl_mean KlDivBackward0 => kl_mean MeanBackward0
# 2.11: kl_log KlDivBackward0 => kl_log MulBackward0
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
y = torch.randn(3, 4, requires_grad=True)
n = F.normalize(x)
print(n, F.normalize(x, dim=0), F.normalize(x, p=1, dim=1))
c = F.cosine_similarity(x, y)
print("cos", type(c.grad_fn).__name__)
print(c.detach(), F.cosine_similarity(x, y, dim=0).detach(), F.cosine_similarity(x[0], y, dim=-1).detach())
d = torch.cdist(x, y)
print(d, torch.cdist(x.view(1, 3, 4), y[:2].view(1, 2, 4)))
logp = F.log_softmax(x, dim=1)
t = F.softmax(y, dim=1)
print(F.kl_div(logp, t, reduction='batchmean'))
print("kl_none", type(F.kl_div(logp, t, reduction='none').grad_fn).__name__)
print("kl_sum", type(F.kl_div(logp, t, reduction='sum').grad_fn).__name__)
print("kl_mean", type(F.kl_div(logp, t).grad_fn).__name__)
print("kl_log", type(F.kl_div(logp, t.log(), reduction='none', log_target=True).grad_fn).__name__)
print(F.kl_div(logp, t, reduction='sum').detach(), F.kl_div(logp, t, reduction='none').detach())
print(F.kl_div(logp, t.log(), reduction='batchmean', log_target=True))
print(nn.KLDivLoss(reduction='batchmean'), nn.KLDivLoss(reduction='batchmean')(logp, t))
print(torch.xlogy(torch.tensor([0., 1., 2.]), torch.tensor([0., 3., float('nan')])), torch.xlogy(2, torch.tensor([3.])))
print(torch.xlogy(x, y.abs()).grad_fn)
(n.sum() + (c * torch.arange(3.)).sum() + (d * torch.arange(12.).view(3, 4)[:, :3]).sum() + F.kl_div(logp, t, reduction='batchmean')).backward()
print(x.grad, y.grad)
for f in [lambda: torch.cdist(torch.ones(3), torch.ones(2, 3)), lambda: torch.cdist(torch.ones(2, 3), torch.ones(2, 4)), lambda: F.cosine_similarity(torch.ones(2, 3), torch.ones(2, 4))]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
