# A tutorial's sine-wave regression: a 2-layer batch-first LSTM with explicit zero (h0, c0), the last
# step through a Linear, MSE and Adam for a few epochs; state_dict keys and a reload; a float64 GRU;
# truncated backpropagation with a detached hidden state; the layers' attributes.
import torch, torch.nn as nn
torch.manual_seed(0)
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=8, num_layers=2, batch_first=True)
        self.fc = nn.Linear(8, 1)
    def forward(self, x):
        h0 = torch.zeros(2, x.size(0), 8)
        c0 = torch.zeros(2, x.size(0), 8)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])
m = Model()
print(m)
print(list(m.state_dict().keys()))
t = torch.linspace(0, 6.28, 40)
seq = torch.sin(t)
X = torch.stack([seq[i:i+10] for i in range(25)]).unsqueeze(-1)
Y = torch.stack([seq[i+10] for i in range(25)]).unsqueeze(-1)
opt = torch.optim.Adam(m.parameters(), lr=0.01)
for epoch in range(6):
    opt.zero_grad()
    loss = nn.MSELoss()(m(X), Y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.4f}")
sd = m.lstm.state_dict()
m2 = nn.LSTM(1, 8, 2, batch_first=True)
m2.load_state_dict(sd)
print(torch.equal(m2(X)[0], m.lstm(X)[0]))
d = nn.GRU(2, 3, dtype=torch.float64)
print(d.weight_ih_l0.dtype, d(torch.randn(4, 2, dtype=torch.float64))[1])
r = nn.RNN(2, 3)
r.flatten_parameters()
hidden = None
for chunk in torch.randn(3, 4, 1, 2):
    out, hidden = r(chunk, hidden)
    hidden = hidden.detach()
print(hidden)
print(isinstance(r, nn.RNNBase), isinstance(nn.GRUCell(1, 1), nn.RNNCellBase), nn.LSTM.__mro__[1].__name__)
print(r.input_size, r.hidden_size, r.num_layers, r.bias, r.batch_first, r.dropout, r.bidirectional, r.mode, r.nonlinearity)
