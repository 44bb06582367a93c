print({3, 1, 2})
print({10, 5, 1, 8})
print(set([4, 4, 2]))
s = set()
for i in [7, 3, 9, 1]:
    s.add(i)
print(s)
print({-1, 0, 1})
