package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;

/**
 * PyTorch's {@code prod_safe_zeros_backward}: the gradient of a product along dim when the input
 * has zeros is grad times the product of all other elements, built from a cumulative product from
 * the front and one from the back. PyTorch's {@code cumprod} accumulates in double and rounds each
 * output; that is what a plain backward uses. When the backward is itself recorded (create_graph),
 * the cumulative products are built from recorded multiplications instead, so they can be
 * differentiated again.
 */
final class ExclusiveProducts {
    private ExclusiveProducts() {
    }

    static Tensor backward(Tensor grad, Tensor input, int dim) {
        int n = input.shapeRef()[dim];
        if (input.numel() == 0) {
            return Views.expand(grad, input.shapeRef());
        }
        int[] onesShape = input.shape();
        onesShape[dim] = 1;
        Tensor ones = Creation.ones(onesShape, grad.dtype());
        Tensor head = Indexing.slice(input, dim, 0L, (long) (n - 1), 1L);
        Tensor tail = Product.flip(Indexing.slice(input, dim, 1L, (long) n, 1L), new int[] {dim});
        Tensor front = Joining.cat(new Tensor[] {ones, head}, dim);
        Tensor back = Joining.cat(new Tensor[] {ones, tail}, dim);
        Tensor exclusiveNormal = cumprod(front, dim);
        Tensor exclusiveReverse = Product.flip(cumprod(back, dim), new int[] {dim});
        return Arithmetic.mul(grad, Arithmetic.mul(exclusiveNormal, exclusiveReverse));
    }

    private static Tensor cumprod(Tensor t, int dim) {
        if (GradMode.isEnabled() && t.requiresGrad()) {
            int n = t.shapeRef()[dim];
            Tensor[] parts = new Tensor[n];
            Tensor acc = Indexing.select(t, dim, 0);
            parts[0] = acc;
            for (int i = 1; i < n; i++) {
                acc = Arithmetic.mul(acc, Indexing.select(t, dim, i));
                parts[i] = acc;
            }
            return Joining.stack(parts, dim);
        }
        return cumprodData(t, dim);
    }

    /** {@code torch.cumprod} without autograd: a double accumulator, each output rounded to the dtype. */
    static Tensor cumprodData(Tensor t, int dim) {
        Tensor c = Conversion.copyData(t);
        int[] shape = c.shapeRef();
        int size = shape[dim];
        int inner = 1;
        int outer = 1;
        for (int k = 0; k < shape.length; k++) {
            if (k < dim) {
                outer *= shape[k];
            } else if (k > dim) {
                inner *= shape[k];
            }
        }
        boolean integral = c.dtype() == DType.INT64;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = o * size * inner + j;
                double acc = 1;
                long lacc = 1;
                for (int i = 0; i < size; i++) {
                    int at = base + i * inner;
                    if (integral) {
                        lacc *= c.storage().getLong(at);
                        c.storage().setLong(at, lacc);
                    } else {
                        acc *= c.storage().getDouble(at);
                        c.storage().setDouble(at, acc);
                    }
                }
            }
        }
        return c;
    }
}
