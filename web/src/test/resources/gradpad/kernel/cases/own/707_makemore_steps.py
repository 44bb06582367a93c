# The first steps of Karpathy's makemore: a seeded Generator, multinomial sampling, one_hot,
# a bigram model's loss and update, embedding by indexing, randint minibatches, 10**linspace.
import torch
import torch.nn.functional as F
g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p)
print(torch.multinomial(p, num_samples=20, replacement=True, generator=g))
N = torch.zeros((3, 3), dtype=torch.int32)
N[0, 1] += 1
print(N)
xs = torch.tensor([0, 5, 13, 13, 1])
xenc = F.one_hot(xs, num_classes=27).float()
print(xenc.shape, xenc.dtype)
W = torch.randn((27, 27), generator=g, requires_grad=True)
logits = xenc @ W
counts = logits.exp()
probs = counts / counts.sum(1, keepdims=True)
loss = -probs[torch.arange(5), torch.tensor([5, 13, 13, 1, 0])].log().mean() + 0.01 * (W**2).mean()
print(loss)
W.grad = None
loss.backward()
W.data += -50 * W.grad
print(W[0, :5])
C = torch.randn((27, 2), generator=g)
emb = C[torch.tensor([[0, 0, 5], [5, 13, 13]])]
print(emb.shape, emb.view(-1, 6).shape)
ix = torch.randint(0, 10, (4,), generator=g)
print(ix)
lre = torch.linspace(-3, 0, 5)
print(10 ** lre)
print(torch.tanh(torch.tensor(0.5)), F.softmax(torch.tensor([1.0, 2.0]), dim=0))
