# Full-precision math results: CPython prints glibc's values (correctly rounded for most).
import math
xs = [i / 7 - 5 for i in range(71)] + [0.1, 0.5, 1e-8, 2.5e-5, 123.456, 700.0]
for x in xs:
    ax = abs(x) + 1e-3
    print(x, math.exp(x), math.log(ax), math.log2(ax), math.log10(ax), math.sqrt(ax))
    print("  ", math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.tanh(x))
    print("  ", math.sinh(x) if abs(x) < 700 else 0, math.cosh(x) if abs(x) < 700 else 0, math.expm1(x), math.log1p(ax))
    print("  ", ax ** 0.37, 0.9 ** x, x ** 2, ax ** -1.5, math.pow(ax, 3.3), math.atan2(x, 0.7))
    if abs(x) <= 1:
        print("  ", math.asin(x), math.acos(x))
