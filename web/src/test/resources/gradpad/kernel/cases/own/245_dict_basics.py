d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"])
print(d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
d.update({"a": 10, "d": 4})
print(d)
print(d.pop("b"), d)
print(d.setdefault("e", 5), d.setdefault("a", 0))
del d["c"]
print(d, dict(x=1, y=2), dict([("p", 1)]))
print({1: "one", 2.5: "two and a half", (1, 2): "tuple", None: 0, True: "t"})
