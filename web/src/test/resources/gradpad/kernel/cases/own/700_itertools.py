import itertools
from itertools import *
print(list(product([1,2],'ab')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations([1,2], 0)), list(combinations([1], 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)))
print(list(chain([1,2], 'ab', (3,))), list(chain.from_iterable([[1],[2,3]])))
print(list(accumulate([1,2,3,4])), list(accumulate([1,2,3,4], lambda a,b: a*b)), list(accumulate([1,2], initial=10)), list(accumulate([], initial=5)))
c = count(10, 2); print(next(c), next(c), c)
print(list(islice(count(), 5)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, 6, 2)), list(islice(cycle('ab'), 5)))
r = repeat('x', 3); print(next(r), r, list(r), r, list(repeat(1, -2)))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest([1],[2,3])))
print(list(starmap(pow, [(2,5),(3,2)])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted([3,1,2,4,6,5]), key=lambda x: x % 2)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(takewhile(lambda x: x < 5, [1,4,6,4,1])), list(dropwhile(lambda x: x < 5, [1,4,6,4,1])))
print(list(pairwise('ABCD')), list(pairwise([1])), list(compress('ABCDEF', [1,0,1,0,1,1])), list(filterfalse(lambda x: x%2, range(10))), list(filterfalse(None, [0,1,'',2])))
a, b = tee([1,2,3]); print(list(a), list(b))
print(type(product([1])), type(chain()), repr(count(1.5, 0.5)), type(groupby('')))
print(isinstance(count(), count), product)
for i in count():
    if i > 3: break
print(i)
print(len(count()))
