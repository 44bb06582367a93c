# Gradients through RNN/LSTM/GRU layers and cells (checked against PyTorch), then a first
# sequence model: embedding -> LSTM -> linear, next-token cross-entropy, a few Adam steps.
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
torch.set_printoptions(sci_mode=False)  # float32 gradient sums differ from BLAS's in the last bits
x = torch.randn(4, 2, 3, requires_grad=True)
for cls in (nn.RNN, nn.LSTM, nn.GRU):
    m = cls(3, 3)
    out, _ = m(x)
    loss = out.pow(2).mean()
    loss.backward()
    print(cls.__name__, round(loss.item(), 4))
    print(m.weight_ih_l0.grad)
    print(m.weight_hh_l0.grad[0], m.bias_hh_l0.grad)
    print(x.grad[0])
    x.grad = None
h0 = torch.zeros(2, 2, requires_grad=True)
g = nn.GRU(3, 2, bidirectional=True)
out, h = g(x, h0.unsqueeze(1).expand(2, 2, 2))
(out.sum() + h.sum()).backward()
print(h0.grad, g.weight_hh_l0_reverse.grad)
lc = nn.LSTMCell(3, 2)
h, c = lc(x[0])
for t in range(1, 4):
    h, c = lc(x[t], (h, c))
(h * c).sum().backward()
print(lc.weight_ih.grad, lc.bias_ih.grad)
torch.set_printoptions(sci_mode=None)

text = "hello world, hello sequence models"
chars = sorted(set(text))
stoi = {ch: i for i, ch in enumerate(chars)}
data = torch.tensor([stoi[ch] for ch in text])
class CharLSTM(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab)
    def forward(self, idx, state=None):
        out, state = self.lstm(self.emb(idx), state)
        return self.head(out), state
model = CharLSTM(len(chars), 8, 16)
print(model)
print(sum(p.numel() for p in model.parameters()))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
xs = data[:-1].view(1, -1)
ys = data[1:].view(1, -1)
for step in range(5):
    logits, _ = model(xs)
    loss = F.cross_entropy(logits.view(-1, len(chars)), ys.view(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
with torch.no_grad():
    logits, (h, c) = model(xs[:, :5])
    print(logits.shape, h.shape, c.shape, logits.requires_grad)
    print(logits[0, -1].argmax().item())
