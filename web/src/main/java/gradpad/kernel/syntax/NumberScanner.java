package gradpad.kernel.syntax;

/** Number literals, with CPython 3.11's tokenizer messages ("invalid decimal literal", ...). */
abstract class NumberScanner extends ScannerBase {

    NumberScanner(String src, int[] lineStarts, int from, int to) {
        super(src, lineStarts, from, to);
    }

    @Override
    final void scanNumber(int start, int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        syntaxError("invalid hexadecimal literal");
                        return;
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) {
                    return;
                }
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean octal = c == 'o' || c == 'O';
                char maxDigit = octal ? '8' : '2';
                String kind = octal ? "octal" : "binary";
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= maxDigit) {
                        if (isDigit(c)) {
                            syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                        } else {
                            backup(c);
                            syntaxError("invalid " + kind + " literal");
                        }
                        return;
                    }
                    do {
                        c = nextc();
                    } while (c >= '0' && c < maxDigit);
                } while (c == '_');
                if (isDigit(c)) {
                    syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                    return;
                }
                if (!verifyEndOfNumber(c, kind)) {
                    return;
                }
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            syntaxError("invalid decimal literal");
                            return;
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == -2) {
                        return;
                    }
                }
                if (c == '.') {
                    scanFraction(start, nextc());
                    return;
                } else if (c == 'e' || c == 'E') {
                    scanExponent(start, c);
                    return;
                } else if (c == 'j' || c == 'J') {
                    scanImaginary(start);
                    return;
                } else if (nonzero) {
                    backup(c);
                    int line = curLine();
                    int ls = lineStart(line);
                    fail(new PySyntaxError("SyntaxError", "leading zeros in decimal integer literals are not "
                        + "permitted; use an 0o prefix for octal integers", line, start - ls + 1, line,
                        zerosEnd - ls, true), false);
                    return;
                }
                if (!verifyEndOfNumber(c, "decimal")) {
                    return;
                }
            }
        } else {
            c = decimalTail();
            if (c == -2) {
                return;
            }
            if (c == '.') {
                scanFraction(start, nextc());
            } else {
                endDecimal(start, c);
            }
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    /** After the '.' of a float; c is the char following it. */
    void scanFraction(int start, int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == -2) {
                return;
            }
        }
        endDecimal(start, c);
    }

    /** After a decimal mantissa; c is the char following it: an exponent, 'j', or the end. */
    private void endDecimal(int start, int c) {
        if (c == 'e' || c == 'E') {
            scanExponent(start, c);
            return;
        }
        if (c == 'j' || c == 'J') {
            scanImaginary(start);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    void scanExponent(int start, int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                syntaxError("invalid decimal literal");
                return;
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEndOfNumber(e, "decimal")) {
                return;
            }
            backup(e);
            add(Token.Type.NUMBER, start, cur);
            return;
        }
        c = decimalTail();
        if (c == -2) {
            return;
        }
        if (c == 'j' || c == 'J') {
            scanImaginary(start);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    void scanImaginary(int start) {
        int c = nextc();
        if (!verifyEndOfNumber(c, "imaginary")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    /** Digits with single underscores between them; returns the char after, or -2 after an error. */
    int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                syntaxError("invalid decimal literal");
                return -2;
            }
        }
        return c;
    }

    /**
     * A number may be followed by a keyword that can legally follow it ({@code 1if x else 2}, a
     * deprecated but valid form); any other identifier char right after it is an error.
     */
    boolean verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = peekc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return true;
        }
        if (c != -1 && isPotentialIdentifierChar(c)) {
            backup(c);
            syntaxError("invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    boolean lookahead(String rest) {
        return src.startsWith(rest, cur) && cur + rest.length() <= end;
    }

    static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
