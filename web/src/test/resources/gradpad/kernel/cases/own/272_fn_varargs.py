def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(lr=0.1, epochs=5))
def both(first, *rest, sep=" ", **opts):
    return sep.join(str(x) for x in (first,) + rest) + str(sorted(opts))
print(both(1, 2, 3, sep="-", z=1, a=2))
args = (1, 2)
kwargs = {"sep": "+"}
print(both(*args, **kwargs))
