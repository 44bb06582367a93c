package gradpad.kernel.torch.distributions;

import gradpad.kernel.syntax.Expr.CmpOp;

/**
 * The few {@code torch.distributions.constraints} the distributions here check, with PyTorch's
 * {@code check} formulas and reprs (which appear in the validation errors).
 */
abstract class Constraint {
    final String repr;

    private Constraint(String repr) {
        this.repr = repr;
    }

    /** A boolean tensor: which elements (or events) satisfy the constraint. */
    abstract Object check(Object value);

    static final Constraint REAL = new Constraint("Real()") {
        @Override
        Object check(Object value) {
            return Py.cmp(CmpOp.Eq, value, value); // value == value: not NaN
        }
    };

    static final Constraint POSITIVE = new Constraint("GreaterThan(lower_bound=0.0)") {
        @Override
        Object check(Object value) {
            return Py.cmp(CmpOp.Gt, value, 0.0); // 0.0 < value
        }
    };

    static final Constraint UNIT_INTERVAL = new Constraint("Interval(lower_bound=0.0, upper_bound=1.0)") {
        @Override
        Object check(Object value) {
            return Py.and(Py.cmp(CmpOp.GtE, value, 0.0), Py.cmp(CmpOp.LtE, value, 1.0));
        }
    };

    static final Constraint BOOLEAN = new Constraint("Boolean()") {
        @Override
        Object check(Object value) {
            return Py.or(Py.cmp(CmpOp.Eq, value, 0L), Py.cmp(CmpOp.Eq, value, 1L));
        }
    };

    /** {@code constraints.real_vector}: {@code IndependentConstraint(real, 1)}. */
    static final Constraint REAL_VECTOR = new Constraint("IndependentConstraint(Real(), 1)") {
        @Override
        Object check(Object value) {
            // PyTorch reduces over the event dim only; callers just ask whether all hold
            return Py.m(REAL.check(value), "all");
        }
    };

    /** {@code torch.all(value >= 0, dim=-1) & ((value.sum(-1) - 1).abs() < 1e-6)}. */
    static final Constraint SIMPLEX = new Constraint("Simplex()") {
        @Override
        Object check(Object value) {
            Object nonneg = Py.m(Py.cmp(CmpOp.GtE, value, 0L), "all"); // callers only ask whether all hold
            Object sums = Py.cmp(CmpOp.Lt, Py.m(Py.sub(Py.m(value, "sum", -1L), 1L), "abs"), 1e-6);
            return Py.and(nonneg, sums);
        }
    };

    /** {@code constraints.integer_interval(0, n - 1)}, the support of Categorical. */
    static Constraint integerInterval(long lower, long upper) {
        return new Constraint("IntegerInterval(lower_bound=" + lower + ", upper_bound=" + upper + ")") {
            @Override
            Object check(Object value) {
                Object whole = Py.cmp(CmpOp.Eq, Py.mod(value, 1L), 0L);
                Object lo = Py.cmp(CmpOp.GtE, value, lower);
                Object hi = Py.cmp(CmpOp.LtE, value, upper);
                return Py.and(Py.and(whole, lo), hi);
            }
        };
    }

    /** {@code constraints.interval(low, high)} with tensor bounds: Uniform's support. */
    static Constraint interval(Object low, Object high) {
        return new Constraint("Interval(lower_bound=" + gradpad.kernel.runtime.Runtime.str(low) + ", upper_bound="
                + gradpad.kernel.runtime.Runtime.str(high) + ")") {
            @Override
            Object check(Object value) {
                return Py.and(Py.cmp(CmpOp.LtE, low, value), Py.cmp(CmpOp.LtE, value, high));
            }
        };
    }
}
