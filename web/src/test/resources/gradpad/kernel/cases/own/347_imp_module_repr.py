import math
import torch
print(math.__name__, torch.__name__)
print(repr(math)[:15])
