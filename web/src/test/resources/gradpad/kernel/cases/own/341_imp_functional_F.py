import torch
import torch.nn.functional as F
x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
y = F.relu(x)
print(y)
loss = F.mse_loss(y, torch.zeros(3))
print(loss)
loss.backward()
print(x.grad)
