package gradpad.engine;

import gradpad.engine.ops.Clamp;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Gather;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Masking;
import gradpad.engine.ops.MinMax;
import gradpad.engine.ops.Norms;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Product;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.Repeat;
import gradpad.engine.ops.Softmax;
import gradpad.engine.ops.Statistics;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.Views;
import java.util.Arrays;
import java.util.List;

/**
 * The second half of {@link Tensor}'s {@code torch.Tensor} methods (reductions with indices,
 * statistics, softmax, shape and mask ops), kept in their own file; only Tensor extends it.
 */
public abstract class TensorOps {
    TensorOps() {
    }

    private Tensor self() {
        return (Tensor) this;
    }

    // ---- max / min ---------------------------------------------------------------------------

    /** {@code x.max()}: the largest element ({@code MaxBackward1}). */
    public Tensor max() {
        return MinMax.max(self());
    }

    public Tensor min() {
        return MinMax.min(self());
    }

    /** {@code x.max(dim, keepdim)}: values ({@code MaxBackward0}) and int64 indices of the first maximum. */
    public ValuesIndices max(int dim, boolean keepdim) {
        return MinMax.max(self(), dim, keepdim);
    }

    public ValuesIndices min(int dim, boolean keepdim) {
        return MinMax.min(self(), dim, keepdim);
    }

    public Tensor argmax() {
        return MinMax.argmax(self(), null, false);
    }

    public Tensor argmax(int dim, boolean keepdim) {
        return MinMax.argmax(self(), dim, keepdim);
    }

    public Tensor argmin() {
        return MinMax.argmin(self(), null, false);
    }

    public Tensor argmin(int dim, boolean keepdim) {
        return MinMax.argmin(self(), dim, keepdim);
    }

    public Tensor maximum(Tensor other) {
        return Pointwise.maximum(self(), other, true);
    }

    public Tensor minimum(Tensor other) {
        return Pointwise.maximum(self(), other, false);
    }

    /** {@code x.clamp(min, max)} with Python numbers; either may be null. */
    public Tensor clamp(Double min, Double max) {
        return Pointwise.clamp(self(), min, max);
    }

    /** {@code x.clamp(min, max)} with tensors or wrapped numbers; either may be null. */
    public Tensor clamp(Tensor min, Tensor max) {
        return Clamp.clamp(self(), min, max);
    }

    // ---- softmax family ----------------------------------------------------------------------

    public Tensor softmax(int dim) {
        return Softmax.softmax(self(), dim, null);
    }

    public Tensor softmax(int dim, DType dtype) {
        return Softmax.softmax(self(), dim, dtype);
    }

    public Tensor logSoftmax(int dim) {
        return Softmax.logSoftmax(self(), dim, null);
    }

    public Tensor logSoftmax(int dim, DType dtype) {
        return Softmax.logSoftmax(self(), dim, dtype);
    }

    public Tensor logsumexp(int[] dims, boolean keepdim) {
        return Softmax.logsumexp(self(), dims, keepdim);
    }

    // ---- statistics and norms ----------------------------------------------------------------

    /** {@code x.var()}: unbiased, over all elements. */
    public Tensor var() {
        return Statistics.var(self(), null, 1, false);
    }

    /** {@code x.var(dim, correction=, keepdim=)}; dims null means all. */
    public Tensor var(int[] dims, double correction, boolean keepdim) {
        return Statistics.var(self(), dims, correction, keepdim);
    }

    public Tensor std() {
        return Statistics.std(self(), null, 1, false);
    }

    public Tensor std(int[] dims, double correction, boolean keepdim) {
        return Statistics.std(self(), dims, correction, keepdim);
    }

    /** {@code x.norm()}: the 2-norm of all elements. */
    public Tensor norm() {
        return Norms.norm(self(), 2, null, false);
    }

    /** {@code x.norm(p, dim, keepdim)}: p = 2 for 'fro', infinities for 'inf'; dims null means all. */
    public Tensor norm(double p, int[] dims, boolean keepdim) {
        return Norms.norm(self(), p, dims, keepdim);
    }

    public Tensor prod() {
        return Product.prod(self(), null);
    }

    public Tensor prod(int dim, boolean keepdim) {
        return Product.prod(self(), dim, keepdim, null);
    }

    /** {@code x.sum(dtype=...)}. */
    public Tensor sum(DType dtype) {
        return Reductions.sum(self(), dtype);
    }

    // ---- shapes ------------------------------------------------------------------------------

    public Tensor permute(int... dims) {
        return Views.permute(self(), dims);
    }

    public Tensor flatten() {
        return Views.flatten(self(), 0, -1);
    }

    public Tensor flatten(int startDim, int endDim) {
        return Views.flatten(self(), startDim, endDim);
    }

    public Tensor squeeze() {
        return Views.squeeze(self(), null);
    }

    public Tensor squeeze(int dim) {
        return Views.squeeze(self(), dim);
    }

    public Tensor expand(int... sizes) {
        return Views.expand(self(), sizes);
    }

    public Tensor repeat(int... repeats) {
        return Repeat.repeat(self(), repeats);
    }

    public Tensor flip(int... dims) {
        return Product.flip(self(), dims);
    }

    /** {@code x.T}: all dimensions reversed ({@code PermuteBackward0}). */
    public Tensor T() {
        return Views.reverseDims(self());
    }

    /** {@code x.mT}: the last two dimensions swapped. */
    public Tensor mT() {
        return Views.transpose(self(), -2, -1);
    }

    public Tensor contiguous() {
        return Conversion.contiguous(self());
    }

    /** {@code x[items]}: ints, slices, None, ..., index tensors and masks. */
    public Tensor index(IndexItem... items) {
        return Indexing.index(self(), Arrays.asList(items));
    }

    /** {@code x[items] = value}. */
    public void setItem(List<IndexItem> items, Tensor value) {
        InPlace.setItem(self(), items, value);
    }

    public Tensor gather(int dim, Tensor index) {
        return Gather.gather(self(), dim, index);
    }

    public Tensor mv(Tensor vec) {
        return LinearAlgebra.mv(self(), vec);
    }

    public Tensor bmm(Tensor other) {
        return LinearAlgebra.bmm(self(), other);
    }

    // ---- masks and comparisons ---------------------------------------------------------------

    public Tensor maskedFill(Tensor mask, double value) {
        return Masking.maskedFill(self(), mask, Tensor.wrappedScalar(value));
    }

    /** With a 0-d tensor value ({@code MaskedFillBackward1}) or a wrapped number. */
    public Tensor maskedFill(Tensor mask, Tensor value) {
        return Masking.maskedFill(self(), mask, value);
    }

    public Tensor maskedFill_(Tensor mask, double value) {
        return Masking.maskedFill_(self(), mask, Tensor.wrappedScalar(value));
    }

    public Tensor maskedFill_(Tensor mask, Tensor value) {
        return Masking.maskedFill_(self(), mask, value);
    }

    public Tensor ne(Tensor o) {
        return Comparison.ne(self(), o);
    }

    public Tensor lt(Tensor o) {
        return Comparison.lt(self(), o);
    }

    public Tensor le(Tensor o) {
        return Comparison.le(self(), o);
    }

    public Tensor gt(Tensor o) {
        return Comparison.gt(self(), o);
    }

    public Tensor ge(Tensor o) {
        return Comparison.ge(self(), o);
    }

    public Tensor gt(double o) {
        return Comparison.gt(self(), Tensor.wrappedScalar(o));
    }

    public Tensor lt(double o) {
        return Comparison.lt(self(), Tensor.wrappedScalar(o));
    }

    public Tensor reciprocal() {
        return Unary.reciprocal(self());
    }

    public Tensor copy_(Tensor src) {
        return InPlace.copy_(self(), src);
    }
}
