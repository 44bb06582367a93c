package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.IndexItem;
import gradpad.engine.Messages;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-place ops ({@code add_}, {@code mul_}, {@code zero_}, {@code x[i] = v}, ...): PyTorch's
 * leaf checks, the version bump that invalidates saved copies, and the history rebase: the
 * tensor's grad_fn becomes the op's node, or, for a view, its base's grad_fn becomes
 * {@code CopySlices} wrapping that node.
 */
public final class InPlace {
    private InPlace() {
    }

    public static Tensor add_(Tensor self, Tensor other) {
        return binary(self, other, BinaryKernel.ADD);
    }

    public static Tensor sub_(Tensor self, Tensor other) {
        return binary(self, other, BinaryKernel.SUB);
    }

    public static Tensor mul_(Tensor self, Tensor other) {
        return binary(self, other, BinaryKernel.MUL);
    }

    public static Tensor div_(Tensor self, Tensor other) {
        return binary(self, other, BinaryKernel.DIV);
    }

    private static Tensor binary(Tensor self, Tensor other, int op) {
        boolean record = check(self, other);
        DType t = TypePromotion.resultType(self, other);
        if (op == BinaryKernel.DIV && !t.isFloatingPoint()) {
            t = DType.FLOAT32;
        }
        if (!TypePromotion.canCast(t, self.dtype())) {
            throw TorchException.runtime("result type " + t.scalarTypeName() + " can't be cast to the desired output "
                    + "type " + self.dtype().scalarTypeName());
        }
        int[] shape = Shape.broadcast(self.shapeRef(), other.shapeRef());
        if (!Arrays.equals(shape, self.shapeRef())) {
            throw TorchException.runtime("output with shape " + Shape.list(self.shapeRef())
                    + " doesn't match the broadcast shape " + Shape.list(shape));
        }
        Node node = null;
        if (record) {
            // PyTorch saves original_self = self.clone(): a recorded clone, so double backward reaches self's history
            Tensor snapshot = other.requiresGrad() ? Conversion.cloneTensor(self) : null;
            switch (op) {
                case BinaryKernel.ADD: node = new Arithmetic.AddBackward0(self, other); break;
                case BinaryKernel.SUB: node = new Arithmetic.SubBackward0(self, other); break;
                case BinaryKernel.MUL:
                    node = new Arithmetic.MulBackward0(self, other, snapshot, self.requiresGrad() ? other : null);
                    break;
                default: node = new Arithmetic.DivBackward0(self, other, snapshot);
            }
        }
        Tensor result = BinaryKernel.run(op, self, other, t);
        commit(self, result, node, other);
        return self;
    }

    public static Tensor zero_(Tensor self) {
        return fill_(self, Tensor.wrappedScalar(0L), "ZeroBackward0");
    }

    /** {@code fill_}: FillBackward2 for a Python number (fill_.Scalar), FillBackward3 for a tensor. */
    public static Tensor fill_(Tensor self, Tensor value) {
        return fill_(self, value, value.isWrappedNumber() ? "FillBackward2" : "FillBackward3");
    }

    private static Tensor fill_(Tensor self, Tensor value, String name) {
        boolean record = check(self, value);
        Node node = record ? new ZeroGradOfSelf(name, value) : null;
        Tensor v = value.dim() == 0 ? value : Conversion.contiguousData(value);
        if (v.numel() != 1) {
            throw TorchException.runtime("fill_ only supports 0-dimension value tensor but got tensor with "
                    + v.dim() + " dimensions.");
        }
        Tensor full = Creation.full(self.shapeRef(), v.doubleAt(0), self.dtype());
        if (self.dtype() == DType.INT64) {
            full = Creation.fullLong(self.shapeRef(), v.longAt(0));
        }
        commit(self, full, node, value);
        return self;
    }

    /** {@code self.copy_(src)}: src broadcast into self ({@code CopyBackwards}). */
    public static Tensor copy_(Tensor self, Tensor src) {
        boolean record = check(self, src);
        Shape.broadcast(self.shapeRef(), src.shapeRef());
        Node node = record ? new CopyBackwards(src) : null;
        // Copy via a temporary: src may overlap self's memory.
        Tensor tmp = Conversion.copyData(Conversion.convertData(src, self.dtype()));
        commit(self, tmp, node, src);
        return self;
    }

    /** {@code x[items] = value}. */
    public static void setItem(Tensor x, List<IndexItem> items, Tensor value) {
        List<IndexItem> expanded = Indexing.expandEllipsis(x, items);
        boolean hasTensor = false;
        for (IndexItem it : expanded) {
            hasTensor |= it.kind == IndexItem.Kind.TENSOR;
        }
        if (!hasTensor) {
            Tensor view = basicView(x, expanded);
            copy_(view, value);
            return;
        }
        List<int[]> dims = new ArrayList<>();
        List<Tensor> idx = new ArrayList<>();
        int dim = 0;
        for (IndexItem it : expanded) {
            if (it.kind != IndexItem.Kind.TENSOR) {
                throw TorchException.runtime("gradpad: assignment mixing index tensors with ints or slices is not "
                        + "supported yet");
            }
            if (it.tensor.dtype() == DType.BOOL) {
                Tensor[] cols = MaskIndex.nonzeroColumns(it.tensor);
                for (int k = 0; k < cols.length; k++) {
                    dims.add(new int[] {dim + k});
                    idx.add(cols[k]);
                }
                dim += Math.max(it.tensor.dim(), 1);
            } else {
                dims.add(new int[] {dim++});
                idx.add(it.tensor);
            }
        }
        if (GradMode.isEnabled() && x.isLeaf() && x.requiresGrad()) {
            throw TorchException.runtime(Messages.LEAF_IN_PLACE);
        }
        boolean record = GradMode.isEnabled() && (x.requiresGrad() || value.requiresGrad());
        Edge oldEdge = x.gradientEdge();
        Node node = AdvancedIndex.putInPlace(x, dims, idx, value, record);
        x.versionCounter().bump();
        if (node != null) {
            node.setNextEdges(new Edge[] {oldEdge, value.gradientEdge()});
            x.setGradFn(node, 0);
        }
    }

    /** The view {@code x[ints, slices, None]} names, recorded like Python's {@code x[...]} is. */
    private static Tensor basicView(Tensor x, List<IndexItem> items) {
        return Indexing.index(x, items);
    }

    /** For in-place ops in other files: the checks, then {@link #commit} once the result is computed. */
    static boolean checkInPlace(Tensor self, Tensor other) {
        return check(self, other);
    }

    static void commitInPlace(Tensor self, Tensor result, Node node, Tensor other) {
        commit(self, result, node, other);
    }

    /** PyTorch's checks before an in-place op; returns whether the op must be recorded. */
    private static boolean check(Tensor self, Tensor other) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        Splitting.checkNotMultiOutputView(self);
        Tensor base = self.viewBase();
        if (base != null && !self.isLeaf() && base.isLeaf() && base.requiresGrad()) {
            throw TorchException.runtime("a view of a leaf Variable that requires grad is being used in an in-place "
                    + "operation.");
        }
        if (self.isLeaf() && self.requiresGrad()) {
            throw TorchException.runtime(Messages.LEAF_IN_PLACE);
        }
        return self.requiresGrad() || other.requiresGrad();
    }

    /** Writes the result into self, bumps the version, and rebases self's history on {@code node}. */
    private static void commit(Tensor self, Tensor result, Node node, Tensor other) {
        Conversion.copyElements(self, result);
        self.versionCounter().bump();
        if (node == null) {
            return;
        }
        Tensor base = self.viewBase();
        if (base == null || !isViewOf(self, base)) {
            node.setNextEdges(new Edge[] {self.gradientEdge(), other.gradientEdge()});
            node.setInputMetadata(new Tensor[] {self, other});
            self.setGradFn(node, 0);
            return;
        }
        node.setInputMetadata(new Tensor[] {self, other});
        CopySlices slices = new CopySlices(base, self, node);
        Edge[] edges = {base.gradientEdge(), other.gradientEdge()};
        slices.setNextEdges(edges);
        // The wrapped node never joins the graph; its edges only tell it which gradients are needed.
        node.setNextEdges(edges.clone());
        base.setGradFn(slices, 0);
        Node viewNode = new CopySlices.AsStridedBackward0(base, self);
        viewNode.setNextEdges(new Edge[] {base.gradientEdge()});
        self.setGradFn(viewNode, 0);
    }

    /** Whether self is a real view into base's memory (not base itself or a detached alias). */
    private static boolean isViewOf(Tensor self, Tensor base) {
        return self != base && base.isContiguous();
    }

    /** Gradient zero for self; the filled value, if a tensor requiring grad, gets the sum. */
    static final class ZeroGradOfSelf extends Node {
        private final String name;
        private final Arithmetic.InputMeta value;

        ZeroGradOfSelf(String name, Tensor value) {
            this.name = name;
            this.value = new Arithmetic.InputMeta(value);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gv = value.reduce(Reductions.sum(g[0]));
            return new Tensor[] {Creation.zerosLike(g[0]), gv};
        }
    }

    static final class CopyBackwards extends Node {
        private final Arithmetic.InputMeta src;

        CopyBackwards(Tensor src) {
            this.src = new Arithmetic.InputMeta(src);
        }

        @Override
        public String name() {
            return "CopyBackwards";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Creation.zerosLike(g[0]), src.reduce(g[0])};
        }
    }
}
