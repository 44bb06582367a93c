# clamp_min/max, lerp, addcmul/addcdiv, erf/erfc/erfinv, frac, heaviside, nan_to_num, isin,
# count_nonzero, logspace, std_mean/var_mean, finfo/iinfo, is_tensor/numel, the default dtype, and errors.
import torch
x=torch.tensor([0.5,-1.25,2.0],requires_grad=True); y=torch.tensor([1.,2.,3.],requires_grad=True); w=torch.tensor([0.2,0.5,0.9],requires_grad=True)
print(torch.clamp_min(x,0.), torch.clamp_max(x,0.), torch.clamp_min(x,y), x.clamp_max(y))
print(torch.lerp(x,y,0.3), torch.lerp(x,y,w))
print(torch.addcmul(x,y,w,value=2), torch.addcdiv(x,y,w,value=0.5))
print(torch.erf(x), torch.erfc(x), torch.erfinv(w), torch.frac(x))
print(torch.heaviside(x.detach(), torch.tensor([0.5])), torch.nan_to_num(torch.tensor([float('nan'),float('inf'),-float('inf'),1.])))
print(torch.nan_to_num(x), torch.isin(torch.tensor([1,2,3]), torch.tensor([2,5])), torch.count_nonzero(torch.tensor([[0,1],[2,0]]),dim=0))
print(torch.logspace(0,2,5), torch.logspace(0,1,3,base=2))
print(torch.std_mean(torch.tensor([[1.,2.],[3.,5.]]),dim=0), torch.var_mean(torch.tensor([1.,2.,4.]),unbiased=False))
print(torch.std_mean(x), torch.var_mean(x, 0))
print(torch.finfo(torch.float32), torch.iinfo(torch.int32), torch.finfo(), torch.finfo(torch.float64).eps, torch.finfo(torch.float16).tiny, torch.finfo(torch.bfloat16))
print(torch.finfo(torch.float32).max, torch.finfo(torch.float32).min, torch.finfo(torch.float32).tiny, torch.finfo(torch.float32).resolution, torch.iinfo(torch.int64).max, torch.iinfo(torch.uint8), torch.iinfo(torch.int8).bits, torch.finfo(torch.float32).dtype)
print(torch.finfo(torch.float64), torch.finfo(torch.float16), torch.iinfo(torch.int64), torch.iinfo(torch.int16))
print(torch.is_tensor(x), torch.is_tensor(3), torch.numel(torch.ones(2,3)), torch.get_default_dtype())
for f in [lambda: torch.finfo(torch.int32), lambda: torch.iinfo(torch.float32), lambda: torch.iinfo(torch.bool), lambda: torch.set_default_dtype(torch.int64),
          lambda: torch.addcdiv(torch.ones(2), torch.ones(2,dtype=torch.long), torch.ones(2,dtype=torch.long)), lambda: torch.lerp(x, torch.ones(3,dtype=torch.float64), 0.5),
          lambda: torch.heaviside(torch.ones(2), torch.ones(2, dtype=torch.long)), lambda: torch.frac(torch.ones(2,dtype=torch.long)), lambda: torch.lerp(torch.ones(2,dtype=torch.long), torch.ones(2,dtype=torch.long), 0.5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
(torch.lerp(x,y,w).sum()+torch.addcmul(x,y,w).sum()+torch.addcdiv(x,y,w,value=3).sum()+torch.erf(x).sum()+torch.erfinv(w).sum()+torch.erfc(y).sum()+torch.frac(x).sum()+torch.clamp_min(x,y).sum()+torch.nan_to_num(x).sum()).backward()
print(x.grad, y.grad, w.grad)
s,m=torch.std_mean(x); (s*2+m*3).backward(); print(x.grad)
v,m=torch.var_mean(torch.tensor([[1.,2.],[3.,5.]],requires_grad=True),dim=1,keepdim=True); print(v,m, v.grad_fn)
torch.set_default_dtype(torch.float64)
print(torch.tensor([1.5]).dtype, torch.zeros(2).dtype, torch.randn(1).dtype, torch.arange(3.).dtype, (torch.arange(3)*0.5).dtype, torch.get_default_dtype(), torch.finfo(), torch.tensor([1,2]).sqrt().dtype, torch.linspace(0,1,3).dtype, torch.logspace(0,1,2).dtype, torch.full((1,),2.).dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]).dtype)
xh = torch.tensor([1., 0., -1.], requires_grad=True)
h = torch.heaviside(xh, torch.tensor([0.5]))
print(h)
try:
    h.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
