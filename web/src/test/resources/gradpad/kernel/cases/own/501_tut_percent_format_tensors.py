import torch
loss = torch.tensor(0.123456)
print("loss %.4f" % loss)
print("loss %.2e, item %s" % (loss.item(), loss.item()))
print("{:.3f}".format(loss.item()), "{}".format(loss))
print("value: %d" % torch.tensor(7))
print(round(loss.item(), 3), float(loss), int(torch.tensor(7.9)))
