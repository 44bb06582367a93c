def noisy(v):
    print("eval", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(0) or noisy(3))
print(noisy(4) or noisy(5))
print([] or "default", "" or None, 0 or 0.0)
print(1 and [] and 2)
print(not [], not [1])
