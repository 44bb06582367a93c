def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(990))
import sys
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(e)
