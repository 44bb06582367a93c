package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/** The backward nodes of {@link Views}: each applies the inverse shape op to the gradient. */
final class ViewBackwards {
    private ViewBackwards() {
    }

    /** Gradient reshaped back to the input's shape (view, reshape, squeeze). */
    static final class ReshapeBackward extends Node {
        private final String name;
        private final int[] inputShape;

        ReshapeBackward(String name, int[] inputShape) {
            this.name = name;
            this.inputShape = inputShape;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Views.reshape(g[0], inputShape)};
        }
    }

    static final class TransposeBackward extends Node {
        private final String name;
        private final int a;
        private final int b;

        TransposeBackward(String name, int a, int b) {
            this.name = name;
            this.a = a;
            this.b = b;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {a == b ? g[0] : Views.transpose(g[0], a, b)};
        }
    }

    static final class PermuteBackward0 extends Node {
        private final int[] dims;

        PermuteBackward0(int[] dims) {
            this.dims = dims;
        }

        @Override
        public String name() {
            return "PermuteBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            int[] inverse = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                inverse[dims[i]] = i;
            }
            return new Tensor[] {Views.permute(g[0], inverse)};
        }
    }

    static final class UnsqueezeBackward0 extends Node {
        private final int dim;

        UnsqueezeBackward0(int dim) {
            this.dim = dim;
        }

        @Override
        public String name() {
            return "UnsqueezeBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Views.squeeze(g[0], dim)};
        }
    }

    static final class ExpandBackward0 extends Node {
        private final int[] inputShape;

        ExpandBackward0(int[] inputShape) {
            this.inputShape = inputShape;
        }

        @Override
        public String name() {
            return "ExpandBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Reductions.sumToShape(g[0], inputShape)};
        }
    }
}
