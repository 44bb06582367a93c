package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Constant;

/** Converts NUMBER token text to a {@link Constant}; ints beyond 64 bits keep their decimal digits. */
final class Numbers {
    private Numbers() {
    }

    static Constant parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constant(Constant.Kind.IMAG, 0, gradpad.engine.format.PyFloat.parse(s.substring(0, s.length() - 1)), null);
        }
        int radix = 10;
        String digits = s;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                radix = 16;
            } else if (p == 'o') {
                radix = 8;
            } else if (p == 'b') {
                radix = 2;
            }
            if (radix != 10) {
                digits = s.substring(2);
            }
        }
        if (radix == 10 && (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0)) {
            return new Constant(Constant.Kind.FLOAT, 0, gradpad.engine.format.PyFloat.parse(s), null);
        }
        long value = 0;
        boolean big = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (value > (Long.MAX_VALUE - d) / radix) {
                big = true;
                break;
            }
            value = value * radix + d;
        }
        if (!big) {
            return new Constant(Constant.Kind.INT, value, 0, null);
        }
        return new Constant(Constant.Kind.BIG_INT, 0, 0, toDecimal(digits, radix));
    }

    /** Base conversion on base-1e9 limbs (no BigInteger, to keep the browser build small). */
    static String toDecimal(String digits, int radix) {
        int[] limbs = new int[digits.length() / 2 + 2];
        int n = 1;
        for (int i = 0; i < digits.length(); i++) {
            long carry = Character.digit(digits.charAt(i), radix);
            for (int k = 0; k < n; k++) {
                long v = (long) limbs[k] * radix + carry;
                limbs[k] = (int) (v % 1_000_000_000L);
                carry = v / 1_000_000_000L;
            }
            if (carry != 0) {
                limbs[n++] = (int) carry;
            }
        }
        StringBuilder sb = new StringBuilder(Integer.toString(limbs[n - 1]));
        for (int k = n - 2; k >= 0; k--) {
            String part = Integer.toString(limbs[k]);
            for (int z = part.length(); z < 9; z++) {
                sb.append('0');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
