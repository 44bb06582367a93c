#!/usr/bin/python3
"""Records what real CPython 3.11 makes of every snippet, for SyntaxCorpusTest.

Run from the repository root:
    /usr/bin/python3 web/src/test/resources/gradpad/kernel/syntax/gen_syntax_cases.py [ORACLE_CASES_DIR]

Inputs: syntax_corpus.txt beside this script (snippets separated by '#### name [flags]' lines;
flag 'nonl' drops the snippet's final newline, 'crlf' writes its newlines as CRLF, 'lf-cr' as CR),
and every .py file of ORACLE_CASES_DIR (default: /work/shared/oracle/cases/public).
Output: syntax_cases.txt beside this script. Per case:
    === name
    SRC <source, escaped>
    AST <one line per top-level statement>   (valid code)
    POS <the same with node positions>       (valid code)
    ERR <Type>|<message>|<line>|<offset>     (code that compile() rejects)
    END <end line>|<end offset>              (the end of the error's range, for caret displays)
The dump format is the one AstDump.java prints.
"""
import ast
import glob
import os
import sys
import warnings
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if ch in "\\'":
            out.append('\\' + ch)
        elif cp < 0x20 or cp == 0x7f:
            out.append('\\x%02x' % cp)
        elif cp < 0x7f:
            out.append(ch)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out)


def exact(x):
    if x != x:
        return 'nan'
    if x in (float('inf'), float('-inf')):
        return 'inf' if x > 0 else '-inf'
    s = format(Decimal(x), 'f')
    return s if '.' in s else s + '.0'


class Dumper:
    def __init__(self, src, positions):
        self.lines = src.split('\n')
        self.positions = positions

    def col(self, line, byte_col):
        text = self.lines[line - 1].encode('utf-8')
        # Java counts UTF-16 code units: an astral character is two.
        return len(text[:byte_col].decode('utf-8', 'replace').encode('utf-16-le')) // 2 + 1

    def open(self, name, node):
        if self.positions and getattr(node, 'lineno', None) is not None:
            return '(%s@%d:%d-%d:%d' % (name, node.lineno, self.col(node.lineno, node.col_offset),
                                        node.end_lineno, self.col(node.end_lineno, node.end_col_offset))
        return '(' + name

    def e(self, node):
        return '_' if node is None else self.node(node)

    def lst(self, nodes):
        return '[' + ' '.join(self.e(n) for n in nodes) + ']'

    def ident(self, s):
        return '_' if s is None else s

    def args(self, a):
        return '(arguments %s %s %s %s %s %s %s)' % (
            self.lst(a.posonlyargs), self.lst(a.args), self.e(a.vararg), self.lst(a.kwonlyargs),
            self.lst(a.kw_defaults), self.e(a.kwarg), self.lst(a.defaults))

    def const(self, v):
        if v is None or v is True or v is False:
            return str(v)
        if v is Ellipsis:
            return '...'
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return exact(v)
        if isinstance(v, complex):
            return exact(v.imag) + 'j'
        if isinstance(v, str):
            return "'" + esc(v) + "'"
        if isinstance(v, bytes):
            return "b'" + esc(v.decode('latin-1')) + "'"
        raise ValueError(repr(v))

    def node(self, n):
        t = type(n).__name__
        o = self.open(t, n)
        e, lst, ident = self.e, self.lst, self.ident
        if isinstance(n, ast.FunctionDef):
            parts = [n.name, self.args(n.args), lst(n.body), lst(n.decorator_list), e(n.returns)]
        elif isinstance(n, ast.ClassDef):
            parts = [n.name, lst(n.bases), lst(n.keywords), lst(n.body), lst(n.decorator_list)]
        elif isinstance(n, (ast.Return, ast.Expr, ast.Starred, ast.Yield, ast.YieldFrom)):
            parts = [e(n.value)]
        elif isinstance(n, ast.Delete):
            parts = [lst(n.targets)]
        elif isinstance(n, ast.Assign):
            parts = [lst(n.targets), e(n.value)]
        elif isinstance(n, ast.AugAssign):
            parts = [e(n.target), type(n.op).__name__, e(n.value)]
        elif isinstance(n, ast.AnnAssign):
            parts = [e(n.target), e(n.annotation), e(n.value), str(n.simple)]
        elif isinstance(n, ast.For):
            parts = [e(n.target), e(n.iter), lst(n.body), lst(n.orelse)]
        elif isinstance(n, (ast.While, ast.If)):
            parts = [e(n.test), lst(n.body), lst(n.orelse)]
        elif isinstance(n, ast.With):
            parts = [lst(n.items), lst(n.body)]
        elif isinstance(n, ast.withitem):
            parts = [e(n.context_expr), e(n.optional_vars)]
        elif isinstance(n, ast.Raise):
            parts = [e(n.exc), e(n.cause)]
        elif isinstance(n, ast.Try):
            parts = [lst(n.body), lst(n.handlers), lst(n.orelse), lst(n.finalbody)]
        elif isinstance(n, ast.ExceptHandler):
            parts = [e(n.type), ident(n.name), lst(n.body)]
        elif isinstance(n, ast.Assert):
            parts = [e(n.test), e(n.msg)]
        elif isinstance(n, ast.Import):
            parts = [lst(n.names)]
        elif isinstance(n, ast.ImportFrom):
            parts = [ident(n.module), lst(n.names), str(n.level)]
        elif isinstance(n, ast.alias):
            parts = [n.name, ident(n.asname)]
        elif isinstance(n, (ast.Global, ast.Nonlocal)):
            parts = ['[' + ' '.join(n.names) + ']']
        elif isinstance(n, (ast.Pass, ast.Break, ast.Continue)):
            parts = []
        elif isinstance(n, ast.arg):
            parts = [n.arg, e(n.annotation)]
        elif isinstance(n, ast.keyword):
            parts = [ident(n.arg), e(n.value)]
        elif isinstance(n, ast.comprehension):
            parts = [e(n.target), e(n.iter), lst(n.ifs)]
        elif isinstance(n, ast.BoolOp):
            parts = [type(n.op).__name__, lst(n.values)]
        elif isinstance(n, ast.NamedExpr):
            parts = [e(n.target), e(n.value)]
        elif isinstance(n, ast.BinOp):
            parts = [e(n.left), type(n.op).__name__, e(n.right)]
        elif isinstance(n, ast.UnaryOp):
            parts = [type(n.op).__name__, e(n.operand)]
        elif isinstance(n, ast.Lambda):
            parts = [self.args(n.args), e(n.body)]
        elif isinstance(n, ast.IfExp):
            parts = [e(n.test), e(n.body), e(n.orelse)]
        elif isinstance(n, ast.Dict):
            parts = [lst(n.keys), lst(n.values)]
        elif isinstance(n, (ast.Set, ast.List, ast.Tuple)):
            parts = [lst(n.elts)]
        elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            parts = [e(n.elt), lst(n.generators)]
        elif isinstance(n, ast.DictComp):
            parts = [e(n.key), e(n.value), lst(n.generators)]
        elif isinstance(n, ast.Compare):
            parts = [e(n.left), '[' + ' '.join(type(x).__name__ for x in n.ops) + ']', lst(n.comparators)]
        elif isinstance(n, ast.Call):
            parts = [e(n.func), lst(n.args), lst(n.keywords)]
        elif isinstance(n, ast.FormattedValue):
            parts = [e(n.value), str(n.conversion), e(n.format_spec)]
        elif isinstance(n, ast.JoinedStr):
            parts = [lst(n.values)]
        elif isinstance(n, ast.Constant):
            parts = [self.const(n.value)]
        elif isinstance(n, ast.Attribute):
            parts = [e(n.value), n.attr]
        elif isinstance(n, ast.Subscript):
            parts = [e(n.value), e(n.slice)]
        elif isinstance(n, ast.Name):
            parts = [n.id]
        elif isinstance(n, ast.Slice):
            parts = [e(n.lower), e(n.upper), e(n.step)]
        else:
            raise ValueError('unsupported node ' + t)
        return o + ''.join(' ' + p for p in parts) + ')'


def record(name, src):
    out = ['=== ' + name, 'SRC ' + esc(src)]
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(src, '<cell>', 'exec', dont_inherit=True)
            tree = ast.parse(src)
        except SyntaxError as e:
            out.append('ERR %s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset))
            out.append('END %s|%s' % (e.end_lineno, e.end_offset))
            return out
        except (RecursionError, MemoryError, ValueError) as e:
            out.append('ERR %s|%s|0|0' % (type(e).__name__, e))
            return out
    norm = src.replace('\r\n', '\n').replace('\r', '\n')
    for stmt in tree.body:
        out.append('AST ' + Dumper(norm, False).node(stmt))
    for stmt in tree.body:
        out.append('POS ' + Dumper(norm, True).node(stmt))
    return out


def corpus():
    cases = []
    name, flags, buf = None, [], []
    with open(os.path.join(HERE, 'syntax_corpus.txt'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    for line in lines + ['#### <end>']:
        if line.startswith('#### '):
            if name is not None:
                while buf and buf[-1] == '':
                    buf.pop()
                src = '\n'.join(buf) + '\n'
                if 'nonl' in flags:
                    src = src[:-1]
                if 'crlf' in flags:
                    src = src.replace('\n', '\r\n')
                if 'lf-cr' in flags:
                    src = src.replace('\n', '\r')
                cases.append((name, src))
            words = line[5:].split()
            name, flags, buf = words[0], words[1:], []
        else:
            buf.append(line)
    return cases


def main():
    oracle = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/oracle/cases/public'
    cases = corpus()
    names = set(n for n, _ in cases)
    assert len(names) == len(cases), 'duplicate case names'
    for path in sorted(glob.glob(os.path.join(oracle, '*.py'))):
        with open(path, encoding='utf-8') as f:
            cases.append(('oracle/' + os.path.basename(path), f.read()))
    out = []
    for name, src in cases:
        out.extend(record(name, src))
    with open(os.path.join(HERE, 'syntax_cases.txt'), 'w', encoding='utf-8') as f:
        f.write('# Generated by gen_syntax_cases.py with CPython %s; do not edit.\n' % sys.version.split()[0])
        f.write('\n'.join(out) + '\n')
    print('%d cases' % len(cases))


if __name__ == '__main__':
    main()
