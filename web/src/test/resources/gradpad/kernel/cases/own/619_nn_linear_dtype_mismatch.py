# nn.Linear / F.linear with an input that is not float32: PyTorch refuses (addmm's dtype check)
import torch
import torch.nn as nn
import torch.nn.functional as F
# 2.11: RuntimeError: mat1 and mat2 must have the same dtype => RuntimeError: mat1 and mat2 must have the same dtype, but got Long and Float
torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin(torch.tensor([[1., 2., 3.]])))
for x in [torch.tensor([[1, 2, 3]])]:
    try:
        print(lin(x))
    except RuntimeError as e:
        print("RuntimeError:", e)
lin(torch.tensor([[1, 2, 3]]))
