import torch
x = torch.zeros(2, 3, 4)
s = x.shape
print(s, type(s).__name__, len(s), s[0], s[-1], s[1:], tuple(s), list(s))
a, b, c = s
print(a, b, c, s == (2, 3, 4), s == torch.Size([2, 3, 4]), isinstance(s, tuple))
print(torch.Size([1, 2]), torch.Size([]), torch.zeros(()).shape, x.size()[1:])
n = 1
for d in s:
    n *= d
print(n, x.numel(), sum(s), max(s))
print(torch.zeros(s[1:]).shape, torch.ones(*s[:2]).shape)
