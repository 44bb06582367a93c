class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields) if False else None
        for k, v in fields.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        return f"<no {name}>"
r = Record(a=1, b=2)
print(r.a, r.b, r.c)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
