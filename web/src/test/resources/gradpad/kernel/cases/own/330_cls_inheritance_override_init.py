class Base:
    def __init__(self):
        self.items = []
        self.setup()
    def setup(self):
        self.items.append("base")
class Child(Base):
    def setup(self):
        super().setup()
        self.items.append("child")
print(Child().items, Base().items)
class NoInit(Base):
    pass
print(NoInit().items)
class Multi(Child):
    def __init__(self, extra):
        super().__init__()
        self.items.append(extra)
print(Multi("multi").items)
