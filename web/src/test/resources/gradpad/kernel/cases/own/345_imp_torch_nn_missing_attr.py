import torch
print(torch.zeros(1))
torch.not_a_function(3)
