class P:
    def __init__(self):
        self.x = 1
for thunk in [lambda: P().y, lambda: "s".foo, lambda: (1).bar, lambda: [].push,
              lambda: None.shape, lambda: P.nope]:
    try:
        thunk()
    except AttributeError as e:
        print("AttributeError:", e)
import math
math.tau2
