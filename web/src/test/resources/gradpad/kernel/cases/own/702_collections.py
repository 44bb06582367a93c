import collections
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
od = OrderedDict([('a', 1), ('b', 2)]); od['c'] = 3
print(od, type(od), OrderedDict(), OrderedDict(x=1))
od.move_to_end('a'); print(od); od.move_to_end('a', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
dd = defaultdict(list)
for w in ['apple', 'bob', 'avocado', 'cat']:
    dd[w[0]].append(w)
print(dd, dd['z'], len(dd), dict(dd), isinstance(dd, dict), type(dd))
ci = defaultdict(int); ci['x'] += 2; print(ci, ci.default_factory, ci.get('q'), 'q' in ci)
print(defaultdict(None, {1: 2}), defaultdict(lambda: 'n', a=1)['b'])
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); print(c); c.subtract({'a': 10}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, d=1)
print(a + b, a - b, a | b, a & b, Counter(), Counter([1, 1, 2]) == {1: 2, 2: 1}, type(c))
words = 'the cat the dog the end'.split()
print(Counter(words).most_common(1)[0])
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d); d.extend([7, 8]); d.extendleft('ab'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d, list(d), d.maxlen)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, q.maxlen, deque([1, 2]) == deque([1, 2]), deque('ab') == ['a', 'b'], type(q), bool(deque()))
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2); print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple), type(p), Point, len(p), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a, b c', defaults=[0]); print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(Counter(a=1)['b'], sorted(Counter('hello').items()))
print(OrderedDict(a=1) == OrderedDict(a=1), list(reversed(OrderedDict(a=1, b=2))) if False else '')
d2 = defaultdict(list); d2['k']
print(d2)
# OrderedDict equality is order-sensitive only between two OrderedDicts.
oa = OrderedDict([('x', 1), ('y', 2)])
ob = OrderedDict([('y', 2), ('x', 1)])
print(oa == ob, oa == dict(ob), dict(oa) == ob, oa == OrderedDict(oa), oa != ob)
dd2 = {}
dd2[1]
