print(2 ** -3, (-2) ** -3, 10 ** -1)
print(4 ** 0.5, 8 ** (1 / 3), (-1) ** 0.5 if False else "skip complex")
print(pow(3, -1, 7) if False else 5)
print(2 ** 63 - 1 if False else 9223372036854775807)
