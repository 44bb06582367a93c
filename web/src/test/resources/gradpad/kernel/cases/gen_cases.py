#!/usr/bin/python3
"""Record what real Python + PyTorch print for our conformance cases (cases/own/*.py).

Usage, with a Python that has torch (Debian: /usr/bin/python3, torch 1.13.1):
    /usr/bin/python3 gen_cases.py              # (re)write own/NNN_name.out (+ .warn)
    /usr/bin/python3 gen_cases.py --check      # re-run, diff against the stored files
    /usr/bin/python3 gen_cases.py -j 4 own/301_x.py ...

Each snippet runs in a fresh interpreter exactly as /work/shared/oracle/refs/gen.py runs the
oracle corpus (runpy as __main__, warnings captured, PYTHONHASHSEED=0). The .out file is the
exact stdout, then, if the snippet ends in an uncaught exception, Python's last traceback line
'Type: message' (for SyntaxError and its subclasses only that last line: the lines above it name
the file and point at the column). Every ' at 0x<hex>' becomes ' at 0xADDR'. Warnings go to
.warn as 'Category: message' lines.

gradpad follows PyTorch 2.11, so the differences between 1.13.1 and 2.11 that the oracle's
README lists are rewritten here (REWRITES), and a case may add its own with comment lines
    # 2.11: OLD => NEW
for rewrites that are not safe globally (e.g. PowBackward1 is also 2.11's name for x ** y).
"""
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ADDR = re.compile(r' at 0x[0-9a-fA-F]+')
DIRECTIVE = re.compile(r'^#\s*2\.11:\s*(.*?)\s*=>\s*(.*?)\s*$', re.M)

# (pattern, replacement) applied to .out and .warn text: torch 1.13.1 -> 2.11 (oracle README).
REWRITES = [
    (re.compile(r'\bReshapeAliasBackward0\b'), 'ViewBackward0'),
    (re.compile(r'\bNormBackward1\b'), 'LinalgVectorNormBackward0'),
    (re.compile(r'set_detect_anomaly\(True\)\.'), 'set_detect_anomaly(True, check_nan=False).'),
    (re.compile(r'size mismatch, got (\d+), (\d+)x(\d+),(\d+)'),
     r'size mismatch, got input (\1), mat (\2x\3), vec (\4)'),
    (re.compile(r'for more informations\. \(Triggered internally at  \./build/aten/src/ATen/core/TensorBody\.h:480\.\)'),
     'for more information. (Triggered internally at /pytorch/build/aten/src/ATen/core/TensorBody.h:494.)'),
    (re.compile(r'sourceTensor\.clone\(\)\.detach\(\)'), 'sourceTensor.detach().clone()'),
]

CHILD = r'''
import sys, runpy, traceback, warnings, json
path, warn_path = sys.argv[1], sys.argv[2]
warns = []
def _show(message, category, filename, lineno, file=None, line=None):
    warns.append(category.__name__ + ': ' + str(message))
warnings.showwarning = _show
exc = None
try:
    runpy.run_path(path, run_name='__main__')
except BaseException as e:  # noqa
    lines = traceback.format_exception_only(type(e), e)
    if isinstance(e, SyntaxError):
        lines = lines[-1:]
    exc = ''.join(lines)
sys.stdout.flush()
if exc is not None:
    sys.stdout.write(exc if exc.endswith('\n') else exc + '\n')
    sys.stdout.flush()
with open(warn_path, 'w') as f:
    json.dump(warns, f)
'''


def rewrite(text, src):
    for pat, rep in REWRITES:
        text = pat.sub(rep, text)
    for old, new in DIRECTIVE.findall(src):
        text = text.replace(old, new)
    return ADDR.sub(' at 0xADDR', text)


def run_case(py, python=sys.executable):
    with tempfile.NamedTemporaryFile('r', suffix='.json', delete=False) as tf:
        wpath = tf.name
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    proc = subprocess.run([python, '-c', CHILD, py, wpath], capture_output=True, text=True,
                          env=env, cwd=os.path.dirname(py), timeout=300)
    try:
        with open(wpath) as f:
            warns = json.load(f)
    except Exception:  # noqa
        warns = ['<<child failed: ' + proc.stderr.strip().splitlines()[-1] + '>>'] if proc.stderr.strip() else []
    os.unlink(wpath)
    src = open(py).read()
    return rewrite(proc.stdout, src), rewrite(''.join(w + '\n' for w in warns), src)


def main(argv):
    check = '--check' in argv
    jobs = int(argv[argv.index('-j') + 1]) if '-j' in argv else 1
    files = [os.path.abspath(a) for a in argv if a.endswith('.py')]
    cases = files or sorted(glob.glob(os.path.join(HERE, 'own', '*.py')))
    try:
        import torch
        print('torch', torch.__version__, file=sys.stderr)
    except Exception as e:  # noqa
        print('cannot import torch:', e, file=sys.stderr)
        return 2
    if jobs > 1:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(jobs) as ex:
            results = list(ex.map(run_case, cases))
    else:
        results = [run_case(py) for py in cases]
    bad = 0
    for py, (out, warn) in zip(cases, results):
        base = py[:-3]
        if check:
            for path, new in ((base + '.out', out), (base + '.warn', warn)):
                old = open(path).read() if os.path.exists(path) else ''
                if old != new:
                    bad += 1
                    print('DIFF', os.path.relpath(path, HERE))
                    sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), 'stored', 'now'))
            continue
        with open(base + '.out', 'w') as f:
            f.write(out)
        if warn:
            with open(base + '.warn', 'w') as f:
                f.write(warn)
        elif os.path.exists(base + '.warn'):
            os.unlink(base + '.warn')
    if check:
        print(f'{len(cases) - bad} passed, {bad} failed')
    else:
        print(f'wrote {len(cases)} cases', file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
