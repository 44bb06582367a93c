class Config:
    count = 0
    def __init__(self):
        Config.count += 1
    @staticmethod
    def describe(x):
        return f"static {x}"
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def total(cls):
        return cls.count
Config()
c = Config.make()
print(Config.describe(1), c.describe(2), Config.total(), c.total())
print(type(c).__name__)
