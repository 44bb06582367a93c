x = torch.randn(3, requires_grad=True)
y = x + 2
z = y * y
loss = z.mean()
loss.backward()
