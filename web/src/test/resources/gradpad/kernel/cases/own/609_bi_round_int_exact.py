# round() of an int with negative ndigits is exact integer arithmetic, halves to even.
print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(-15, -1), round(5, -1), round(-5, -1))
print(round(123456789012345678, -2), round(-123456789012345650, -2), round(9007199254740993, -1))
print(round(1152921504606847050, -2), round(1152921504606846950, -2), round(-1152921504606847150, -2))
print(round(1250, -2), round(1350, -2), round(7, -5), round(4999999999999999999, -19), round(12, -30))
