d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {"b": 1, "a": 2}
del d["b"]
d["b"] = 3
print(d, list(d.items()))
print({**{"x": 1}, **{"x": 2, "y": 3}}, dict(zip("ab", [1, 2]), c=3))
nested = {"layer1": {"w": [1, 2], "b": 0}}
nested["layer1"]["w"].append(3)
print(nested, nested.get("layer2", {}).get("w"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
