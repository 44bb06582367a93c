# `or`/`and` return an operand without asking the last one for its truth value
import torch
z = None
print(0 or torch.ones(3))
print(z or torch.zeros(2))
print(1 and torch.ones(2))
print(torch.ones(1) and torch.tensor([1., 2.]))
print(False or [] or torch.arange(3))
try:
    print(torch.ones(2) or 5)
except RuntimeError as e:
    print("RuntimeError:", e)
