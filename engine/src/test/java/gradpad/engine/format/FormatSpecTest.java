package gradpad.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** format(value, spec) against CPython 3.11's own answers (see gen_format_cases.py). */
class FormatSpecTest {
    @Test
    void formatMatchesPython() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("format_spec.tsv")) {
            String kind = r[0];
            String spec = r[2];
            c.checkOutcome("format(" + kind + " " + r[1] + ", '" + spec + "')", r, 3, () -> {
                switch (kind) {
                    case "float":
                        return FormatSpec.formatFloat(TsvCases.dbl(r[1]), spec);
                    case "int":
                        return FormatSpec.formatInt(Long.parseLong(r[1]), spec);
                    case "bool":
                        return FormatSpec.formatBool(r[1].equals("True"), spec);
                    case "str":
                        return FormatSpec.formatString(r[1], spec);
                    default:
                        return FormatSpec.formatObject("None", "NoneType", spec);
                }
            });
        }
        c.assertAllPassed(5_000);
    }

    @Test
    void errorsCarryThePythonExceptionType() {
        FormatError e = assertThrows(FormatError.class, () -> FormatSpec.formatFloat(1.5, "d"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'd' for object of type 'float'", e.getMessage());
        assertEquals("ValueError: Unknown format code 'd' for object of type 'float'", e.toString());
    }

    @Test
    void fStringExamples() {
        assertEquals("0.1235", FormatSpec.formatFloat(0.12345600128173828, ".4f"));
        assertEquals("3.14", FormatSpec.formatFloat(3.14159, ".2f"));
        assertEquals("2", FormatSpec.formatFloat(2.5, ".0f"));
        assertEquals("4", FormatSpec.formatFloat(3.5, ".0f"));
        assertEquals("-0.0000", FormatSpec.formatFloat(-0.00001, ".4f"));
        assertEquals("1,234,567", FormatSpec.formatInt(1234567, ","));
        assertEquals("5.00", FormatSpec.formatInt(5, ".2f"));
    }
}
