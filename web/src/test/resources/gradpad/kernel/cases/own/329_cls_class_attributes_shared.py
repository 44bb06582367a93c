class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
d = Dog("Fido")
e = Dog("Buddy")
d.add_trick("roll")
e.add_trick("play dead")
print(d.tricks, d.kind, e.kind)
e.kind = "wolf"
print(d.kind, e.kind, Dog.kind)
print(Dog.__name__, d.__class__.__name__)
