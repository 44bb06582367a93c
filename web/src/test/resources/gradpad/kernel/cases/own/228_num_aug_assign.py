x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 7
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; n &= 13; n ^= 4; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
