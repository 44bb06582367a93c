a = 1; b = 2; print(a + b)
if a: pass
for _ in range(3): pass
def nothing(): pass
print(nothing())
class Empty: pass
print(type(Empty()).__name__)
while False: pass
print("end")
