"""The engine cases gen_engine_cases.py records with real PyTorch: (name, statements[, rewrites]).

bits(...) asks for exact float bits; a plain expression compares PyTorch's repr (4 decimals),
used where gradpad's last bit may legitimately differ: matmul (BLAS, build-dependent order), norm
(a vector loop whose exact order is not modelled), float64 transcendentals, and sin/cos beyond
|x| >= 125 (SLEEF's Payne-Hanek reduction is not modelled). float32 exp, log, tanh, sigmoid, sin
and cos reproduce PyTorch's SLEEF routines, so they, softmax, log_softmax and logsumexp are
compared by bits.
"""

ARITHMETIC = [
    ('add_broadcast', """
manual_seed(0)
x = randn(2, 3, requires_grad=True)
b = randn(3, requires_grad=True)
y = add(x, b)
y
bits(y)
backward(sum(mul(y, y)))
bits(grad(x))
bits(grad(b))
"""),
    ('sub_mul_div_broadcast_column', """
manual_seed(1)
x = randn(2, 3, requires_grad=True)
c = randn(2, 1, requires_grad=True)
y = div(mul(sub(x, c), x), add(c, 3))
y
bits(y)
backward(sum(y))
bits(grad(x))
bits(grad(c))
gradfn(y)
next_fns(y)
"""),
    ('python_numbers', """
manual_seed(2)
x = randn(4, requires_grad=True)
a = add(x, 1)
s = sub(1, x)
m = mul(2, x)
d = div(2, x)
q = div(x, 3)
n = neg(x)
[gradfn(a), gradfn(s), gradfn(m), gradfn(d), gradfn(q), gradfn(n)]
bits(d)
bits(q)
backward(sum(add(add(add(a, s), add(m, d)), add(q, n))))
bits(grad(x))
"""),
    ('int_and_bool_promotion', """
i = tensor([1, 2, 3])
f = tensor([0.5, 1.5, 2.5])
add(i, 2)
add(i, 2.5)
div(i, 2)
mul(i, f)
add(tensor([True, False]), 1)
mul(f, tensor(2, dtype=float64))
add(f, tensor([1.0], dtype=float64))
"""),
    ('pow_forms', """
manual_seed(3)
x = add(abs(randn(5)), 0.5)
requires_grad_(x)
y = pow(x, 2)
z = pow(x, 2.5)
w = pow(x, 0)
h = pow(x, -1)
[gradfn(y), gradfn(z), gradfn(w), gradfn(h)]
bits(y)
bits(h)
backward(sum(add(add(y, z), add(w, h))))
grad(x)
v = randn(5, requires_grad=True)
p = pow(x, v)
gradfn(p)
backward(sum(p))
grad(v)
"""),
    ('rpow_is_powbackward2', """
manual_seed(4)
x = randn(3, requires_grad=True)
e = pow(2, x)
gradfn(e)
e
backward(sum(e))
grad(x)
""", [('PowBackward1', 'PowBackward2')]),
    ('pow_int_tensor_errors', """
pow(tensor([1, 2, 3]), 2)
pow(tensor([1, 2, 3]), -1)
pow(tensor([2, 3]), tensor([3, 2]))
"""),
    ('shape_mismatch_errors', """
add(ones(3), ones(4))
mul(ones(2, 3), ones(3, 2))
sub(tensor([True]), tensor([False]))
neg(tensor([True]))
"""),
]

UNARY = [
    ('unary_forward_and_grad', """
manual_seed(5)
x = randn(6, requires_grad=True)
p = add(abs(x), 0.1)
[gradfn(exp(x)), gradfn(log(p)), gradfn(sqrt(p)), gradfn(abs(x)), gradfn(tanh(x)), gradfn(sigmoid(x))]
[gradfn(relu(x)), gradfn(sin(x)), gradfn(cos(x)), gradfn(reciprocal(x))]
bits(exp(x))
bits(log(p))
bits(sqrt(p))
bits(abs(x))
bits(tanh(x))
bits(sigmoid(x))
bits(relu(x))
bits(sin(x))
bits(cos(x))
bits(reciprocal(x))
y = add(add(add(exp(x), log(p)), add(sqrt(p), abs(x))), add(add(tanh(x), sigmoid(x)), add(relu(x), sin(x))))
backward(sum(add(y, cos(x))))
grad(x)
"""),
    ('sleef_exp_log_tanh_special_values', """
e = exp(tensor([0.0, -0.0, 1.0, -1.0, 88.5, 88.8, 100.0, 100.5, -103.0, -104.0, -104.5, inf, -inf]))
bits(e)
exp(tensor([nan]))
bits(log(tensor([1.0, 2.0, 0.5, 1e-40, 1e-45, 3.0e38, inf, 0.0, -0.0])))
log(tensor([-1.0, nan]))
bits(tanh(tensor([0.0, -0.0, 1e-20, -1e-10, 0.5, -3.0, 8.6, 8.7, -9.0, 20.0, inf, -inf])))
tanh(tensor([nan]))
"""),
    ('sleef_sin_cos', """
manual_seed(59)
x = mul(randn(200), 8)
bits(sin(x))
bits(cos(x))
a = requires_grad_(mul(arange(25.0), 0.2617993877991494))
b = sin(a)
b
bits(b)
backward(sum(add(mul(b, 2), 1)))
grad(a)
bits(grad(a))
bits(sin(tensor([0.0, -0.0, 1e-30, -1e-30, 124.9, -124.99, 3.1415927, 1.5707964])))
bits(cos(tensor([0.0, -0.0, 1e-30, 124.9, -124.99, 3.1415927, 1.5707964])))
"""),
    ('sleef_exp_log_tanh_sigmoid_many', """
manual_seed(54)
x = mul(randn(300), 4)
bits(exp(x))
bits(tanh(x))
bits(sigmoid(x))
bits(sigmoid(getitem(x, slice(None, 37, None))))
bits(sigmoid(t(reshape(getitem(x, slice(None, 40, None)), 8, 5))))
p = add(abs(x), 0.001)
bits(log(p))
bits(log(mul(p, 1e-30)))
bits(exp(tensor(2.5)))
"""),
    ('relu_abs_at_zero', """
x = tensor([-1.0, 0.0, 2.0], requires_grad=True)
backward(sum(add(relu(x), abs(x))))
grad(x)
sqrt(tensor([-1.0, 0.0, 4.0]))
log(tensor([0.0, -1.0]))
"""),
    ('exp_of_int', """
exp(tensor([0, 1]))
sqrt(tensor([4]))
"""),
]

REDUCTIONS = [
    ('sum_mean_all_and_dims', """
manual_seed(6)
x = randn(2, 3, 4, requires_grad=True)
bits(sum(x))
bits(sum(x, 1))
bits(sum(x, [0, 2], keepdim=True))
bits(mean(x))
bits(mean(x, -1))
bits(mean(x, [0, 1], keepdim=True))
[gradfn(sum(x)), gradfn(sum(x, 1)), gradfn(mean(x)), gradfn(mean(x, 0))]
backward(add(sum(mean(x, 1)), sum(sum(x, [0, 2], keepdim=True))))
bits(grad(x))
"""),
    ('sum_long_rows', """
manual_seed(7)
x = randn(3, 100)
bits(sum(x, 1))
bits(sum(x, 0))
bits(mean(x))
y = randn(37, 5)
bits(sum(y, 0))
bits(sum(transpose(y, 0, 1), 1))
"""),
    ('sum_dtype', """
manual_seed(8)
x = randn(5, requires_grad=True)
s = sum(x, dtype=float64)
s
gradfn(s)
backward(s)
grad(x)
dtype(grad(x))
sum(tensor([1, 2, 3]))
sum(tensor([True, True, False]))
sum(tensor([1, 2]), dtype=float32)
sum(tensor(3.5), 0)
"""),
    ('mean_errors', """
mean(tensor([1, 2]))
sum(ones(2), 2)
sum(ones(2, 2), [0, 0])
"""),
    ('max_min_all_ties', """
x = tensor([[1.0, 3.0, 2.0], [3.0, 0.0, 3.0]], requires_grad=True)
y = max(x)
y
z = min(x)
z
backward(add(y, z))
grad(x)
"""),
    ('max_min_dim', """
manual_seed(9)
x = randn(3, 4, requires_grad=True)
r = max(x, 1)
r
m = min(x, 0, keepdim=True)
m
v, i = max(x, -1, keepdim=True)
shape(v)
i
backward(add(sum(mul(getitem(r, 0), 2)), sum(getitem(m, 0))))
bits(grad(x))
"""),
    ('max_dim_first_occurrence', """
x = tensor([[1.0, 5.0, 5.0], [2.0, 2.0, 0.0]], requires_grad=True)
v, i = max(x, 1)
i
v2, i2 = min(x, 1)
i2
backward(add(sum(v), sum(v2)))
grad(x)
argmax(x)
argmax(x, 1)
argmin(x, 0, keepdim=True)
argmax(x, keepdim=True)
"""),
    ('max_nan', """
x = tensor([1.0, nan, 3.0, nan], requires_grad=True)
max(x)
max(x, 0)
min(x, 0)
argmax(x)
argmin(x)
y = max(x)
backward(y)
grad(x)
"""),
    ('max_int_bool_0d', """
max(tensor([1, 5, 5]))
max(tensor([[1, 5, 5]]), 1)
max(tensor([False, True]))
argmax(tensor([1, 7, 7]))
max(tensor(3.0), 0)
argmax(tensor(2.5))
argmax(tensor([True, False]))
"""),
    ('max_errors', """
max(zeros(0))
max(zeros(0, 3), 0)
max(zeros(0, 3), 1)
argmax(zeros(0))
argmax(zeros(2, 0), 1)
max(ones(2, 3), 2)
"""),
    ('maximum_minimum', """
manual_seed(10)
a = randn(2, 3, requires_grad=True)
b = randn(3, requires_grad=True)
m = maximum(a, b)
n = minimum(a, b)
[gradfn(m), gradfn(n), gradfn(max(a, b))]
bits(m)
backward(sum(add(mul(m, 2), n)))
grad(a)
grad(b)
"""),
    ('maximum_ties_and_nan', """
a = tensor([1.0, 2.0, nan, 4.0], requires_grad=True)
b = tensor([1.0, 3.0, 0.0, nan], requires_grad=True)
m = maximum(a, b)
m
backward(sum(m))
grad(a)
grad(b)
maximum(tensor([1, 5]), tensor([3, 2]))
maximum(tensor([1, 5]), tensor([2.5, 0.5]))
"""),
    ('clamp_float', """
manual_seed(11)
x = randn(8, requires_grad=True)
y = clamp(x, -0.5, 0.5)
y
gradfn(y)
backward(sum(y))
grad(x)
clamp(x, min=0)
clamp(x, max=0)
clamp(tensor([-1.0, 0.5, 2.0]), 2.0, 1.0)
clamp(tensor([nan, 1.0]), 0.0, 0.5)
"""),
    ('clamp_bounds_inclusive', """
x = tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
backward(sum(clamp(x, 0.0, 1.0)))
grad(x)
"""),
    ('clamp_int', """
clamp(tensor([1, 2, 3]), 0, 2)
clamp(tensor([1, 2, 3]), 0.5, 2.5)
clamp(tensor([1, 2, 3]), 2, 1)
clamp(tensor([1, 2, 3]), min=2)
clamp(ones(2))
"""),
    ('clamp_tensor_bounds', """
manual_seed(12)
x = randn(2, 3, requires_grad=True)
lo = tensor([-0.5, 0.0, 0.5], requires_grad=True)
hi = tensor(0.8, requires_grad=True)
y = clamp(x, lo, hi)
y
gradfn(y)
backward(sum(y))
grad(x)
grad(lo)
grad(hi)
"""),
]

STATS = [
    ('std_var_all', """
manual_seed(13)
x = randn(3, 5, requires_grad=True)
bits(var(x))
bits(std(x))
bits(var(x, unbiased=False))
bits(std(x, correction=0))
[gradfn(var(x)), gradfn(std(x))]
backward(add(var(x), std(x)))
grad(x)
"""),
    ('std_var_dims', """
manual_seed(14)
x = randn(3, 5, requires_grad=True)
bits(var(x, 1))
bits(std(x, 0))
bits(var(x, 1, keepdim=True))
bits(std(x, [0, 1]))
bits(var(x, 1, correction=0))
bits(var(x, 0, correction=2))
s = std(x, 1)
backward(sum(mul(s, tensor([1.0, 2.0, 3.0]))))
grad(x)
"""),
    ('std_var_edge', """
var(tensor([1.0]))  #2.11 ~> UserWarning: var(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel). (Triggered internally at /pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.) || -> tensor(nan)
std(tensor([2.0, 2.0]))
std(zeros(0))  #2.11 ~> UserWarning: std(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel). (Triggered internally at /pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.) || -> tensor(nan)
var(ones(2, 1), 1)  #2.11 ~> UserWarning: var(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel). (Triggered internally at /pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.) || -> tensor([nan, nan])
var(tensor([1, 2]))
x = tensor([3.0, 3.0], requires_grad=True)
s = std(x)
backward(s)
grad(x)
"""),
    ('std_float64', """
manual_seed(15)
x = randn(4, 6, dtype=float64, requires_grad=True)
std(x)
var(x, 1)
backward(sum(std(x, 0)))
grad(x)
"""),
    ('norms', """
manual_seed(16)
x = randn(3, 4, requires_grad=True)
n = norm(x)
n
gradfn(n)
norm(x, 1)
norm(x, inf)
norm(x, -inf)
norm(x, 3)
norm(x, 'fro')
norm(x, dim=1)
norm(x, 1, dim=0, keepdim=True)
backward(add(n, norm(x, 1)))
grad(x)
"""),
    ('norm_grads', """
x = tensor([[3.0, -4.0], [0.0, 1.0]], requires_grad=True)
backward(sum(norm(x, dim=1)))
grad(x)
z = zeros(3, requires_grad=True)
backward(norm(z))
grad(z)
y = tensor([1.0, -3.0, 3.0], requires_grad=True)
backward(norm(y, inf))
grad(y)
norm(tensor([1, 2]))  #2.11 !> RuntimeError: linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long
"""),
    ('prod', """
manual_seed(17)
x = randn(2, 3, requires_grad=True)
p = prod(x)
bits(p)
gradfn(p)
q = prod(x, 1)
bits(q)
gradfn(q)
backward(add(p, sum(q)))
bits(grad(x))
prod(tensor([2, 3, 4]))
prod(tensor([True, True]))
prod(tensor([[1.5, 2.0]]), 1, keepdim=True)
"""),
    ('prod_long_row', """
manual_seed(18)
x = add(mul(randn(70), 0.05), 1)
bits(prod(x))
y = add(mul(randn(40, 3), 0.05), 1)
bits(prod(y, 0))
bits(prod(transpose(y, 0, 1), 1))
"""),
    ('prod_zeros', """
x = tensor([[2.0, 0.0, 3.0], [4.0, 5.0, 0.5]], requires_grad=True)
backward(prod(x))
grad(x)
y = tensor([[2.0, 0.0, 3.0], [0.0, 5.0, 0.0]], requires_grad=True)
backward(sum(prod(y, 1)))
grad(y)
z = tensor([0.0, 2.0, 0.0], requires_grad=True)
backward(prod(z))
grad(z)
"""),
    ('logsumexp', """
manual_seed(19)
x = randn(3, 4, requires_grad=True)
l = logsumexp(x, 1)
l
bits(l)
gradfn(l)
bits(logsumexp(x, [0, 1]))
bits(logsumexp(x, 0, keepdim=True))
backward(sum(l))
bits(grad(x))
logsumexp(tensor([inf, 1.0]), 0)
logsumexp(tensor([-inf, -inf]), 0)
logsumexp(tensor([1000.0, 1000.0]), 0)
logsumexp(tensor([1, 2]), 0)
logsumexp(zeros(0), 0)
"""),
    ('softmax', """
manual_seed(20)
x = randn(3, 5, requires_grad=True)
s = softmax(x, 1)
s
bits(s)
gradfn(s)
bits(softmax(x, 0))
w = randn(3, 5)
backward(sum(mul(s, w)))
bits(grad(x))
softmax(tensor([1000.0, 0.0]), 0)
softmax(tensor(2.0), 0)
softmax(tensor([1, 2]), 0)
softmax(tensor([1, 2]), 0, dtype=float32)
softmax(zeros(0), 0)
"""),
    ('log_softmax', """
manual_seed(21)
x = randn(2, 3, 4, requires_grad=True)
s = log_softmax(x, -1)
s
bits(s)
gradfn(s)
bits(log_softmax(x, 1))
w = randn(2, 3, 4)
backward(sum(mul(s, w)))
bits(grad(x))
log_softmax(tensor([1000.0, 0.0]), 0)
log_softmax(tensor([1.0, 2.0]), 0, dtype=float64)
log_softmax(tensor([[1, 2]]), 0)
"""),
    ('softmax_dim0_grad', """
manual_seed(22)
x = randn(4, 3, requires_grad=True)
s = softmax(x, 0)
bits(s)
backward(sum(mul(s, randn(4, 3))))
bits(grad(x))
set_grad(x, None)
l = log_softmax(x, 0)
bits(l)
backward(sum(mul(l, randn(4, 3))))
bits(grad(x))
"""),
    ('softmax_shapes_bits', """
manual_seed(55)
a = randn(2, 37, requires_grad=True)
bits(softmax(a, 1))
bits(log_softmax(a, 1))
bits(logsumexp(a, 1))
b = randn(5, 20, 3, requires_grad=True)
sb = softmax(b, 1)
bits(sb)
lb = log_softmax(b, 1)
bits(lb)
backward(add(sum(mul(sb, randn(5, 20, 3))), sum(mul(lb, randn(5, 20, 3)))))
bits(grad(b))
c = randn(3, 4, 19, requires_grad=True)
sc = softmax(c, 2)
backward(sum(mul(sc, randn(3, 4, 19))))
bits(grad(c))
d = randn(4, 11, requires_grad=True)
sd = softmax(d, 0)
bits(sd)
backward(sum(mul(sd, randn(4, 11))))
bits(grad(d))
"""),
]

MASKS = [
    ('masked_fill', """
manual_seed(23)
x = randn(2, 3, requires_grad=True)
mask = tensor([True, False, True])
y = masked_fill(x, mask, 0.0)
y
gradfn(y)
backward(sum(mul(y, 3)))
grad(x)
v = tensor(5.0, requires_grad=True)
z = masked_fill(x, gt(x, 0), v)
gradfn(z)
backward(sum(mul(z, z)))
grad(v)
masked_fill(ones(3), tensor([[True, False, True], [False, False, True]]), 2.0)
masked_fill(tensor([1, 2, 3]), mask, 2.5)
"""),
    ('masked_fill_errors', """
x = ones(3)
masked_fill(x, tensor([1.0, 0.0, 1.0]), 0.0)  #2.11 !> RuntimeError: masked_fill_ only supports boolean masks, but got mask with dtype float
masked_fill(x, tensor([1, 0, 1]), 0.0)  #2.11 !> RuntimeError: masked_fill_ only supports boolean masks, but got mask with dtype long int
masked_fill(x, tensor([True, False, True]), tensor([5.0]))
"""),
    ('masked_fill_inplace', """
manual_seed(24)
x = randn(4, requires_grad=True)
y = mul(x, 2)
masked_fill_(y, lt(y, 0), 0.0)
gradfn(y)
backward(sum(y))
grad(x)
masked_fill_(x, gt(x, 0), 1.0)
"""),
    ('where', """
manual_seed(25)
a = randn(2, 3, requires_grad=True)
b = randn(2, 1, requires_grad=True)
w = where(gt(a, 0), a, b)
w
gradfn(w)
backward(sum(w))
grad(a)
grad(b)
where(tensor([True, False]), tensor([1, 2]), tensor([3.5, 4.5]))
where(tensor([1.0, 0.0]), ones(2), zeros(2))
"""),
    ('comparisons', """
manual_seed(26)
x = randn(5)
gt(x, 0)
le(x, tensor(0.1))
eq(tensor([1, 2]), tensor([1.0, 3.0]))
ne(x, x)
"""),
]

SHAPES = [
    ('views', """
manual_seed(27)
x = randn(2, 3, 4, requires_grad=True)
a = view(x, 6, 4)
b = reshape(x, -1)
c = transpose(x, 0, 2)
d = permute(x, 2, 1, 0)
e = T(getitem(x, 0))
f = unsqueeze(x, 1)
g = flatten(x)
h = flatten(x, 1)
[gradfn(a), gradfn(b), gradfn(c), gradfn(d), gradfn(e), gradfn(f), gradfn(g), gradfn(h)]
[shape(c), shape(d), shape(e), shape(f), shape(h)]
is_contiguous(c)
y = add(add(sum(mul(a, 1.5)), sum(mul(c, d))), sum(mul(f, 2)))
backward(y)
bits(grad(x))
"""),
    ('reshape_copies_when_needed', """
manual_seed(28)
x = randn(3, 4, requires_grad=True)
r = reshape(t(x), 12)
gradfn(r)
next_fns(r)
f = flatten(t(x))
gradfn(f)
view(t(x), 12)
view(x, 5)
reshape(x, 5, -1)
view(x, -1, -1)
backward(sum(mul(r, arange(12))))
grad(x)
"""),
    ('t_squeeze_expand', """
manual_seed(29)
x = randn(1, 3, 1, requires_grad=True)
[gradfn(squeeze(x)), gradfn(squeeze(x, 0)), gradfn(squeeze(x, 1))]
[shape(squeeze(x)), shape(squeeze(x, 0)), shape(squeeze(x, 1)), shape(squeeze(x, -1))]
v = randn(3, requires_grad=True)
gradfn(t(v))
gradfn(t(randn(2, 3, requires_grad=True)))
e = expand(v, 2, 3)
gradfn(e)
expand(unsqueeze(v, 1), 3, 2)
backward(sum(mul(e, tensor([[1.0], [2.0]]))))
grad(v)
expand(v, 2, 4)
expand(v, -1, 3)
t(ones(2, 2, 2))
squeeze(x, 3)
unsqueeze(v, 3)
"""),
    ('permute_flatten_errors', """
x = ones(2, 3)
permute(x, 0)
permute(x, 0, 0)
flatten(x, 1, 0)
flatten(tensor(2.0))
transpose(x, 0, 2)
"""),
    ('repeat_flip', """
manual_seed(30)
x = randn(2, 3, requires_grad=True)
r = repeat(x, 2, 1, 2)
shape(r)
gradfn(r)
backward(sum(mul(r, arange(24).reshape(2, 2, 6))))
grad(x)
repeat(tensor([1, 2]), 2, 2)
repeat(x, 0, 1)
repeat(x, 2)
f = flip(x, 0, 1)
f
gradfn(f)
""".replace('arange(24).reshape(2, 2, 6)', 'reshape(arange(24.0), 2, 2, 6)')),
    ('indexing_basic', """
manual_seed(31)
x = randn(3, 4, requires_grad=True)
a = getitem(x, 0)
b = getitem(x, slice(None, None, None), 1)
c = getitem(x, slice(1, None, None))
d = getitem(x, -1, slice(None, None, 2))
e = getitem(x, None, ..., 0)
[gradfn(a), gradfn(b), gradfn(c), gradfn(d), gradfn(e)]
[shape(a), shape(b), shape(c), shape(d), shape(e)]
d
backward(add(add(sum(a), sum(mul(b, 2))), add(sum(mul(c, 3)), add(sum(d), sum(e)))))
grad(x)
getitem(x, 5)
getitem(x, 0, 7)
getitem(x, 0, 0, 0)
getitem(tensor(1.0), 0)
"""),
    ('indexing_advanced', """
manual_seed(32)
x = randn(3, 4, requires_grad=True)
a = getitem(x, tensor([0, 2, 0]))
b = getitem(x, [1, 2], [3, 0])
m = getitem(x, gt(x, 0))
c = getitem(x, slice(None, None, None), tensor([3, 3]))
[gradfn(a), gradfn(b), gradfn(m), gradfn(c)]
a
b
m
backward(add(add(sum(a), sum(mul(b, 2))), add(sum(m), sum(c))))
grad(x)
getitem(x, tensor([5]))
getitem(x, tensor([0.0]))  #2.11 !> IndexError: tensors used as indices must be long, int, byte or bool tensors
getitem(x, tensor([True, False]))
"""),
    ('gather', """
manual_seed(33)
x = randn(3, 4, requires_grad=True)
i = tensor([[0, 3], [1, 1], [2, 0]])
g = gather(x, 1, i)
g
gradfn(g)
backward(sum(mul(g, tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))))
grad(x)
gather(x, 0, tensor([[2, 1, 0, 2]]))
gather(x, 1, tensor([[4]]))
gather(x, 1, tensor([[0.0]]))
"""),
    ('cat_stack', """
manual_seed(34)
a = randn(2, 3, requires_grad=True)
b = randn(1, 3, requires_grad=True)
c = cat([a, b])
c
gradfn(c)
s = stack([a, a], 1)
shape(s)
gradfn(s)
backward(add(sum(mul(c, reshape(arange(9.0), 3, 3))), sum(mul(s, 2))))
grad(a)
grad(b)
cat([a, b], 1)
stack([a, b])
cat([])
stack([])
cat([tensor(1.0), tensor(2.0)])
cat([ones(2), ones(2, 2)])
cat([tensor([1, 2]), tensor([0.5])])
cat([zeros(0), ones(2)])
"""),
    ('clone_detach_to', """
manual_seed(35)
x = randn(3, requires_grad=True)
c = clone(x)
gradfn(c)
d = to(x, float64)
gradfn(d)
d
f = to(x, float32)
gradfn(f)
is_leaf(f)
i = to(x, int64)
requires_grad(i)
backward(add(sum(c), sum(to(mul(d, 2), float32))))
grad(x)
dtype(grad(x))
"""),
    ('matmul_shapes', """
manual_seed(36)
A = randn(2, 3, requires_grad=True)
B = randn(3, 4, requires_grad=True)
v = randn(3, requires_grad=True)
u = randn(2, requires_grad=True)
C = randn(5, 2, 3, requires_grad=True)
mAB = matmul(A, B)
mAv = matmul(A, v)
mvv = matmul(v, v)
muA = matmul(u, A)
mCB = matmul(C, B)
mCv = matmul(C, v)
[gradfn(mAB), gradfn(mAv), gradfn(mvv), gradfn(muA), gradfn(mCB), gradfn(mCv)]
next_fns(muA)
next_fns(mCB)
mAB
muA
mCv
shape(mCB)
backward(add(add(sum(mAB), sum(mAv)), add(add(mvv, sum(muA)), add(sum(mCB), sum(mCv)))))
grad(A)
grad(B)
grad(v)
grad(u)
grad(C)
"""),
    ('matmul_batched', """
manual_seed(37)
A = randn(4, 2, 3, requires_grad=True)
B = randn(4, 3, 5, requires_grad=True)
M = randn(5, 2, requires_grad=True)
u = randn(2, requires_grad=True)
P = matmul(A, B)
Q = matmul(M, A)
R = matmul(u, A)
S = matmul(randn(2, 1, 2, 3), randn(3, 3, 2))
[gradfn(P), gradfn(Q), gradfn(R)]
next_fns(Q)
next_fns(P)
shape(Q)
shape(R)
shape(S)
backward(add(sum(P), add(sum(Q), sum(R))))
grad(A)
grad(M)
grad(u)
bmm(A, B)
"""),
    ('matmul_errors', """
mm(ones(2, 3), ones(2, 3))
matmul(ones(2, 3), ones(2, 3))
mv(ones(2, 3), ones(2))
dot(ones(3), ones(4))
matmul(tensor(1.0), ones(2))
matmul(ones(2, 2, 3), ones(2, 2, 3))
mm(ones(2, 3), ones(3, 2, dtype=float64))  #2.11 !> RuntimeError: expected m1 and m2 to have the same dtype, but got: float != double
""", [('size mismatch, got 2, 2x3,2', 'size mismatch, got input (2), mat (2x3), vec (2)')]),
]

INPLACE = [
    ('inplace_on_nonleaf', """
manual_seed(38)
x = randn(3, requires_grad=True)
y = mul(x, 1)
add_(y, 1)
gradfn(y)
mul_(y, 2)
gradfn(y)
sub_(y, x)
div_(y, 2)
gradfn(y)
version(y)
backward(sum(y))
grad(x)
z = mul(x, 1)
zero_(z)
gradfn(z)
w = mul(x, 1)
fill_(w, 2.0)
gradfn(w)
"""),
    ('inplace_mul_by_tensor_needing_grad', """
manual_seed(39)
x = randn(3, requires_grad=True)
w = randn(3, requires_grad=True)
y = mul(x, 3)
mul_(y, w)
div_(y, add(w, 2))
backward(sum(y))
bits(grad(x))
bits(grad(w))
"""),
    ('inplace_on_views', """
manual_seed(40)
x = randn(3, 4, requires_grad=True)
y = mul(x, 1)
r = getitem(y, 1)
mul_(r, 2)
gradfn(y)
gradfn(r)
y
setitem(y, 0.0, 0, slice(None, 2, None))
gradfn(y)
setitem(y, tensor([5.0, 6.0, 7.0]), slice(None, None, None), 3)
backward(sum(mul(y, y)))
grad(x)
"""),
    ('inplace_setitem_advanced', """
manual_seed(41)
x = randn(3, 2, requires_grad=True)
v = randn(2, requires_grad=True)
y = mul(x, 1)
setitem(y, v, tensor([0, 2]))
gradfn(y)
y
backward(sum(mul(y, y)))
grad(x)
grad(v)
z = mul(x, 1)
setitem(z, 0.0, gt(z, 0))
z
"""),
    ('inplace_errors', """
manual_seed(42)
x = randn(3, requires_grad=True)
add_(x, 1)
zero_(x)
setitem(x, 1.0, 0)
v = getitem(x, 0)
mul_(v, 2)
i = tensor([1, 2])
div_(i, 2)
add_(i, 1.5)
add_(ones(3), ones(2, 3))
y = exp(x)
add_(y, 1)
backward(sum(y))
"""),
    ('saved_tensor_modified', """
manual_seed(43)
a = randn(3, requires_grad=True)
b = mul(a, 2)
c = mul(b, b)
add_(b, 1)
backward(sum(c))
"""),
]

AUTOGRAD = [
    ('retain_graph_and_second_backward', """
manual_seed(44)
x = randn(3, requires_grad=True)
y = sum(mul(x, x))
backward(y, retain_graph=True)
grad(x)
backward(y)
grad(x)
backward(y)
z = sum(add(x, 1))
backward(z)
backward(z)
grad(x)
"""),
    ('grad_accumulation_and_reset', """
x = ones(4, requires_grad=True)
backward(sum(mul(x, 3)))
grad(x)
backward(sum(mul(x, 3)))
grad(x)
zero_(grad(x))
grad(x)
set_grad(x, None)
grad(x)
backward(sum(x))
grad(x)
"""),
    ('retain_grad_and_nonleaf_warning', """
manual_seed(45)
x = randn(3, requires_grad=True)
y = mul(x, 2)
z = mul(x, 3)
retain_grad(y)
backward(sum(mul(y, z)))
grad(y)
grad(z)
is_leaf(y)
"""),
    ('no_grad', """
manual_seed(46)
w = randn(3, requires_grad=True)
set_grad_enabled(False)
is_grad_enabled()
y = mul(w, 2)
requires_grad(y)
gradfn(y)
is_leaf(y)
sub_(w, mul(ones(3), 0.5))
set_grad_enabled(True)
is_grad_enabled()
w
is_leaf(w)
sub_(w, 1)
backward(y)
"""),
    ('detach_shares_storage', """
manual_seed(47)
x = randn(3, requires_grad=True)
d = detach(x)
requires_grad(d)
is_leaf(d)
mul_(d, 2)
x
version(x)
version(d)
y = mul(x, x)
setitem(d, 0.0, 0)
backward(sum(y))
"""),
    ('requires_grad_rules', """
tensor([1, 2, 3], requires_grad=True)
requires_grad_(tensor([1, 2]))
x = requires_grad_(mul(ones(2), 2))
x
is_leaf(x)
y = mul(x, 2)
requires_grad_(y, False)
set_requires_grad(y, False)
set_requires_grad(x, False)
requires_grad(x)
requires_grad(add(tensor([1.0]), tensor([2.0], requires_grad=True)))
"""),
    ('backward_errors', """
manual_seed(48)
x = randn(3, requires_grad=True)
y = mul(x, 2)
backward(y)
backward(y, ones(2))
backward(y, ones(3, 1))
backward(sum(ones(3)))
backward(y, tensor([1.0, 0.5, 2.0]))
grad(x)
set_grad(x, ones(2))  #2.11 !> RuntimeError: attempting to assign a gradient of size '[2]' to a tensor of size '[3]'. Please ensure that the gradient and the tensor are the same size
set_grad(x, ones(3, dtype=float64))  #2.11 !> RuntimeError: attempting to assign a gradient with dtype 'double' to a tensor with grad_dtype 'float'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume they match.
item(y)  #2.11 !> RuntimeError: a Tensor with 3 elements cannot be converted to Scalar
float_(y)
item(sum(y))
"""),
    ('backward_vector_jacobian', """
manual_seed(49)
x = randn(2, 3, requires_grad=True)
y = mul(x, x)
backward(y, reshape(arange(6.0), 2, 3))
bits(grad(x))
"""),
    ('autograd_grad_and_double_backward', """
manual_seed(50)
x = randn(3, requires_grad=True)
y = sum(pow(x, 3))
g = autograd_grad([y], [x], create_graph=True)
g
gradfn(getitem(g, 0))
backward(sum(getitem(g, 0)))
grad(x)
z = sum(mul(x, 2))
autograd_grad([z], [x])
autograd_grad([z], [x, randn(2, requires_grad=True)])
autograd_grad([sum(mul(x, 2))], [x, randn(2, requires_grad=True)], allow_unused=True)
autograd_grad([sum(mul(x, 2))], [randn(2)])
"""),
    ('double_backward_through_ops', """
manual_seed(51)
x = randn(2, 3, requires_grad=True)
y = sum(mul(softmax(x, 1), tanh(x)))
g = getitem(autograd_grad([y], [x], create_graph=True), 0)
backward(sum(mul(g, g)))
grad(x)
a = randn(4, requires_grad=True)
m = max(mul(a, a))
ga = getitem(autograd_grad([m], [a], create_graph=True), 0)
gradfn(ga)
"""),
    ('graph_shape', """
manual_seed(52)
x = randn(3, requires_grad=True)
y = add(mul(x, 2), 1)
gradfn(y)
next_fns(y)
next_fns(mul(x, 2))
z = sum(y)
next_fns(z)
"""),
    ('item_tolist_exact', """
manual_seed(53)
x = randn(3, requires_grad=True)
item(sum(x))
tolist(mul(x, 0.1))
item(mean(x))
numel(x)
item(max(tensor([1, 9, 3])))
"""),
]

LOSSES = [
    ('mse_loss', """
manual_seed(56)
a = randn(3, 4, requires_grad=True)
b = randn(3, 4)
l = mse_loss(a, b)
bits(l)
gradfn(l)
backward(l)
bits(grad(a))
bits(mse_loss(a, b, reduction='sum'))
bits(mse_loss(a, b, reduction='none'))
mse_loss(a, b, reduction='avg')
"""),
    ('nll_loss_after_log_softmax', """
manual_seed(57)
x = randn(5, 4, requires_grad=True)
t = tensor([1, 0, 3, 3, 2])
l = nll_loss(log_softmax(x, 1), t)
bits(l)
gradfn(l)
backward(l)
bits(grad(x))
bits(nll_loss(log_softmax(x, 1), t, reduction='sum'))
bits(nll_loss(log_softmax(x, 1), t, reduction='none'))
bits(nll_loss(log_softmax(x, 1), t, ignore_index=3))
nll_loss(x, tensor([1, 0, 4, 3, 2]))
"""),
    ('bce_with_logits_and_addmm', """
manual_seed(58)
x = randn(6, requires_grad=True)
y = tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.5])
l = bce_with_logits(x, y)
bits(l)
gradfn(l)
backward(l)
bits(grad(x))
bits(bce_with_logits(x, y, reduction='none'))
W = randn(3, 4, requires_grad=True)
bias = randn(4, requires_grad=True)
A = randn(2, 3)
o = addmm(bias, A, W)
gradfn(o)
o
backward(sum(o))
grad(W)
bits(grad(bias))
"""),
]

CASES = ARITHMETIC + UNARY + REDUCTIONS + STATS + MASKS + SHAPES + INPLACE + AUTOGRAD + LOSSES
