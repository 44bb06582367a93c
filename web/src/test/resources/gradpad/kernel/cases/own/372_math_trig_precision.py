import math
for x in [0.5, 1.0, 2.0, 3.0, 10.0]:
    print(x, math.sin(x), math.cos(x), math.exp(x), math.log(x), math.sqrt(x), math.tanh(x))
print(math.asin(0.5), math.acos(0.5), math.atan(1.0), math.sinh(1.0), math.cosh(1.0))
