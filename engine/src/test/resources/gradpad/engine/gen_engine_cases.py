#!/usr/bin/env python3
"""Records what real PyTorch does for each engine case, for EngineCasesTest to replay.

Run with Debian's torch (1.13.1):  /usr/bin/python3 gen_engine_cases.py > engine_cases.txt

A case is a few statements of a tiny call-only language that is valid Python: names, numbers,
strings, lists, ``...``, ``None``/``True``/``False`` and calls with keyword arguments. The
statements run here against the helper functions below (thin wrappers over torch, written the
way a tutorial writes PyTorch); EngineCasesTest parses the same statements and runs them
through gradpad's Java API. An expression statement's value is recorded as ``-> text`` (fmt
below: tensors as repr, bits(x) as exact bit patterns), an exception as ``!> Type: message``,
a warning as ``~> Category: message``.

gradpad follows PyTorch 2.11, not the installed 1.13.1. The differences are applied here:
GLOBAL_REWRITES (texts 2.11 prints differently, see ../../../../../../shared/oracle/README.md
and SPEC-autograd.md), per-case rewrites, and a statement ending in ``#2.11 <expected>``, whose
recorded output is replaced by <expected> (where 2.11 behaves differently, e.g. raises; lines
separated by `` || ``).
"""
import math
import struct
import sys
import warnings

import torch

torch.set_num_threads(1)

# ---- how values print ------------------------------------------------------------------------


def fmt(v):
    if v is None:
        return 'None'
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, (int, str)):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, torch.dtype):
        return str(v)
    if isinstance(v, (list, tuple)) and not hasattr(v, 'values'):
        return '[' + ', '.join(fmt(x) for x in v) + ']'
    return repr(v)


def bits(t):
    """Exact elements: float32 as 8 hex digits, float64 as 16, ints in decimal, bools as 0/1."""
    flat = t.detach().reshape(-1).tolist()
    if t.dtype == torch.float32:
        words = ['%08x' % struct.unpack('<I', struct.pack('<f', v))[0] for v in flat]
    elif t.dtype == torch.float64:
        words = ['%016x' % struct.unpack('<Q', struct.pack('<d', v))[0] for v in flat]
    else:
        words = [str(int(v)) for v in flat]
    return (str(t.dtype).replace('torch.', '') + str(list(t.shape)) + ' ' + ' '.join(words)).rstrip()


# ---- the helpers the cases call (EngineCasesTest implements each one) ----------------------

float32, float64, int64, bool_ = torch.float32, torch.float64, torch.int64, torch.bool
inf, nan = math.inf, math.nan


def manual_seed(n):
    torch.manual_seed(n)


def tensor(data, dtype=None, requires_grad=False):
    return torch.tensor(data, dtype=dtype, requires_grad=requires_grad)


def randn(*shape, dtype=None, requires_grad=False):
    return torch.randn(*shape, dtype=dtype, requires_grad=requires_grad)


def rand(*shape, dtype=None, requires_grad=False):
    return torch.rand(*shape, dtype=dtype, requires_grad=requires_grad)


def zeros(*shape, dtype=None, requires_grad=False):
    return torch.zeros(*shape, dtype=dtype, requires_grad=requires_grad)


def ones(*shape, dtype=None, requires_grad=False):
    return torch.ones(*shape, dtype=dtype, requires_grad=requires_grad)


def arange(*args, dtype=None):
    return torch.arange(*args, dtype=dtype)


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def pow(a, b): return a ** b
def neg(a): return -a
def matmul(a, b): return a @ b
def mm(a, b): return torch.mm(a, b)
def mv(a, b): return torch.mv(a, b)
def dot(a, b): return torch.dot(a, b)
def bmm(a, b): return torch.bmm(a, b)
def exp(x): return torch.exp(x)
def log(x): return torch.log(x)
def sqrt(x): return torch.sqrt(x)
def abs(x): return torch.abs(x)
def tanh(x): return torch.tanh(x)
def sigmoid(x): return torch.sigmoid(x)
def relu(x): return torch.relu(x)
def sin(x): return torch.sin(x)
def cos(x): return torch.cos(x)
def reciprocal(x): return torch.reciprocal(x)
def gt(a, b): return a > b
def lt(a, b): return a < b
def ge(a, b): return a >= b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b


def _dims(dim):
    return tuple(dim) if isinstance(dim, list) else dim


def sum(x, dim=None, keepdim=False, dtype=None):
    if dim is None:
        return x.sum(dtype=dtype)
    return x.sum(_dims(dim), keepdim=keepdim, dtype=dtype)


def mean(x, dim=None, keepdim=False):
    return x.mean() if dim is None else x.mean(_dims(dim), keepdim=keepdim)


def max(x, dim=None, keepdim=False):
    if isinstance(dim, torch.Tensor):
        return torch.max(x, dim)
    return x.max() if dim is None else x.max(dim, keepdim=keepdim)


def min(x, dim=None, keepdim=False):
    if isinstance(dim, torch.Tensor):
        return torch.min(x, dim)
    return x.min() if dim is None else x.min(dim, keepdim=keepdim)


def argmax(x, dim=None, keepdim=False): return x.argmax(dim, keepdim=keepdim)
def argmin(x, dim=None, keepdim=False): return x.argmin(dim, keepdim=keepdim)
def maximum(a, b): return torch.maximum(a, b)
def minimum(a, b): return torch.minimum(a, b)
def clamp(x, min=None, max=None): return x.clamp(min, max)
def where(c, a, b): return torch.where(c, a, b)
def softmax(x, dim, dtype=None): return x.softmax(dim, dtype=dtype)
def log_softmax(x, dim, dtype=None): return x.log_softmax(dim, dtype=dtype)
def logsumexp(x, dim, keepdim=False): return torch.logsumexp(x, _dims(dim), keepdim=keepdim)


def _stat(f, x, dim, unbiased, keepdim, correction):
    kw = {}
    if unbiased is not None:
        kw['unbiased'] = unbiased
    if correction is not None:
        kw['correction'] = correction
    if dim is None and not keepdim and correction is None:
        return f(x, **kw)
    return f(x, _dims(dim), keepdim=keepdim, **kw)


def std(x, dim=None, unbiased=None, keepdim=False, correction=None):
    return _stat(torch.Tensor.std, x, dim, unbiased, keepdim, correction)


def var(x, dim=None, unbiased=None, keepdim=False, correction=None):
    return _stat(torch.Tensor.var, x, dim, unbiased, keepdim, correction)


def norm(x, p='fro', dim=None, keepdim=False): return x.norm(p, _dims(dim), keepdim)


def prod(x, dim=None, keepdim=False, dtype=None):
    return x.prod(dtype=dtype) if dim is None else x.prod(dim, keepdim=keepdim, dtype=dtype)


def masked_fill(x, mask, value): return x.masked_fill(mask, value)
def masked_fill_(x, mask, value): return x.masked_fill_(mask, value)
def gather(x, dim, index): return torch.gather(x, dim, index)
def view(x, *shape): return x.view(*shape)
def reshape(x, *shape): return x.reshape(*shape)
def transpose(x, a, b): return x.transpose(a, b)
def t(x): return x.t()
def T(x): return x.T
def permute(x, *dims): return x.permute(*dims)
def unsqueeze(x, d): return x.unsqueeze(d)
def squeeze(x, d=None): return x.squeeze() if d is None else x.squeeze(d)
def expand(x, *sizes): return x.expand(*sizes)
def flatten(x, start=0, end=-1): return x.flatten(start, end)
def repeat(x, *r): return x.repeat(*r)
def flip(x, *dims): return x.flip(dims)
def contiguous(x): return x.contiguous()
def is_contiguous(x): return x.is_contiguous()
def clone(x): return x.clone()
def detach(x): return x.detach()
def to(x, dtype): return x.to(dtype)


def _index(items):
    return items[0] if len(items) == 1 else tuple(items)


def getitem(x, *items): return x[_index(items)]


def setitem(x, value, *items):
    x[_index(items)] = value


def mse_loss(a, b, reduction='mean'): return torch.nn.functional.mse_loss(a, b, reduction=reduction)


def nll_loss(a, t, reduction='mean', ignore_index=-100):
    return torch.nn.functional.nll_loss(a, t, reduction=reduction, ignore_index=ignore_index)


def bce_with_logits(a, b, reduction='mean'):
    return torch.nn.functional.binary_cross_entropy_with_logits(a, b, reduction=reduction)


def addmm(bias, a, b): return torch.addmm(bias, a, b)
def cat(ts, dim=0): return torch.cat(ts, dim)
def stack(ts, dim=0): return torch.stack(ts, dim)
def add_(x, o): return x.add_(o)
def sub_(x, o): return x.sub_(o)
def mul_(x, o): return x.mul_(o)
def div_(x, o): return x.div_(o)
def zero_(x): return x.zero_()
def fill_(x, v): return x.fill_(v)
def copy_(x, src): return x.copy_(src)


def backward(y, gradient=None, retain_graph=None, create_graph=False):
    y.backward(gradient, retain_graph=retain_graph, create_graph=create_graph)


def grad(x): return x.grad


def set_grad(x, g):
    x.grad = g


def retain_grad(y): y.retain_grad()
def requires_grad_(x, flag=True): return x.requires_grad_(flag)


def set_requires_grad(x, flag):
    x.requires_grad = flag


def autograd_grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=False):
    return list(torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph=retain_graph,
                                    create_graph=create_graph, allow_unused=allow_unused))


def set_grad_enabled(flag):
    torch.set_grad_enabled(flag)


def is_grad_enabled(): return torch.is_grad_enabled()
def gradfn(x): return None if x.grad_fn is None else x.grad_fn.name()


def next_fns(x):
    return [None if f is None else f.name() for f, _ in x.grad_fn.next_functions]


def is_leaf(x): return x.is_leaf
def requires_grad(x): return x.requires_grad
def shape(x): return list(x.shape)
def dtype(x): return x.dtype
def item(x): return x.item()
def float_(x): return float(x)
def tolist(x): return x.tolist()
def version(x): return x._version
def numel(x): return x.numel()


# ---- 1.13.1 -> 2.11 ---------------------------------------------------------------------------

NONLEAF_2_11 = ("UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its "
                ".grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field "
                "to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the "
                "non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
                "github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at "
                "/pytorch/build/aten/src/ATen/core/TensorBody.h:494.)")

GLOBAL_REWRITES = [
    ('ReshapeAliasBackward0', 'ViewBackward0'),          # reshape/flatten of a contiguous tensor
    ('NormBackward1', 'LinalgVectorNormBackward0'),      # norm goes through linalg.vector_norm in 2.x
    ('SqueezeBackward3', 'SqueezeBackward4'),            # matmul's squeeze_(0): squeeze_.dim is 4 in 2.x
    ('set_detect_anomaly(True).', 'set_detect_anomaly(True, check_nan=False).'),
]


def rewrite_line(line, extra):
    if line.startswith('~> UserWarning: The .grad attribute of a Tensor that is not a leaf'):
        return '~> ' + NONLEAF_2_11
    for old, new in GLOBAL_REWRITES + extra:
        line = line.replace(old, new)
    return line


# ---- running a case ---------------------------------------------------------------------------

def run_case(name, source, rewrites):
    ns = {k: v for k, v in globals().items() if not k.startswith('_')}
    out = ['case ' + name]
    torch.set_grad_enabled(True)
    for raw in source.strip().splitlines():
        stmt = raw.strip()
        if not stmt or stmt.startswith('#'):
            continue
        override = None
        if '#2.11 ' in stmt:
            stmt, override = [s.strip() for s in stmt.split('#2.11 ', 1)]
        out.append('> ' + stmt)
        result = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                if _is_assignment(stmt):
                    exec(stmt, ns)
                else:
                    value = eval(stmt, ns)
                    if value is not None:
                        result += ['->' + ('' if line == '' else ' ' + line) for line in fmt(value).split('\n')]
            except Exception as e:  # noqa: BLE001 - every error is an expectation
                result.append('!> ' + type(e).__name__ + ': ' + str(e))
        warns = ['~> ' + w.category.__name__ + ': ' + str(w.message) for w in caught]
        lines = warns + result
        if override is not None:
            lines = [part.strip() for part in override.split(' || ')]
        out += [rewrite_line(l, rewrites) for l in lines]
    out.append('end')
    torch.set_grad_enabled(True)
    return out


def _is_assignment(stmt):
    depth = 0
    for i, ch in enumerate(stmt):
        if ch in '([':
            depth += 1
        elif ch in ')]':
            depth -= 1
        elif ch == '=' and depth == 0:
            return stmt[i + 1:i + 2] != '=' and stmt[i - 1:i] not in '=!<>'
    return False


def main():
    from engine_cases_list import CASES
    print('# Generated by gen_engine_cases.py from torch ' + torch.__version__ + ', rewritten to what PyTorch 2.11 '
          'prints. Do not edit: edit engine_cases_list.py and regenerate.')
    print('# > statement   -> value (tensors as repr; bits(x) exact)   !> exception   ~> warning')
    # torch.exp/log/sin/cos/tanh come from MKL's VML in MKL builds, from SLEEF otherwise (gradpad's VmlLibrary)
    print('# vml: ' + ('mkl' if torch.backends.mkl.is_available() else 'sleef'))
    count = 0
    for case in CASES:
        name, source = case[0], case[1]
        rewrites = case[2] if len(case) > 2 else []
        for line in run_case(name, source, rewrites):
            print(line)
        count += 1
    print('# ' + str(count) + ' cases')


if __name__ == '__main__':
    sys.path.insert(0, __import__('os').path.dirname(__file__))
    main()
