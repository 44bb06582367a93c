d = {"a": 1, "b": 2}
xs = [3, 1, 2]
print(f"{d['a'] + d['b']}")
print(f"{sorted(xs)} {xs[0] * 2} {'yes' if xs else 'no'}")
print(f"{-7 // 2} {7 % -3} {2 ** 10}")
print(f"{3.0} {1e20} {1e-7} {float('inf')}")
print(f"{True} {None} {[1, 'a']}")
print(f"{'%'}: {50}%")
print(f'{"double inside single"}')
