x = "global"
class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.x)
def f():
    x = "enclosing"
    class D:
        def m(self):
            return x
    return D().m()
print(f())
