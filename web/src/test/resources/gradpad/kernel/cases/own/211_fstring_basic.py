name = "loss"
value = 0.123456789
n = 42
print(f"{name}: {value}")
print(f"{name}={value:.4f} n={n}")
print(f"{n:>5}|{n:<5}|{n:^5}|")
print(f"{n:05d} {n:x} {n:o} {n:b} {n:X}")
print(f"{value:.2e} {value:.3g} {12345.678:,.2f}")
print(f"{1/3:.10f}")
print(f"{'txt':>6}|{'txt':*^9}|")
print(f"{n!r} {name!r} {name!s}")
print(f"{{literal braces}} {n}")
