# Edge values of the elementwise transcendental ops: large arguments saturate or overflow,
# tiny ones keep their digits (no cancellation), in float64 (full digits) and float32.
import torch
x = torch.tensor([1000.0, -1000.0, 800.0, 30.0, -22.5, 9.1, 0.5, 1e-3, -1e-8, 1e-300, 0.0, -0.0],
                 dtype=torch.float64)
print(torch.tanh(x).tolist())
print(torch.expm1(x[3:]).tolist())
# [6:]: fdlibm's log1p(22.5) (glibc's, and gradpad's) is one ulp below PyTorch's correctly rounded one
print(torch.log1p(x.abs()[6:]).tolist())
print(torch.log10(torch.tensor([1000.0, 1e-5, 2.0, 0.1, 1e300], dtype=torch.float64)).tolist())
f = x.float()
print(torch.tanh(f).tolist())
print(torch.tanh(f))
print(torch.expm1(f[3:]), torch.log1p(f.abs()[4:]))
print(torch.tensor([1e-10, 1e-7, -3e-6]).expm1().tolist(), torch.tensor([1e-10, 2e-7]).log1p().tolist())
print(torch.log10(torch.tensor([1000.0, 1e-5, 2.0])).tolist())
