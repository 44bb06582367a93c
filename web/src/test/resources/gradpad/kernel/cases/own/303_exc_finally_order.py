def f():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
g()
def h():
    try:
        raise ValueError("x")
    finally:
        print("h finally")
try:
    h()
except ValueError:
    print("h raised")
