def level3(v):
    return {"a": 1}[v]
def level2(v):
    return level3(v)
def level1(v):
    return level2(v)
print("start")
level1("b")
