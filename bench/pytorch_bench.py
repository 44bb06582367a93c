"""W1..W3 (docs/benchmarks.md) on real PyTorch, one thread, timed like the other systems.

Each workload is bench/workloads/W?.setup.py followed by a cell that loops W?.step.py N times:
the very text the gradpad kernel runs. N is chosen so that one timed run lasts >= TARGET
seconds, after >= WARM seconds of warm-up runs; REPS timed runs follow, and the median
per-iteration time is reported.

Usage: /usr/bin/python3 bench/pytorch_bench.py [W1 W2 W3]   (prints one JSON object per line)
"""
import json
import os
import platform
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = float(os.environ.get("BENCH_TARGET_S", "0.25"))
REPS = int(os.environ.get("BENCH_REPS", "5"))
WARM = float(os.environ.get("BENCH_WARM_S", "1"))


def read(name):
    with open(os.path.join(HERE, "workloads", name)) as f:
        return f.read()


def loop_cell(step, n):
    body = "".join("    " + line + "\n" for line in step.splitlines())
    return "for _bench_i in range(%d):\n%s" % (n, body)


def timed(code, ns):
    compiled = compile(code, "<bench>", "exec")
    t0 = time.perf_counter()
    exec(compiled, ns)
    return time.perf_counter() - t0


def bench(workload):
    ns = {}
    exec(read(workload + ".setup.py"), ns)
    step = read(workload + ".step.py")
    n = 1
    spent = 0.0
    while True:  # warm up for >= WARM seconds, growing n until one run lasts >= TARGET
        t = timed(loop_cell(step, n), ns)
        spent += t
        if t >= TARGET and spent >= WARM:
            break
        if t < TARGET:
            n = max(n * 2, int(n * TARGET / max(t, 1e-6) * 1.2))
    times = sorted(timed(loop_cell(step, n), ns) / n for _ in range(REPS))
    return {"system": "pytorch", "api": "python", "workload": workload, "n": n,
            "median_s": times[len(times) // 2], "min_s": times[0]}


def main():
    torch.set_num_threads(1)
    workloads = sys.argv[1:] or ["W1", "W2", "W3"]
    info = {"info": "pytorch", "torch": torch.__version__, "python": platform.python_version(),
            "threads": torch.get_num_threads()}
    print(json.dumps(info), flush=True)
    for w in workloads:
        print(json.dumps(bench(w)), flush=True)


if __name__ == "__main__":
    main()
