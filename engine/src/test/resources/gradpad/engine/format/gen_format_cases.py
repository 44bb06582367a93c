"""Generates the expected texts for gradpad.engine.format tests, from real CPython.

Run from this directory with the machine's CPython 3.11 (pure Python, no numpy/torch needed):

    /usr/bin/python3 gen_format_cases.py            # writes the *.tsv files beside this script
    /usr/bin/python3 gen_format_cases.py --torch    # also checks every tensor repr against torch

Tensor reprs come from print_ref.py (/work/shared/oracle/refs, verified against torch), copied
into ref_print.py beside this script so the generator is self-contained.

File format: one case per line, fields separated by tabs; inside a field, backslash, tab, CR and
newline are escaped as \\\\, \\t, \\r, \\n. A double is written as the 16 hex digits of its bits; a float32
tensor element as the 8 hex digits of its binary32 bits.
An expected Python exception is written as '!Type' and the message in the next field.
"""
import math
import os
import random
import struct
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ref_print  # noqa: E402  (a copy of print_ref.py)

CHECK_TORCH = '--torch' in sys.argv


def esc(s):
    return (s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r')
            .replace('\n', '\\n'))


def hx(v):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]


def hx32(v):
    """A float32 value as the 8 hex digits of its binary32 bits."""
    return '%08x' % struct.unpack('<I', struct.pack('<f', v))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def f32(v):
    """The binary32 value nearest to v (as torch.tensor(..., dtype=float32) rounds)."""
    try:
        return struct.unpack('<f', struct.pack('<f', v))[0]
    except OverflowError:
        return math.copysign(math.inf, v)


def outcome(fn):
    """(result,) or ('!Type', message)."""
    try:
        return (fn(),)
    except Exception as e:  # noqa: BLE001 -- any Python error is an expected outcome
        return ('!' + type(e).__name__, str(e))


def write(name, rows):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write('\t'.join(esc(str(x)) for x in r) + '\n')
    print(name, len(rows))


def nextafter(v, d):
    return math.nextafter(v, d)


# ---- doubles worth testing ---------------------------------------------------------------
def interesting_doubles(rnd):
    vals = []
    for _ in range(3000):                       # every exponent, subnormals included
        b = rnd.getrandbits(63)
        if (b >> 52) == 0x7FF:
            continue
        vals.append(from_bits(b) * rnd.choice([1, -1]))
    for _ in range(2000):                       # float32 values widened to double
        b = rnd.getrandbits(31)
        if (b >> 23) == 0xFF:
            continue
        vals.append(struct.unpack('<f', struct.pack('<I', b))[0])
    for _ in range(1000):                       # float32 of everyday magnitudes
        vals.append(f32(rnd.gauss(0, 1) * 10 ** rnd.randint(-6, 6)))
    for _ in range(600):                        # whole numbers
        vals.append(float(rnd.randint(-10 ** rnd.randint(0, 22), 10 ** rnd.randint(0, 22))))
    for e in range(-325, 310):                  # powers of ten and their neighbours
        v = float('1e%d' % e)
        vals += [v, nextafter(v, 0), nextafter(v, math.inf)]
    for e in range(-1074, 1024, 3):             # powers of two (uneven gaps) and neighbours
        v = math.ldexp(1.0, e)
        vals += [v, nextafter(v, 0), nextafter(v, math.inf)]
    for _ in range(800):                        # short decimals, near the repr switch-overs
        digits = rnd.randint(1, 17)
        m = rnd.randint(10 ** (digits - 1), 10 ** digits - 1)
        vals.append(float('%de%d' % (m, rnd.choice([-25, -21, -20, -19, -18, -17, -16, -5, -4, -3,
                                                      -2, 0, 3, 10, 14, 15, 16, 17, 20]))))
    for _ in range(300):                        # ties between two shortest candidates
        vals.append((2 ** 53 - rnd.randint(1, 2 ** 51)) / 4)
        vals.append(rnd.randint(2 ** 52, 2 ** 53) / 8)
    vals += [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
             1.7976931348623157e308, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15,
             9999999999999998.0, 1e-4, 9.999999999999999e-05, 1e22, 1e23, 2.0 ** 63, 2.0 ** 64,
             123456789012345678.0, 4.35, 0.15, 2.675, math.pi, math.e]
    return vals


def float_repr_cases(rnd):
    vals = interesting_doubles(rnd) + [math.inf, -math.inf, math.nan]
    return [(hx(v), repr(v)) for v in vals]


def fixed_sci_values(rnd):
    vals = []
    for _ in range(700):
        vals.append(f32(rnd.gauss(0, 1) * rnd.choice([1, 1, 10, 100, 0.01, 1e-4, 1e5])))
    for _ in range(300):
        vals.append(rnd.gauss(0, 1) * 10 ** rnd.randint(-12, 12))
    for _ in range(400):                        # exact ties: odd / 2^j
        j = rnd.randint(1, 14)
        vals.append(rnd.choice([1, -1]) * rnd.randint(0, 2 ** (j + 4)) / 2 ** j)
    for _ in range(200):                        # integers ending in 5s: ties in 'e' format
        vals.append(float(rnd.randint(1, 99999) * 10 ** rnd.randint(0, 6) + 5 * 10 ** rnd.randint(0, 3)))
    for _ in range(100):
        b = rnd.getrandbits(63)
        if (b >> 52) != 0x7FF:
            vals.append(from_bits(b))
    vals += [0.03125, 0.28125, 1.03125, 103125.0, 2.5, 3.5, 0.5, 1.5, -0.5, 0.125, 0.375,
             0.0, -0.0, 9.5, 99.5, 999.9999, 0.99995, 1.00005, 5e-324, 1e300, -1e-300,
             math.inf, -math.inf, math.nan]
    return vals


def fixed_sci_cases(rnd):
    rows = []
    for v in fixed_sci_values(rnd):
        for p in range(0, 9):
            rows.append((hx(v), p, format(v, '.%df' % p), format(v, '.%de' % p)))
    return rows


def round_cases(rnd):
    rows = []
    vals = fixed_sci_values(rnd)[:1500] + [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 1.5e-310,
                                           5e-324, 1.7e308, -1.7e308, 1e300, 123456.789]
    for v in vals:
        for n in rnd.sample(range(-8, 20), 4) + [0]:
            rows.append((hx(v), n) + tuple(hx(x) if isinstance(x, float) else x
                                           for x in outcome(lambda: round(v, n))))
    for v, n in [(1.7e308, -308), (1.7976931348623157e308, -300), (5e-324, 323), (5e-324, 324),
                 (1e-300, 400), (123.0, -309), (-123.0, -400), (math.inf, 2), (math.nan, 2),
                 (-0.0, 3), (0.5, 0), (1.5, 0), (-0.4, 0), (2.5e-8, 8)]:
        rows.append((hx(v), n) + tuple(hx(x) if isinstance(x, float) else x
                                       for x in outcome(lambda: round(v, n))))
    for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5,
              4503599627370497.0, -0.0, 1e300, 0.0] + [rnd.uniform(-100, 100) for _ in range(200)] \
            + [rnd.randint(-40, 40) / 2 for _ in range(100)]:
        r = round(v)
        rows.append((hx(v), 'int', hx(math.copysign(float(r), v) if r == 0 else float(r))))
    return rows


def parse_cases(rnd):
    texts = []
    for v in interesting_doubles(rnd)[::7]:
        texts.append(repr(v))
    for _ in range(600):
        digits = ''.join(rnd.choice('0123456789') for _ in range(rnd.randint(1, 30)))
        point = rnd.randint(0, len(digits))
        t = digits[:point] + '.' + digits[point:] if rnd.random() < 0.7 else digits
        if rnd.random() < 0.6:
            t += rnd.choice('eE') + rnd.choice(['', '+', '-']) + str(rnd.randint(0, 340))
        texts.append(rnd.choice(['', '-', '+']) + t)
    for _ in range(200):                        # halfway between two doubles, exactly
        b = rnd.getrandbits(63) & ~(0x7FF << 52) | (rnd.randint(0, 2045) << 52)
        m = from_bits(b)
        if math.isfinite(m) and m > 0:
            mid = (Fraction(m) + Fraction(nextafter(m, math.inf))) / 2
            texts.append('%s' % _fraction_to_decimal(mid))
    texts += ['1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '0x10', 'inf', '-Infinity',
              'nAn', '+nan', 'infinit', ' 1.5\n', '\t-2e-3 ', '.', '1.', '.5', 'e5', '1e', '1e+',
              '', ' ', 'abc', "it's", '1.5.5', '4.9e-324', '2.4703282292062327e-324',
              '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308',
              '1e400', '-1e-400', '0e999999999999999999', '1' * 400, '0.' + '0' * 400 + '1e400']
    return [(t,) + tuple(hx(x) if isinstance(x, float) else x for x in outcome(lambda: float(t)))
            for t in texts]


def _fraction_to_decimal(fr):
    """Exact decimal text of a dyadic fraction."""
    n, d = fr.numerator, fr.denominator
    k = d.bit_length() - 1                       # d == 2^k
    digits = str(n * 5 ** k)
    if k == 0:
        return digits
    digits = digits.rjust(k + 1, '0')
    return digits[:-k] + '.' + digits[-k:]


# ---- format() ---------------------------------------------------------------------------
FILLS = ['', '', '', '*', '0', ' ', 'x', '\u00e9', '\U0001F600', '<', '{']
ALIGNS = ['', '', '<', '>', '^', '=']
SIGNS = ['', '', '+', '-', ' ']
WIDTHS = ['', '', '', '0', '1', '5', '8', '12', '20', '05', '010']
GROUPS = ['', '', '', ',', '_']
PRECS = ['', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 'x', 's', 'c']
INT_TYPES = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'f', 'g', '%', 'E', 's']
STR_TYPES = ['', '', 's', 'd', 'f']


def rand_spec(rnd, types, strict=False):
    """A random spec; strict=True makes the options a str or int rejects rare."""
    def pick(options, rare=0.8):
        return '' if strict and rnd.random() < rare else rnd.choice(options)
    fill = rnd.choice(FILLS)
    align = rnd.choice(ALIGNS[:5] if strict and rnd.random() < 0.9 else ALIGNS)
    if fill and not align:
        align = rnd.choice(ALIGNS[2:5])
    return (fill + align + pick(SIGNS) + pick(['', '', '', 'z'], 0.9) + pick(['', '', '#']) +
            rnd.choice(WIDTHS) + pick(GROUPS) + pick(PRECS, 0.5 if types is STR_TYPES else 0.9) +
            rnd.choice(types))


def garbage_spec(rnd):
    return ''.join(rnd.choice('<>=^+- z#0123456789,_.eEfFgGdxXbocns%!') for _ in range(rnd.randint(1, 6)))


def format_cases(rnd):
    rows = []
    fvals = fixed_sci_values(rnd)[::3] + [1234567.891, -1234.5, 0.0, -0.0, 1e16, 1e-5, 123.0]
    for i in range(2500):
        v = rnd.choice(fvals)
        spec = rand_spec(rnd, FLOAT_TYPES) if i % 10 else garbage_spec(rnd)
        rows.append(('float', hx(v), spec) + outcome(lambda: format(v, spec)))
    ivals = [0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 65, 0x10FFFF, 0x110000, 128512,
             2 ** 62, -2 ** 63, 2 ** 63 - 1, 10 ** 15, 123456789]
    for i in range(2000):
        v = rnd.choice(ivals + [rnd.randint(-10 ** 12, 10 ** 12)])
        spec = rand_spec(rnd, INT_TYPES, i % 2 == 0) if i % 10 else garbage_spec(rnd)
        rows.append(('int', v, spec) + outcome(lambda: format(v, spec)))
    for i in range(300):
        v = rnd.random() < 0.5
        spec = rand_spec(rnd, INT_TYPES) if i % 6 else ''
        rows.append(('bool', v, spec) + outcome(lambda: format(v, spec)))
    svals = ['', 'a', 'abc', 'hello world', 'tensor', '\u00e9t\u00e9', '\U0001F600x', 'tab\there']
    for i in range(1200):
        v = rnd.choice(svals)
        spec = rand_spec(rnd, STR_TYPES, i % 4 != 0) if i % 8 else garbage_spec(rnd)
        rows.append(('str', v, spec) + outcome(lambda: format(v, spec)))
    for spec in ['', '>5', 's', '10']:
        rows.append(('none', 'None', spec) + outcome(lambda: format(None, spec)))
    fixed = [('float', 1234.5, '012,.1f'), ('int', 1234, '09,'), ('int', 1234, '0=10,'),
             ('int', 65, '05c'), ('float', math.inf, '010'), ('float', -math.nan, '+'),
             ('int', 255, '#X'), ('int', 255, '#010x'), ('int', 123456789, '_x'),
             ('float', 0.0, '#g'), ('float', 0.0, '.3'), ('float', 1e16, '.3'),
             ('float', 123.0, '.3'), ('float', 1e-5, '%'), ('float', -0.0, 'z.1f'),
             ('float', -0.001, 'z.1f'), ('float', 1e308, '%'), ('int', 5, '99999999999999999999999'),
             ('float', 5.0, '.99999999999999999999999f'), ('float', 5.0, '.3000000000f'),
             ('str', 'abc', '05'), ('int', -1, 'c'), ('int', 5, '\x01'), ('int', 5, '\u00e9'),
             ('str', 'abc', ' '), ('str', 'abc', ',,'), ('float', 0.5, '.0f'), ('float', 2.5, '.0%'),
             ('float', 1e100, ',.2f'), ('float', 12345.678, 'n'), ('float', 1.5, '#.0e'),
             ('int', 5, '#.0'), ('float', 0.1, '.30f'), ('float', 0.1, '.30'), ('float', 1e22, ''),
             ('float', 1e22, '.20'), ('float', 1e-7, '.4f'), ('float', -0.00001, '.4f')]
    for kind, v, spec in fixed:
        rows.append((kind, hx(v) if kind == 'float' else v, spec) +
                    outcome(lambda: format(v, spec)))
    return rows


# ---- tensors ----------------------------------------------------------------------------
def rand_tensor_value(kind, rnd, style):
    if kind == 'bool':
        return rnd.random() < 0.5
    if kind == 'int':
        return rnd.randint(-10 ** rnd.randint(0, 12), 10 ** rnd.randint(0, 12))
    if style == 'whole':
        return float(rnd.randint(-50, 50))
    c = rnd.random()
    if c < 0.05:
        return rnd.choice([math.nan, math.inf, -math.inf, 0.0, -0.0])
    if c < 0.3:
        return float(rnd.randint(-2000, 2000))
    if c < 0.4:
        return rnd.uniform(-1, 1) * 10 ** rnd.randint(-9, 12)
    if style == 'huge':
        return rnd.gauss(0, 1) * 10 ** rnd.randint(-40, 40)
    return rnd.gauss(0, 1) * rnd.choice([1, 1, 1, 10, 100, 0.01])


def tensor_case(rnd):
    dtype = rnd.choice(['float32'] * 6 + ['float64', 'float64', 'int64', 'int64', 'bool'])
    ndim = rnd.choice([0, 1, 1, 1, 2, 2, 3, 4])
    shape = tuple(rnd.choice([0, 1, 2, 3, 5, 7, 8, 13]) if rnd.random() < 0.9
                  else rnd.choice([40, 300, 1001, 1500]) for _ in range(ndim))
    numel = math.prod(shape)
    if numel > 4000:
        shape = tuple(min(s, 7) for s in shape)
        numel = math.prod(shape)
    kind = 'float' if dtype.startswith('float') else dtype.replace('64', '')
    style = rnd.choice(['mixed', 'mixed', 'whole', 'huge'])
    vals = [rand_tensor_value(kind, rnd, style) for _ in range(numel)]
    if dtype == 'float32':
        vals = [f32(v) for v in vals]
    rg = kind == 'float' and rnd.random() < 0.3
    gf = rnd.choice([None, 'MulBackward0', 'AddBackward0', 'MeanBackward0']) if rg else None
    return shape, vals, dtype, rg, gf


FIXED_TENSORS = [
    ((3,), [0.3366995155811310, 0.1288091540336609, 0.2344883978366852], 'float32', False, None),
    ((2, 2), [1.0, 2.0, 3.0, 4.0], 'float32', True, None),
    ((), [4.994852542877197], 'float32', False, 'MeanBackward0'),
    ((8,), [f32(i / 7) for i in range(8)], 'float32', True, None),
    ((2000,), list(range(2000)), 'int64', False, None),
    ((1001,), [float(i) for i in range(1001)], 'float32', False, None),
    ((1001,), [f32(i / 3) for i in range(1001)], 'float32', False, None),
    ((1000,), [float(i) for i in range(1000)], 'float32', False, None),
    ((30, 40), [f32(math.sin(i)) for i in range(1200)], 'float32', True, 'TanhBackward0'),
    ((3, 20, 20), [float(i) for i in range(1200)], 'float64', False, None),
    ((11, 11, 11), [i % 3 == 0 for i in range(1331)], 'bool', False, None),
    ((2, 3, 4, 5), [f32(i * 0.37 - 20) for i in range(120)], 'float32', False, 'ViewBackward0'),
    ((0,), [], 'float32', False, None), ((0,), [], 'int64', False, None),
    ((0,), [], 'bool', False, None), ((2, 0), [], 'float64', True, None),
    ((0, 3), [], 'float32', False, None), ((2, 0, 3), [], 'int64', False, None),
    ((4,), [1.0, math.nan, math.inf, -math.inf], 'float32', False, None),
    ((2,), [1.5, math.nan], 'float32', False, None), ((1,), [math.nan], 'float32', False, None),
    ((), [math.inf], 'float32', False, None), ((2,), [f32(1e-6), math.inf], 'float32', False, None),
    ((2,), [-0.0, 1.0], 'float32', False, None), ((2,), [-0.0, 0.5], 'float32', False, None),
    ((2,), [1.0, 1000.0], 'float32', False, None), ((2,), [1.0, 1001.0], 'float32', False, None),
    ((2,), [f32(0.001), 1.0], 'float32', False, None), ((1,), [f32(99999999.0)], 'float32', False, None),
    ((2,), [f32(1e-4), 0.5], 'float32', False, None), ((3,), [0.03125, 0.28125, 1.03125], 'float32', False, None),
    ((2,), [1.0, 103125.0], 'float32', False, None), ((3,), [1, -20, 300], 'int64', False, None),
    ((3,), [True, False, True], 'bool', False, None), ((), [7], 'int64', False, None),
    ((), [True], 'bool', False, None), ((), [f32(-1e-4)], 'float32', True, None),
    ((), [3.5], 'float64', False, 'AddBackward0'), ((30,), [f32(i / 7) for i in range(30)], 'float32', False, None),
    ((5, 6), [f32(i / 7) for i in range(30)], 'float32', True, None),
    ((7,), [f32(i / 7) for i in range(7)], 'float64', True, 'MulBackward0'),
    ((9,), [f32(i * 1.1e7) for i in range(9)], 'float32', True, 'MulBackward0'),
    ((4,), [0.0, 0.0, -0.0, 0.0], 'float32', False, None),
    ((3,), [5e-324, 1.7976931348623157e308, -1.0], 'float64', False, None),
]


def tensor_cases(rnd):
    cases = list(FIXED_TENSORS) + [tensor_case(rnd) for _ in range(1200)]
    rows = []
    for shape, vals, dtype, rg, gf in cases:
        if dtype == 'float32':
            vals = [f32(v) for v in vals]
            enc = ' '.join(hx32(v) for v in vals)
        elif dtype == 'float64':
            enc = ' '.join(hx(v) for v in vals)
        else:
            enc = ' '.join(str(int(v)) for v in vals)
        want = ref_print.tensor_repr(shape, vals, dtype, requires_grad=rg, grad_fn=gf)
        rows.append((dtype, ','.join(str(s) for s in shape), enc, 'True' if rg else 'False',
                     gf or '', want))
        if CHECK_TORCH:
            check_torch(shape, vals, dtype, rg, gf, want)
    return rows


def check_torch(shape, vals, dtype, rg, gf, want):
    import torch
    t = torch.tensor(vals, dtype=getattr(torch, dtype)).reshape(shape)
    if rg or gf:
        t.requires_grad_(True)
    got = repr(t)
    if gf is not None:                      # torch names the real grad_fn: swap in ours
        got = repr(t * 1).replace('MulBackward0', gf)
    if got != want:
        raise SystemExit('torch disagrees:\n%s\n%s' % (got, want))


def size_cases():
    shapes = [(), (0,), (3,), (2, 3), (2, 0, 4), (1, 1, 1, 1), (1000, 7)]
    return [(','.join(str(s) for s in sh), ref_print.size_repr(sh)) for sh in shapes]


def main():
    rnd = random.Random(20240611)
    write('float_repr.tsv', float_repr_cases(rnd))
    write('float_fixed_sci.tsv', fixed_sci_cases(rnd))
    write('float_round.tsv', round_cases(rnd))
    write('float_parse.tsv', parse_cases(rnd))
    write('format_spec.tsv', format_cases(rnd))
    write('tensor_repr.tsv', tensor_cases(rnd))
    write('size_repr.tsv', size_cases())
    if CHECK_TORCH:
        print('all tensor reprs agree with torch')


if __name__ == '__main__':
    main()
