d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(list(d), tuple(d.values()), sorted(d.items(), reverse=True))
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
k = d.keys()
d["c"] = 3
print(k, type(k).__name__)
for key, value in sorted(d.items(), key=lambda kv: kv[1], reverse=True):
    print(key, value)
print({k: v for k, v in d.items() if v > 1})
