x = 5
assert x == 5
assert x > 0, "x must be positive"
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), str(e) == "")
assert isinstance(x, str), "expected str"
