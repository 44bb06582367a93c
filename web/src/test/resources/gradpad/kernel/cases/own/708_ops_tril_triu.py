# torch.tril / triu (TrilBackward0, TriuBackward0), int64 and bool inputs, the causal mask of a
# self-attention head, and the 2.x error for 1-D input.
import torch
# 2.11: IndexError Dimension out of range (expected to be in range of [-1, 0], but got -2) => RuntimeError tril: input tensor must have at least 2 dimensions
x = torch.arange(12.).view(3, 4).requires_grad_()
print(torch.tril(x), x.triu(1), torch.tril(x, -1).grad_fn, torch.triu(torch.ones(2, 2, 3), diagonal=-1))
torch.tril(x, diagonal=1).sum().backward()
print(x.grad)
print(torch.tril(torch.ones(3, 3, dtype=torch.long) * (2 ** 60 + 1)), torch.triu(torch.ones(2, 2, dtype=torch.bool)))
T = 4
tril = torch.tril(torch.ones(T, T))
wei = torch.zeros((T, T))
wei = wei.masked_fill(tril == 0, float('-inf'))
print(torch.softmax(wei, dim=-1))
try:
    torch.tril(torch.ones(3))
except Exception as e:
    print(type(e).__name__, e)
