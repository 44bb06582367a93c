class Counter:
    step = 1
    def __init__(self, start=0):
        self.value = start
    def inc(self):
        self.value += self.step
        return self
    def get(self):
        return self.value
c = Counter(5)
c.inc().inc()
print(c.get(), c.value, Counter.step, c.step)
c.step = 10
c.inc()
print(c.value, Counter.step)
d = Counter()
print(d.get(), type(d).__name__, isinstance(d, Counter), isinstance(3, Counter))
