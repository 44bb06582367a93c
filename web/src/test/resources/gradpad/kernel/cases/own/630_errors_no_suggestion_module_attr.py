# No "Did you mean" on the last line: Jupyter (IPython) on Python 3.11 prints none (ipython#13445)
import math
print(math.sqrt(4))
math.sqr(2)
