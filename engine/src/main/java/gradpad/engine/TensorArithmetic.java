package gradpad.engine;

import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.Views;

/**
 * The first half of {@link Tensor}'s {@code torch.Tensor} methods (arithmetic, elementwise
 * math, sums, products of matrices, views, in-place ops), each delegating to its op family;
 * {@link TensorOps} has the rest. Only Tensor extends it.
 */
public abstract class TensorArithmetic extends TensorOps {
    TensorArithmetic() {
    }

    private Tensor self() {
        return (Tensor) this;
    }

    public Tensor add(Tensor o) {
        return Arithmetic.add(self(), o);
    }

    public Tensor add(double o) {
        return Arithmetic.add(self(), Tensor.wrappedScalar(o));
    }

    public Tensor sub(Tensor o) {
        return Arithmetic.sub(self(), o);
    }

    public Tensor sub(double o) {
        return Arithmetic.sub(self(), Tensor.wrappedScalar(o));
    }

    public Tensor mul(Tensor o) {
        return Arithmetic.mul(self(), o);
    }

    public Tensor mul(double o) {
        return Arithmetic.mul(self(), Tensor.wrappedScalar(o));
    }

    public Tensor div(Tensor o) {
        return Arithmetic.div(self(), o);
    }

    public Tensor div(double o) {
        return Arithmetic.div(self(), Tensor.wrappedScalar(o));
    }

    public Tensor neg() {
        return Arithmetic.neg(self());
    }

    public Tensor pow(double exponent) {
        return Arithmetic.pow(self(), Tensor.wrappedScalar(exponent));
    }

    public Tensor pow(Tensor exponent) {
        return Arithmetic.pow(self(), exponent);
    }

    public Tensor exp() {
        return Unary.exp(self());
    }

    public Tensor log() {
        return Unary.log(self());
    }

    public Tensor sqrt() {
        return Unary.sqrt(self());
    }

    public Tensor abs() {
        return Unary.abs(self());
    }

    public Tensor tanh() {
        return Unary.tanh(self());
    }

    public Tensor sigmoid() {
        return Unary.sigmoid(self());
    }

    public Tensor relu() {
        return Unary.relu(self());
    }

    public Tensor sin() {
        return Unary.sin(self());
    }

    public Tensor cos() {
        return Unary.cos(self());
    }

    public Tensor sum() {
        return Reductions.sum(self());
    }

    public Tensor sum(int[] dims, boolean keepdim) {
        return Reductions.sum(self(), dims, keepdim, null);
    }

    public Tensor mean() {
        return Reductions.mean(self());
    }

    public Tensor mean(int[] dims, boolean keepdim) {
        return Reductions.mean(self(), dims, keepdim, null);
    }

    public Tensor matmul(Tensor o) {
        return LinearAlgebra.matmul(self(), o);
    }

    public Tensor mm(Tensor o) {
        return LinearAlgebra.mm(self(), o);
    }

    public Tensor dot(Tensor o) {
        return LinearAlgebra.dot(self(), o);
    }

    public Tensor view(int... newShape) {
        return Views.view(self(), newShape);
    }

    public Tensor reshape(int... newShape) {
        return Views.reshape(self(), newShape);
    }

    public Tensor transpose(int d0, int d1) {
        return Views.transpose(self(), d0, d1);
    }

    public Tensor t() {
        return Views.t(self());
    }

    public Tensor unsqueeze(int d) {
        return Views.unsqueeze(self(), d);
    }

    public Tensor select(int d, int index) {
        return Indexing.select(self(), d, index);
    }

    public Tensor clone() {
        return Conversion.cloneTensor(self());
    }

    public Tensor to(DType target) {
        return Conversion.to(self(), target);
    }

    public Tensor eq(Tensor o) {
        return Comparison.eq(self(), o);
    }

    public Tensor add_(Tensor o) {
        return InPlace.add_(self(), o);
    }

    public Tensor sub_(Tensor o) {
        return InPlace.sub_(self(), o);
    }

    public Tensor mul_(Tensor o) {
        return InPlace.mul_(self(), o);
    }

    public Tensor div_(Tensor o) {
        return InPlace.div_(self(), o);
    }

    public Tensor zero_() {
        return InPlace.zero_(self());
    }

    public Tensor fill_(double value) {
        return InPlace.fill_(self(), Tensor.wrappedScalar(value));
    }
}
