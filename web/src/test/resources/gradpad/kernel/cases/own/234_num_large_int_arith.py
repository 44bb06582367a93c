big = 9223372036854775807
print(big, -big - 1)
print(big // 3, big % 1000, big - 1)
print(3037000499 * 3037000499)
print(10 ** 18 + 10 ** 17)
