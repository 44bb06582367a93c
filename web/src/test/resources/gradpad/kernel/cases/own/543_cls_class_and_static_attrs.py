class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def reset(cls):
        cls.instances = 0
    @staticmethod
    def describe():
        return "counts instances"
a, b = Counter(), Counter()
print(a.id, b.id, Counter.instances, a.instances)
Counter.reset()
print(Counter.instances, Counter.describe(), a.describe())
a.instances = 99
print(a.instances, Counter.instances, b.instances)
print(hasattr(Counter, "reset"), getattr(a, "id"), type(a).instances)
