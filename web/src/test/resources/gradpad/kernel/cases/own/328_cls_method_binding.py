class K:
    def __init__(self, n):
        self.n = n
    def show(self, suffix=""):
        return f"K{self.n}{suffix}"
k = K(7)
m = k.show
print(m(), m("!"), K.show(k, "?"))
print([K(i).show() for i in range(3)])
methods = [K(1).show, K(2).show]
print([f() for f in methods])
print(type(m).__name__)
