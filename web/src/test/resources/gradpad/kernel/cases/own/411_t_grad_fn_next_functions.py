import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
y = x * w + 1
z = y.sum()
print(z.grad_fn)
print(z.grad_fn.name(), y.grad_fn.name())
print(z.grad_fn.next_functions)
print(y.grad_fn.next_functions[0][0].name())
print(y.grad_fn.next_functions[0][0].next_functions)
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(type(acc).__name__, acc.variable is x)
