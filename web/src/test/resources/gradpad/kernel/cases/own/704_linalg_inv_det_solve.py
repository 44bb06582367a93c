# torch.linalg: inv, det, solve (LinalgInvExBackward0, LinalgDetBackward0, LinalgSolveExBackward0),
# their gradients and double backward, batches, norms, and LinAlgError for singular matrices.
import torch
A = torch.tensor([[2., 1.], [1., 3.]], requires_grad=True)
print(torch.linalg.inv(A), torch.linalg.det(A), torch.det(A), torch.inverse(A).grad_fn, torch.linalg.solve(A, torch.tensor([1., 2.])))
print(torch.linalg.norm(A), torch.linalg.vector_norm(A), torch.linalg.matrix_norm(A), torch.linalg.norm(A).grad_fn)
print(A.inverse(), A.det())
torch.linalg.det(A).backward()
print(A.grad)
A.grad = None
torch.linalg.inv(A).sum().backward()
print(A.grad)
A.grad = None
b = torch.tensor([1., 2.], requires_grad=True)
x = torch.linalg.solve(A, b)
x.sum().backward()
print(x, A.grad, b.grad)
torch.manual_seed(0)
M = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
print(torch.linalg.det(M), torch.linalg.inv(M))
X = torch.linalg.solve(M, torch.eye(3, dtype=torch.float64))
print(torch.allclose(X, torch.linalg.inv(M)))
g, = torch.autograd.grad(torch.linalg.det(M), M, create_graph=True)
print(g, g.grad_fn is not None)
B = torch.randn(2, 3, 3)
print(torch.linalg.det(B), torch.linalg.inv(B).shape)
print(torch.linalg.norm(torch.tensor([3., 4.])), torch.linalg.vector_norm(torch.tensor([3., -4.]), ord=1), torch.linalg.norm(torch.ones(2, 3), dim=1))
for f in [lambda: torch.linalg.inv(torch.ones(2, 3)), lambda: torch.linalg.inv(torch.zeros(2, 2)), lambda: torch.linalg.det(torch.ones(2, 3)),
          lambda: torch.linalg.solve(torch.zeros(2, 2), torch.ones(2)), lambda: torch.linalg.solve(A, torch.ones(3)),
          lambda: torch.linalg.inv(torch.ones(2, 2, dtype=torch.long))]:
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
print(issubclass(torch.linalg.LinAlgError, RuntimeError))
torch.linalg.inv(torch.zeros(3, 3))
