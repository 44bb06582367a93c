package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Storage;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/** Copies and dtype conversions: {@code clone}, {@code to}, {@code contiguous}, and raw copies. */
public final class Conversion {
    private Conversion() {
    }

    /** The data of {@code t} in {@code dtype} (t itself if already so); no autograd. */
    public static Tensor convertData(Tensor t, DType dtype) {
        if (t.dtype() == dtype) {
            return t;
        }
        Tensor out = Tensor.empty(t.shapeRef(), dtype);
        copyElements(out, t);
        return out;
    }

    /** A contiguous copy with the same dtype; no autograd. */
    public static Tensor copyData(Tensor t) {
        Tensor out = Tensor.empty(t.shapeRef(), t.dtype());
        copyElements(out, t);
        return out;
    }

    /** Contiguous data for reading: t itself when already contiguous; no autograd. */
    public static Tensor contiguousData(Tensor t) {
        return t.isContiguous() ? t : copyData(t);
    }

    /**
     * Copies {@code src} (broadcast to dst's shape, converted to dst's dtype) into dst's storage,
     * honouring dst's strides. No autograd, no version bump.
     */
    public static void copyElements(Tensor dst, Tensor src) {
        int n = dst.numel();
        Storage d = dst.storage();
        Storage s = src.storage();
        if (dst.isContiguous() && src.isContiguous() && java.util.Arrays.equals(dst.shapeRef(), src.shapeRef())) {
            int doff = dst.storageOffset();
            int soff = src.storageOffset();
            if (d.dtype == s.dtype) {
                switch (d.dtype) {
                    case FLOAT32: System.arraycopy(s.f32, soff, d.f32, doff, n); return;
                    case FLOAT64: System.arraycopy(s.f64, soff, d.f64, doff, n); return;
                    case INT64: System.arraycopy(s.i64, soff, d.i64, doff, n); return;
                    default: System.arraycopy(s.bool, soff, d.bool, doff, n); return;
                }
            }
            copyConverting(d, doff, s, soff, n);
            return;
        }
        Tensor expanded = src;
        if (!java.util.Arrays.equals(dst.shapeRef(), src.shapeRef())) {
            expanded = src.alias(src.storageOffset(), dst.shapeRef(),
                    BinaryKernel.expandedStrides(src, dst.shapeRef()));
        }
        for (int i = 0; i < n; i++) {
            int di = dst.storageIndex(i);
            int si = expanded.storageIndex(i);
            if (s.dtype == DType.INT64 || s.dtype == DType.BOOL) {
                d.setLong(di, s.getLong(si));
            } else {
                d.setDouble(di, s.getDouble(si));
            }
        }
    }

    private static void copyConverting(Storage d, int doff, Storage s, int soff, int n) {
        boolean integral = s.dtype == DType.INT64 || s.dtype == DType.BOOL;
        for (int i = 0; i < n; i++) {
            if (integral) {
                d.setLong(doff + i, s.getLong(soff + i));
            } else {
                d.setDouble(doff + i, s.getDouble(soff + i));
            }
        }
    }

    /** {@code old += incoming} without autograd (gradient accumulation). */
    public static void addInto(Tensor old, Tensor incoming) {
        Tensor y = convertData(incoming, old.dtype());
        BinaryKernel.into(BinaryKernel.ADD, old, old, y);
        old.versionCounter().bump();
    }

    /** {@code x.clone()}: a contiguous copy recorded as {@code CloneBackward0}. */
    public static Tensor cloneTensor(Tensor t) {
        Tensor out = copyData(t);
        if (Recording.needsGrad(t)) {
            Recording.record(new PassThrough("CloneBackward0"), out, t);
        }
        return out;
    }

    /** {@code x.contiguous()}: x itself if contiguous, else a clone. */
    public static Tensor contiguous(Tensor t) {
        return t.isContiguous() ? t : cloneTensor(t);
    }

    /** {@code x.to(dtype)}, {@code x.double()}, {@code x.float()}: the same tensor when nothing changes. */
    public static Tensor to(Tensor t, DType dtype) {
        if (t.dtype() == dtype) {
            return t;
        }
        Tensor out = convertData(t, dtype);
        if (Recording.needsGrad(t) && dtype.isFloatingPoint()) {
            Recording.record(new ToCopyBackward0(t.dtype()), out, t);
        }
        return out;
    }

    /** The gradient passes through unchanged ({@code CloneBackward0}, {@code AliasBackward0}, ...). */
    static final class PassThrough extends Node {
        private final String name;

        PassThrough(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0]};
        }
    }

    static final class ToCopyBackward0 extends Node {
        private final DType sourceType;

        ToCopyBackward0(DType sourceType) {
            this.sourceType = sourceType;
        }

        @Override
        public String name() {
            return "ToCopyBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {to(g[0], sourceType)};
        }
    }

    /** Number of elements, checked against the storage limit before allocating. */
    static int checkedNumel(int[] shape) {
        return Shape.numel(shape);
    }
}
