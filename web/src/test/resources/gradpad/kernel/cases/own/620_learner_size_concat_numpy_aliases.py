# torch.Size arithmetic keeps torch.Size; NumPy's axis=/keepdims= names in reductions
import torch
x = torch.arange(24.).reshape(2, 3, 4)
s = x.shape
print(s + (5,), (5,) + s, s + s, s * 2, 2 * s, s[0:1], s[1:] + (1,))
print(type(s + (5,)).__name__, type((5,) + s).__name__)
P = torch.arange(6.).reshape(2, 3)
print(P.sum(1, keepdims=True))
print(P / P.sum(1, keepdims=True))
print(P.sum(axis=0), torch.sum(P, axis=1, keepdims=True))
print(P.mean(axis=0, keepdims=True), P.max(axis=1))
try:
    s + [1]
except TypeError as e:
    print("TypeError:", e)
