"""Top methods of a JFR recording's jdk.ExecutionSample and jdk.NativeMethodSample events (Java and native frames), by self and by total samples.

Usage: /usr/bin/python3 bench/profile/jfr_top.py FILE.jfr [TOP] [FILTER]
(FILTER: keep only samples whose stack has a frame containing it, e.g. 'Benchmark').
"""
import collections
import json
import subprocess
import sys


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    filt = sys.argv[3] if len(sys.argv) > 3 else None
    data = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                                      "jdk.ExecutionSample,jdk.NativeMethodSample", path], check=True, capture_output=True).stdout)
    self_c = collections.Counter()
    total_c = collections.Counter()
    n = 0
    for ev in data["recording"]["events"]:
        frames = ev["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"].replace("gradpad.", "") + "." + f["method"]["name"] for f in frames]
        if filt and not any(filt in x for x in names):
            continue
        n += 1
        self_c[names[0]] += 1
        for x in set(names):
            total_c[x] += 1
    for title, c in (("self", self_c), ("total", total_c)):
        print("\n%s (of %d samples)" % (title, n))
        for name, k in c.most_common(top):
            print("%6.1f%%  %s" % (100.0 * k / n, name))


if __name__ == "__main__":
    main()
