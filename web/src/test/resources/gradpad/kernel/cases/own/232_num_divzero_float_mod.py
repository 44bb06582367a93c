print(divmod(5, 3))
print(5.0 % 0)
