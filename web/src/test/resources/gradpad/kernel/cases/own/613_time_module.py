# The clocks tutorials time their loops with (values differ per run: only their shape is printed).
import time
t0 = time.time()
p0 = time.perf_counter()
print(time.sleep(0), time.sleep(0.01), type(t0).__name__, type(time.monotonic()).__name__)
print(time.perf_counter() - p0 >= 0.009, time.time() >= t0, t0 > 1.7e9, type(time.process_time()).__name__)
for call in (lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.time(1), lambda: time.sleep()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
