from math import does_not_exist
