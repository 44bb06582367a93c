package gradpad.engine;

import gradpad.engine.autograd.AccumulateGrad;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Engine;
import gradpad.engine.autograd.Node;
import gradpad.engine.format.PrintableTensor;
import gradpad.engine.format.TensorPrinter;

/**
 * A strided view of a {@link Storage} with PyTorch's autograd attributes. The methods are the
 * Java face of {@code torch.Tensor}; each delegates to the op family that implements it.
 */
public final class Tensor extends TensorArithmetic implements PrintableTensor {
    private final Storage storage;
    private final int offset;
    private final int[] shape;
    private final int[] strides;
    private final VersionCounter version;

    private boolean requiresGrad;
    private Node gradFn;
    private int outputNr;
    private Tensor grad;
    private boolean retainsGrad;
    private AccumulateGrad gradAccumulator;
    private boolean wrappedNumber;
    private Tensor viewBase;
    private boolean parameter;
    /** A narrow dtype (int32, float16...) whose values this kind-typed storage holds; null if none. */
    private DType declared;

    public Tensor(Storage storage, int offset, int[] shape, int[] strides, VersionCounter version) {
        this.storage = storage;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.version = version;
    }

    /** A new contiguous tensor of zeros. */
    public static Tensor empty(int[] shape, DType dtype) {
        int[] copy = shape.clone();
        return new Tensor(Storage.allocate(dtype, Shape.numel(copy)), 0, copy, Shape.contiguousStrides(copy),
                new VersionCounter());
    }

    public static Tensor of(float[] data, int... shape) {
        return new Tensor(Storage.of(data), 0, shape, Shape.contiguousStrides(shape), new VersionCounter());
    }

    public static Tensor of(double[] data, int... shape) {
        return new Tensor(Storage.of(data), 0, shape, Shape.contiguousStrides(shape), new VersionCounter());
    }

    public static Tensor of(long[] data, int... shape) {
        return new Tensor(Storage.of(data), 0, shape, Shape.contiguousStrides(shape), new VersionCounter());
    }

    public static Tensor of(boolean[] data, int... shape) {
        return new Tensor(Storage.of(data), 0, shape, Shape.contiguousStrides(shape), new VersionCounter());
    }

    /** A Python number taking part in an op: a 0-d tensor with the lowest type-promotion priority. */
    public static Tensor wrappedScalar(double value) {
        Tensor t = of(new double[] {value});
        t.wrappedNumber = true;
        return t;
    }

    public static Tensor wrappedScalar(long value) {
        Tensor t = of(new long[] {value});
        t.wrappedNumber = true;
        return t;
    }

    public static Tensor wrappedScalar(boolean value) {
        Tensor t = of(new boolean[] {value});
        t.wrappedNumber = true;
        return t;
    }

    /** A tensor sharing this one's storage and version counter (a view, or a detached alias). */
    public Tensor alias(int newOffset, int[] newShape, int[] newStrides) {
        Tensor t = new Tensor(storage, newOffset, newShape, newStrides, version);
        t.viewBase = viewBase != null ? viewBase : this;
        t.declared = declared;
        return t;
    }

    // ---- data --------------------------------------------------------------------------------

    public Storage storage() {
        return storage;
    }

    public int storageOffset() {
        return offset;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The shape array itself, for engine internals that promise not to modify it. */
    public int[] shapeRef() {
        return shape;
    }

    public int[] strides() {
        return strides.clone();
    }

    public int[] stridesRef() {
        return strides;
    }

    public int dim() {
        return shape.length;
    }

    public int size(int dim) {
        return shape[Shape.wrapDim(dim, shape.length)];
    }

    public int numel() {
        return Shape.numel(shape);
    }

    @Override
    public DType dtype() {
        return storage.dtype;
    }

    public boolean isWrappedNumber() {
        return wrappedNumber;
    }

    /** Whether this is an {@code nn.Parameter} (printed as {@code Parameter containing:}). */
    /** The dtype as PyTorch would report it: a narrow type stored in a wider kind, or {@link #dtype()}. */
    public DType declaredDType() {
        return declared != null ? declared : dtype();
    }

    /**
     * This tensor's values in {@code type}: for a narrow type, a copy in its storage kind with every
     * value wrapped or rounded as a C++ cast to that type would, and the type remembered for printing.
     */
    public Tensor narrowTo(DType type) {
        Tensor t = gradpad.engine.ops.Conversion.copyData(gradpad.engine.ops.Conversion.convertData(this,
                type.kind()));
        if (!type.isNarrow()) {
            return t;
        }
        Storage s = t.storage;
        int n = t.numel();
        for (int i = 0; i < n; i++) {
            if (type.isFloatingPoint()) {
                s.f32[i] = Narrowing.round(s.f32[i], type);
            } else {
                s.i64[i] = Narrowing.wrap(s.i64[i], type);
            }
        }
        t.declared = type;
        return t;
    }

    public boolean isParameter() {
        return parameter;
    }

    /** {@code nn.Parameter(data)}: a leaf sharing data's storage, marked as a parameter. */
    public Tensor asParameter(boolean requiresGrad) {
        Tensor p = new Tensor(storage, offset, shape, strides, version);
        p.parameter = true;
        p.declared = declared;
        return p.withRequiresGrad(requiresGrad);
    }

    public VersionCounter versionCounter() {
        return version;
    }

    public int version() {
        return version.get();
    }

    public Tensor viewBase() {
        return viewBase;
    }

    public boolean isContiguous() {
        int expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** Storage index of the element at a row-major position. */
    public int storageIndex(int linear) {
        int idx = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            int s = shape[d];
            if (s == 0) {
                return offset;
            }
            idx += (linear % s) * strides[d];
            linear /= s;
        }
        return idx;
    }

    @Override
    public double doubleAt(int index) {
        return storage.getDouble(storageIndex(index));
    }

    @Override
    public long longAt(int index) {
        return storage.getLong(storageIndex(index));
    }

    /** Elements as a fresh row-major float[] (converting from other dtypes as C++ casts do). */
    public float[] toFloatArray() {
        int n = numel();
        float[] out = new float[n];
        if (storage.dtype == DType.FLOAT32 && isContiguous()) {
            System.arraycopy(storage.f32, offset, out, 0, n);
            return out;
        }
        for (int i = 0; i < n; i++) {
            out[i] = (float) doubleAt(i);
        }
        return out;
    }

    public double[] toDoubleArray() {
        int n = numel();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = doubleAt(i);
        }
        return out;
    }

    public long[] toLongArray() {
        int n = numel();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = longAt(i);
        }
        return out;
    }

    /**
     * This tensor's float32 elements in row-major order: the storage array itself when contiguous
     * at offset 0 with nothing else in it, else a copy. Read-only for callers.
     */
    public float[] floatsForRead() {
        if (storage.dtype == DType.FLOAT32 && offset == 0 && isContiguous() && storage.f32.length == numel()) {
            return storage.f32;
        }
        return toFloatArray();
    }

    // ---- autograd attributes -----------------------------------------------------------------

    public boolean requiresGrad() {
        return requiresGrad || gradFn != null;
    }

    public boolean isLeaf() {
        return gradFn == null;
    }

    public Node gradFn() {
        return gradFn;
    }

    public int outputNr() {
        return outputNr;
    }

    /** The accumulated gradient; reading it on a non-leaf warns as PyTorch does. */
    public Tensor grad() {
        if (!isLeaf() && !retainsGrad && grad == null) {
            Warnings.warn("UserWarning", Messages.NON_LEAF_GRAD);
        }
        return grad;
    }

    /** The gradient without the non-leaf warning (for the engine itself). */
    public Tensor gradRef() {
        return grad;
    }

    /** {@code x.grad = g}: PyTorch 2.x checks the dtype (against grad_dtype, the tensor's own), then the size. */
    public void setGrad(Tensor g) {
        if (g != null && g.dtype() != dtype()) {
            throw TorchException.runtime("attempting to assign a gradient with dtype '"
                    + gradpad.engine.ops.Masking.typeMetaName(g.dtype()) + "' to a tensor with grad_dtype '"
                    + gradpad.engine.ops.Masking.typeMetaName(dtype()) + "'. The gradient must match the tensor's "
                    + "grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute "
                    + "with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the "
                    + "dtypes of a tensor and its gradient may break downstream systems that assume they match.");
        }
        if (g != null && !java.util.Arrays.equals(g.shape, shape)) {
            throw TorchException.runtime("attempting to assign a gradient of size '" + Shape.list(g.shape)
                    + "' to a tensor of size '" + Shape.list(shape)
                    + "'. Please ensure that the gradient and the tensor are the same size");
        }
        this.grad = g;
    }

    /** Sets the gradient field with no checks (AccumulateGrad, retain_grad). */
    public void setGradRef(Tensor g) {
        this.grad = g;
    }

    public boolean retainsGrad() {
        return retainsGrad;
    }

    /** {@code requires_grad_()}: only leaves, only floating point. */
    public Tensor requiresGrad_(boolean flag) {
        if (!isLeaf()) {
            throw TorchException.runtime("you can only change requires_grad flags of leaf variables. If you want to "
                    + "use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        if (flag && !dtype().isFloatingPoint()) {
            throw TorchException.runtime("only Tensors of floating point dtype can require gradients");
        }
        requiresGrad = flag;
        return this;
    }

    /** {@code x.requires_grad = flag}: like requires_grad_, with the setter's own dtype message. */
    public void setRequiresGrad(boolean flag) {
        if (isLeaf() && flag && !dtype().isFloatingPoint()) {
            throw TorchException.runtime("only Tensors of floating point and complex dtype can require gradients");
        }
        requiresGrad_(flag);
    }

    /** Sets requires_grad at creation ({@code torch.tensor(..., requires_grad=True)}), with its own message. */
    public Tensor withRequiresGrad(boolean flag) {
        if (flag && !dtype().isFloatingPoint()) {
            throw TorchException.runtime("Only Tensors of floating point and complex dtype can require gradients");
        }
        requiresGrad = flag;
        return this;
    }

    public void retainGrad() {
        if (!requiresGrad()) {
            throw TorchException.runtime("can't retain_grad on Tensor that has requires_grad=False");
        }
        if (isLeaf() || retainsGrad) {
            return;
        }
        retainsGrad = true;
        gradFn.retainGradOf(this);
    }

    /** Makes this tensor an output of {@code node} (ops recording the graph, in-place rebase). */
    public void setGradFn(Node node, int outputIndex) {
        this.gradFn = node;
        this.outputNr = outputIndex;
        if (node != null && retainsGrad) {
            node.retainGradOf(this);
        }
    }

    /** The edge autograd follows from an op that used this tensor, or null if it needs no gradient. */
    public Edge gradientEdge() {
        if (gradFn != null) {
            return new Edge(gradFn, outputNr);
        }
        if (requiresGrad) {
            if (gradAccumulator == null) {
                gradAccumulator = new AccumulateGrad(this);
            }
            return new Edge(gradAccumulator, 0);
        }
        return null;
    }

    public void backward() {
        Engine.backward(this, null, false, false);
    }

    /**
     * {@code register_hook}: the hook sees this tensor's gradient in every later backward, on
     * its grad_fn's input for a computed tensor, before accumulation for a leaf. Returns what
     * removes it ({@code handle.remove()}).
     */
    public Runnable registerHook(gradpad.engine.autograd.TensorHook hook) {
        if (!requiresGrad()) {
            throw TorchException.runtime("cannot register a hook on a tensor that doesn't require gradient");
        }
        Edge e = gradientEdge();
        return e.function.addTensorPreHook(e.inputNr, hook);
    }

    public void backward(Tensor gradient) {
        Engine.backward(this, gradient, false, false);
    }

    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        Engine.backward(this, gradient, retainGraph, createGraph);
    }

    /** A new leaf sharing storage and version counter, outside the graph. */
    public Tensor detach() {
        Tensor t = new Tensor(storage, offset, shape, strides, version);
        t.viewBase = viewBase;
        t.declared = declared;
        return t;
    }

    /** {@code .data}: like detach but with its own version counter, as PyTorch's {@code .data}. */
    public Tensor data() {
        Tensor t = new Tensor(storage, offset, shape, strides, new VersionCounter());
        t.declared = declared;
        return t;
    }

    // ---- scalars and printing -----------------------------------------------------------------

    /** {@code item()} as a double (PyTorch 2.x's error for several elements). */
    public double item() {
        checkOneElement();
        return doubleAt(0);
    }

    public long itemLong() {
        checkOneElement();
        return longAt(0);
    }

    private void checkOneElement() {
        int n = numel();
        if (n != 1) {
            throw TorchException.runtime("a Tensor with " + n + " elements cannot be converted to Scalar");
        }
    }

    /** PyTorch's {@code repr(tensor)}, to the character. */
    @Override
    public String toString() {
        return TensorPrinter.repr(this, declaredDType(), gradFn == null ? null : gradFn.typeName(), requiresGrad());
    }
}
