inf = float("inf")
print(inf, -inf, inf + 1, inf - inf, inf * 0, 1 / inf)
print(float("nan") + 1, abs(-inf))
import math
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(1.0))
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 0.7 + 0.1, 1.1 * 1.1, 3.3 / 1.1)
