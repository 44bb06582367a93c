s = {3, 1, 2}
s.add(2)
s.add(10)
print(len(s), 2 in s, 5 in s)
print(sorted(s))
s.discard(10)
s.remove(3)
print(sorted(s))
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a.issubset(b), set(), set([1, 1, 2]) == {1, 2})
print(sorted(set("hello")))
