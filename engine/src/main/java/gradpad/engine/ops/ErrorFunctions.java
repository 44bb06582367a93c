package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.Erf;

/**
 * {@code erf}, {@code erfc}, {@code erfinv} ({@code ErfBackward0}, ...). PyTorch sends them to its
 * "vml" functions, MKL's VML on the 2.11 wheels, whose float32 results are the correctly rounded
 * ones in nearly every case: here the double function rounded once to float32.
 */
public final class ErrorFunctions {
    private ErrorFunctions() {
    }

    static final int ERF = 0;
    static final int ERFC = 1;
    static final int ERFINV = 2;

    public static Tensor erf(Tensor x) {
        return run(ERF, x);
    }

    public static Tensor erfc(Tensor x) {
        return run(ERFC, x);
    }

    public static Tensor erfinv(Tensor x) {
        return run(ERFINV, x);
    }

    private static Tensor run(int kind, Tensor x) {
        DType type = Unary.floating(x);
        Tensor in = Conversion.contiguousData(x);
        Tensor out = Tensor.empty(x.shape(), type.kind());
        int n = out.numel();
        for (int i = 0; i < n; i++) {
            double v = in.doubleAt(i);
            out.storage().setDouble(i, kind == ERF ? Erf.erf(v) : kind == ERFC ? Erf.erfc(v) : Erf.erfinv(v));
        }
        if (type.isNarrow()) {
            out = out.narrowTo(type);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new ErfBackward(kind, x), out, x);
        }
        return out;
    }

    /** derivatives.yaml: +-2/sqrt(pi) * exp(-x^2) * grad; erfinv: sqrt(pi)/2 * exp(erfinv(x)^2) * grad. */
    static final class ErfBackward extends Node {
        private final int kind;
        private final SavedTensor self;

        ErfBackward(int kind, Tensor self) {
            this.kind = kind;
            this.self = new SavedTensor(self);
        }

        @Override
        public String name() {
            return kind == ERF ? "ErfBackward0" : kind == ERFC ? "ErfcBackward0" : "ErfinvBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor two = Tensor.wrappedScalar(2L);
            if (kind == ERFINV) {
                Tensor e = Unary.exp(Arithmetic.pow(erfinv(x), two));
                return new Tensor[] {Arithmetic.mul(Arithmetic.mul(Tensor.wrappedScalar(0.5 * Math.sqrt(Math.PI)), e),
                        g[0])};
            }
            double c = (kind == ERF ? 2.0 : -2.0) / Math.sqrt(Math.PI);
            Tensor e = Unary.exp(Arithmetic.neg(Arithmetic.pow(x, two)));
            return new Tensor[] {Arithmetic.mul(Arithmetic.mul(Tensor.wrappedScalar(c), e), g[0])};
        }
    }
}
