class TrainingError(Exception):
    pass
class DivergedError(TrainingError):
    def __init__(self, step, loss):
        super().__init__(f"diverged at step {step}")
        self.step = step
        self.loss = loss
try:
    raise DivergedError(7, float("inf"))
except TrainingError as e:
    print("caught", type(e).__name__, e, e.step, e.loss)
    print(isinstance(e, Exception), isinstance(e, DivergedError))
try:
    raise TrainingError("plain", 42)
except TrainingError as e:
    print(e.args, e)
raise DivergedError(3, 1e9)
