x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 2 > 1 > 0 > -1)
print(1 < 2 == 2, (1 < 2) == 2)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b)
print(3 in a, 1 in a, 3 not in a)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [2] > [1, 9])
