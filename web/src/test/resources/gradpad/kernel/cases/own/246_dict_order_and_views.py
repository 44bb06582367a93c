d = {}
for w in "the quick brown the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: -kv[1])[:2])
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys)
print(dict.fromkeys([1, 2], 0), {**d, "end": 100}["end"])
print(d.popitem(), list(d)[-1])
d2 = d.copy()
d2.clear()
print(len(d), d2)
