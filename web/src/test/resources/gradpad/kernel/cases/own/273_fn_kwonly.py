def train(model, *, lr=0.01, epochs):
    return f"{model} lr={lr} epochs={epochs}"
print(train("m", epochs=3))
print(train("m", lr=0.5, epochs=1))
try:
    train("m", 0.1, 3)
except TypeError as e:
    print("TypeError:", e)
train("m")
