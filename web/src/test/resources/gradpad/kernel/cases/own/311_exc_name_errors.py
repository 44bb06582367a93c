def f():
    return undefined_name
try:
    f()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
x = 1
del x
print(x)
