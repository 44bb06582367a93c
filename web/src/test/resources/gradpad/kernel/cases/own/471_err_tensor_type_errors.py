import torch
x = torch.ones(2)
for thunk in [lambda: x + "a", lambda: "a" * x, lambda: torch.tensor("s"), lambda: x + None,
              lambda: torch.tensor([1, "a"])]:
    try:
        thunk()
    except (TypeError, ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
