print(float(10 ** 18))
print(1e308 * 10)
print(int(1e18) > 0, float(2 ** 62))
