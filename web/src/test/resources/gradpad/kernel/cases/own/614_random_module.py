# Python's random module, draw for draw with CPython (seeded).
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice([1, 2, 3]), random.uniform(0, 1))
l = list(range(10))
random.shuffle(l)
print(l, random.randrange(100), random.sample(range(20), 3), random.gauss(0, 1), random.gauss(), random.gauss(5, 2))
random.seed(-5); print(random.random())
random.seed(2**40 + 3); print(random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(0))
random.seed(0); print(random.random(), random.randrange(3, 30, 4), random.randrange(30, 3, -7), random.normalvariate(1, 2))
random.seed(3.5); print(random.random()); random.seed(True); print(random.random())
random.seed(7); print(random.sample("abcdefgh", 8), random.sample(list(range(1000)), 12), [random.randint(0, 1) for _ in range(12)])
w = [random.uniform(-1, 1) for _ in range(3)]
print(w, random.choice("xyz"), random.choice((4, 5)))
for call in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
             lambda: random.randrange(1, 9, 0), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
             lambda: random.randrange(10, step=2), lambda: random.sample({1, 2}, 1), lambda: random.seed([1])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
