def f():
    pass
r = f()
r[0]
