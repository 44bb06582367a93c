package gradpad.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DTypeTest {
    @Test
    void reprIsTorchQualifiedName() {
        assertEquals("torch.float32", DType.FLOAT32.toString());
        assertEquals("torch.int64", DType.INT64.toString());
        assertFalse(DType.BOOL.isFloatingPoint());
    }
}
