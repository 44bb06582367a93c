package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Float64;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code native_layer_norm(input, normalized_shape, weight, bias, eps)} as PyTorch 2.11's CPU
 * kernel (layer_norm_kernel.cpp): per row of the trailing normalized_shape, the Welford moments
 * of {@link RowwiseMoments}, {@code rstd = 1 / sqrt(var + eps)} in the row's dtype, then
 * {@code y = fma((x - mean) * rstd, weight, bias)}.
 */
public final class LayerNorm {
    private LayerNorm() {
    }

    /** Returns {output, mean, rstd}; mean and rstd have the input's leading dims and trailing 1s. */
    public static Tensor[] nativeLayerNorm(Tensor input, int[] normalizedShape, Tensor weight, Tensor bias,
            double eps) {
        int k = normalizedShape.length;
        int[] shape = input.shapeRef();
        boolean matches = k >= 1 && shape.length >= k;
        for (int i = 0; matches && i < k; i++) {
            matches = shape[shape.length - k + i] == normalizedShape[i];
        }
        if (!matches) {
            StringBuilder sb = new StringBuilder("Given normalized_shape=").append(list(normalizedShape))
                    .append(", expected input with shape [*");
            for (int s : normalizedShape) {
                sb.append(", ").append(s);
            }
            throw TorchException.runtime(sb.append("], but got input of size").append(list(shape)).toString());
        }
        checkParam("weight", weight, normalizedShape);
        checkParam("bias", bias, normalizedShape);
        DType dt = input.dtype();
        if (dt != DType.FLOAT32 && dt != DType.FLOAT64) {
            throw TorchException.runtime("\"LayerNormKernelImpl\" not implemented for '" + dt.scalarTypeName() + "'");
        }
        int rowLen = 1;
        for (int s : normalizedShape) {
            rowLen *= s;
        }
        int rows = rowLen == 0 ? 0 : input.numel() / rowLen;
        Tensor x = Conversion.contiguousData(input);
        Tensor w = weight == null ? null : Conversion.contiguousData(weight);
        Tensor b = bias == null ? null : Conversion.contiguousData(bias);
        Tensor out = Tensor.empty(input.shape(), dt);
        int[] statShape = input.shape();
        for (int i = shape.length - k; i < shape.length; i++) {
            statShape[i] = 1;
        }
        Tensor mean = Tensor.empty(statShape, dt);
        Tensor rstd = Tensor.empty(statShape, dt);
        int off = x.storageOffset();
        for (int r = 0; r < rows; r++) {
            int base = off + r * rowLen;
            if (dt == DType.FLOAT32) {
                float[] a = x.storage().f32;
                float[] o = out.storage().f32;
                double[] mv = RowwiseMoments.ofFloats(a, base, rowLen);
                float m = (float) mv[0];
                float rs = Float32.round(1.0 / Float32.sqrt(Float32.add((float) mv[1], Float32.round(eps))));
                float negMean = (float) (-1.0 * m);
                for (int j = 0; j < rowLen; j++) {
                    float t = Float32.mul(Float32.add(a[base + j], negMean), rs);
                    float gv = w == null ? 1f : w.storage().f32[w.storageOffset() + j];
                    float bv = b == null ? 0f : b.storage().f32[b.storageOffset() + j];
                    o[r * rowLen + j] = Float32.fma(t, gv, bv);
                }
                mean.storage().f32[r] = m;
                rstd.storage().f32[r] = rs;
            } else {
                double[] a = x.storage().f64;
                double[] o = out.storage().f64;
                double[] mv = RowwiseMoments.ofDoubles(a, base, rowLen);
                double rs = 1.0 / Math.sqrt(mv[1] + eps);
                double negMean = -1.0 * mv[0];
                for (int j = 0; j < rowLen; j++) {
                    double t = (a[base + j] + negMean) * rs;
                    double gv = w == null ? 1.0 : w.storage().f64[w.storageOffset() + j];
                    double bv = b == null ? 0.0 : b.storage().f64[b.storageOffset() + j];
                    o[r * rowLen + j] = Float64.fma(t, gv, bv);
                }
                mean.storage().f64[r] = mv[0];
                rstd.storage().f64[r] = rs;
            }
        }
        Tensor[] inputs = {input, weight, bias};
        if (Recording.needsGrad(inputs)) {
            Recording.record(new NativeLayerNormBackward0(input, normalizedShape, weight, eps), out, inputs);
        }
        return new Tensor[] {out, mean, rstd};
    }

    private static void checkParam(String name, Tensor p, int[] normalizedShape) {
        if (p != null && !java.util.Arrays.equals(p.shapeRef(), normalizedShape)) {
            throw TorchException.runtime("Expected " + name + " to be of same shape as normalized_shape, but got "
                    + name + " of shape " + list(p.shapeRef()) + " and normalized_shape = " + list(normalizedShape));
        }
    }

    private static String list(int[] s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length; i++) {
            sb.append(i > 0 ? ", " : "").append(s[i]);
        }
        return sb.append(']').toString();
    }

    static final class NativeLayerNormBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor weight;
        private final int[] normalizedShape;
        private final double eps;

        NativeLayerNormBackward0(Tensor input, int[] normalizedShape, Tensor weight, double eps) {
            this.input = new SavedTensor(input);
            this.weight = weight == null ? null : new SavedTensor(weight);
            this.normalizedShape = normalizedShape.clone();
            this.eps = eps;
        }

        @Override
        public String name() {
            return "NativeLayerNormBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int dim = x.dim();
            int k = normalizedShape.length;
            int[] dims = new int[k];
            for (int i = 0; i < k; i++) {
                dims[i] = dim - k + i;
            }
            int[] lead = new int[dim - k];
            for (int i = 0; i < lead.length; i++) {
                lead[i] = i;
            }
            boolean[] needed = {needsInputGrad(0), needsInputGrad(1), needsInputGrad(2)};
            return NormGradients.normalized(g[0], x, weight == null ? null : weight.unpack(), dims, eps, lead,
                    normalizedShape, needed);
        }
    }
}
