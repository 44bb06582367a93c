first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = "abcde"
print(a, mid, z)
x, *y = [1]
print(x, y)
print(*[1, 2, 3])
print(*"ab", sep="-")
merged = [*range(3), *[7, 8]]
print(merged, (*merged[:2],))
