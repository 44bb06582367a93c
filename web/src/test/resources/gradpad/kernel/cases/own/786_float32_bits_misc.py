# Full-precision float32 values of lerp, addcmul/addcdiv (GCC's fused multiply-add), cdist (vector then
# fused scalar summation), std_mean/var_mean (Welford), logspace, glu, normalize, quantile, kl_div, histc:
# each element must be PyTorch's bits. Output layouts too: quantile with a q vector is not contiguous.
import torch
import torch.nn.functional as F
torch.manual_seed(0)
for n in [5, 37]:
    a = torch.randn(n); b = torch.randn(n); w = torch.rand(n)
    print(torch.lerp(a, b, w).tolist())
    print(torch.lerp(a, b, 0.3).tolist(), torch.lerp(a, b, 0.7).tolist())
    print(torch.addcmul(a, b, w, value=0.3).tolist())
    print(torch.addcdiv(a, b, w, value=0.3).tolist())
    print([t.tolist() for t in torch.std_mean(a)], [t.tolist() for t in torch.var_mean(a.view(-1, 1) if n == 5 else a[:36].view(6, 6), 0)])
print(torch.logspace(-3, 3, 11).tolist(), torch.logspace(0, 1, 7, base=2.5).tolist(), torch.logspace(0, 3, 4, dtype=torch.float64).tolist())
print(torch.lerp(torch.randn(3, 1), torch.randn(1, 4), torch.rand(4)).tolist())
for m in [3, 4, 7, 8, 12, 17, 33]:
    x1 = torch.randn(4, m); x2 = torch.randn(5, m)
    print(torch.cdist(x1, x2).tolist(), torch.cdist(x1.double(), x2.double()).tolist())
torch.manual_seed(3)
for n in [6, 40]:
    x = torch.randn(3, n)
    print(F.glu(x).view(-1).tolist())
    print(torch.quantile(x, 0.37, dim=1).tolist(), torch.quantile(x, torch.tensor([0.1, 0.9]), dim=0).reshape(-1).tolist())
    print(torch.quantile(x, torch.tensor([0.1, 0.9]), dim=1, keepdim=True).stride(), torch.quantile(x, torch.tensor([0.5, 0.2])).is_contiguous())
    print(F.normalize(x).view(-1).tolist())
    print(F.kl_div(F.log_softmax(x, 1), F.softmax(x.flip(1), 1), reduction='batchmean').item())
    print(torch.std_mean(x, dim=1)[0].tolist(), torch.var_mean(x)[1].item(), torch.histc(x, bins=7).tolist())
