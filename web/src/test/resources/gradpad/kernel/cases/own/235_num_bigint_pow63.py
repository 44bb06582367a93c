print(2 ** 63)
