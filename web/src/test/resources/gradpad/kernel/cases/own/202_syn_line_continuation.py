total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,   # comment inside brackets
    3,
]
print(values, len(values))
d = {'a': 1,
     'b': 2}
print(d)
s = ("implicit "
     "concatenation "
     'of strings')
print(s)
print(max(1,
          5,
          3))
