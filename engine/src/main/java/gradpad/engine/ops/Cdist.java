package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.cdist(x1, x2)} with p = 2: the Euclidean distance of every row of x1 to every row
 * of x2 (batched over a leading dim). Up to 25 rows each PyTorch runs {@code _cdist_forward},
 * {@code CdistBackward0}: squared differences summed in order (see {@link #squaredDistance}). Beyond, PyTorch takes the matmul form
 * ({@code EuclideanDistBackward0}); gradpad computes the same distances directly there (within
 * an ulp or so of PyTorch's BLAS result, not its bits).
 */
public final class Cdist {
    private Cdist() {
    }

    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        if (x1.dim() < 2) {
            throw TorchException.runtime("cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
        }
        if (x2.dim() < 2) {
            throw TorchException.runtime("cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
        }
        int m = x1.shapeRef()[x1.dim() - 1];
        if (m != x2.shapeRef()[x2.dim() - 1]) {
            throw TorchException.runtime("X1 and X2 must have the same number of columns. X1: " + m + " X2: "
                    + x2.shapeRef()[x2.dim() - 1]);
        }
        if (!x1.dtype().isFloatingPoint() || !x2.dtype().isFloatingPoint()) {
            throw TorchException.runtime("cdist only supports floating-point dtypes, X1 got: "
                    + x1.declaredDType().scalarTypeName());
        }
        if (p != 2) {
            throw TorchException.runtime("gradpad: torch.cdist supports p=2 only");
        }
        if (x1.dim() != x2.dim() || x1.dim() > 3 || (x1.dim() == 3 && x1.shapeRef()[0] != x2.shapeRef()[0])) {
            throw TorchException.runtime("gradpad: torch.cdist supports 2-D inputs or 3-D ones with the same batch");
        }
        int batch = x1.dim() == 3 ? x1.shapeRef()[0] : 1;
        int r1 = x1.shapeRef()[x1.dim() - 2];
        int r2 = x2.shapeRef()[x2.dim() - 2];
        int[] shape = x1.dim() == 3 ? new int[] {batch, r1, r2} : new int[] {r1, r2};
        Tensor out = Tensor.empty(shape, x1.dtype());
        boolean f32 = x1.dtype() == DType.FLOAT32;
        int k = 0;
        for (int bt = 0; bt < batch; bt++) {
            for (int i = 0; i < r1; i++) {
                for (int j = 0; j < r2; j++) {
                    double agg = squaredDistance(x1, (bt * r1 + i) * m, x2, (bt * r2 + j) * m, m, f32);
                    out.storage().setDouble(k++, Math.sqrt(agg));
                }
            }
        }
        if (Recording.needsGrad(x1, x2)) {
            Recording.record(new CdistBackward(x1, x2, out, r1 > 25 || r2 > 25), out, x1, x2);
        }
        return out;
    }

    /**
     * PyTorch's scalar loop {@code agg = agg + diff * diff} as GCC compiles it: the in-order reduction
     * vectorised over whole AVX2 vectors (8 float, 4 double: squares rounded, then added in order)
     * and one SSE vector of half that width,
     * the remaining elements in scalar code with the multiply and add fused (measured on torch's
     * CPU build, both halves bit for bit).
     */
    private static double squaredDistance(Tensor x1, int a, Tensor x2, int b, int m, boolean f32) {
        int lanes = f32 ? 8 : 4;
        int vecEnd = m - m % lanes;
        if (m - vecEnd >= lanes / 2) {
            vecEnd += lanes / 2; // GCC's epilogue: one half-width vector (SSE)
        }
        double agg = 0;
        for (int c = 0; c < m; c++) {
            double d = x1.doubleAt(a + c) - x2.doubleAt(b + c);
            if (f32) {
                float df = Float32.round(d);
                agg = c < vecEnd ? Float32.round(agg + Float32.round(df * (double) df)) : Float32.fma(df, df, (float) agg);
            } else {
                agg = c < vecEnd ? agg + d * d : gradpad.engine.Float64.fma(d, d, agg);
            }
        }
        return agg;
    }

    /** grad / dist (0 where dist is 0) times the row differences, summed over the other set's rows. */
    static final class CdistBackward extends Node {
        private final SavedTensor x1;
        private final SavedTensor x2;
        private final SavedTensor result;
        private final boolean euclidean;

        CdistBackward(Tensor x1, Tensor x2, Tensor result, boolean euclidean) {
            this.x1 = new SavedTensor(x1);
            this.x2 = new SavedTensor(x2);
            this.result = new SavedTensor(result, this);
            this.euclidean = euclidean;
        }

        @Override
        public String name() {
            return euclidean ? "EuclideanDistBackward0" : "CdistBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor a = x1.unpack();
            Tensor b = x2.unpack();
            Tensor dist = result.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor ratio = Pointwise.where(Comparison.eq(dist, zero), zero, Arithmetic.div(g[0], dist));
            int n = a.dim();
            // diff[..., i, j, :] = x1[..., i, :] - x2[..., j, :]
            Tensor diff = Arithmetic.sub(Views.unsqueeze(a, n - 1), Views.unsqueeze(b, n - 2));
            Tensor weighted = Arithmetic.mul(Views.unsqueeze(ratio, n), diff);
            Tensor ga = needsInputGrad(0) ? Reductions.sum(weighted, new int[] {n - 1}, false, null) : null;
            Tensor gb = needsInputGrad(1) ? Arithmetic.neg(Reductions.sum(weighted, new int[] {n - 2}, false, null))
                    : null;
            return new Tensor[] {ga, gb};
        }
    }
}
