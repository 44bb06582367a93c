def parse(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None
print([parse(s) for s in ["1", "2.5", "x", "-3"]])
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer except")
result = []
for s in ["1", "a", "3"]:
    try:
        result.append(int(s))
    except ValueError:
        continue
print(result)
