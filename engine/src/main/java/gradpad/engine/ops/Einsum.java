package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.einsum} as ATen's composite (Linear.cpp) computes it, step for step: diagonals for
 * repeated labels, operands unsqueezed and permuted to (output dims, contraction dims), then
 * contracted left to right by {@code sumproduct_pair} (permute, reshape, bmm, view, permute), so
 * the graph and the grad_fn names are PyTorch's (ViewBackward0 after a contraction, SumBackward1
 * for one operand with summed labels, MulBackward0 for a plain product, PermuteBackward0 ...).
 */
public final class Einsum {
    private Einsum() {
    }

    private static final int LETTERS = 26;
    private static final int TOTAL = 2 * LETTERS;
    private static final int ELLIPSIS = TOTAL;

    private static int subscript(char c) {
        return Character.isUpperCase(c) ? c - 'A' : c - 'a' + LETTERS;
    }

    private static char label(int s) {
        return (char) (s < LETTERS ? s + 'A' : s + 'a' - LETTERS);
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static Tensor einsum(String equation, Tensor[] operands) {
        if (operands.length == 0) {
            throw TorchException.runtime("einsum(): must provide at least one operand");
        }
        int numOps = operands.length;
        int arrow = equation.indexOf("->");
        String lhs = arrow < 0 ? equation : equation.substring(0, arrow);
        List<List<Integer>> opLabels = new ArrayList<>();
        for (int i = 0; i < numOps; i++) {
            opLabels.add(new ArrayList<>());
        }
        boolean ellInInput = false;
        int curr = 0;
        for (int i = 0; i < lhs.length(); i++) {
            char c = lhs.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '.') {
                if (ellInInput) {
                    throw err("found '.' for operand " + curr + " for which an ellipsis was already found");
                }
                if (!(i + 2 < lhs.length() && lhs.charAt(++i) == '.' && lhs.charAt(++i) == '.')) {
                    throw err("found '.' for operand " + curr + " that is not part of any ellipsis");
                }
                opLabels.get(curr).add(ELLIPSIS);
                ellInInput = true;
            } else if (c == ',') {
                curr++;
                if (curr >= numOps) {
                    throw err("fewer operands were provided than specified in the equation");
                }
                ellInInput = false;
            } else {
                if (!isAlpha(c)) {
                    throw err("invalid subscript given at index " + i
                            + " in the equation string, subscripts must be in [a-zA-Z]");
                }
                opLabels.get(curr).add(subscript(c));
            }
        }
        if (curr != numOps - 1) {
            throw err("more operands were provided than specified in the equation");
        }
        int[] labelCount = new int[TOTAL];
        int ellNumDim = 0;
        for (int i = 0; i < numOps; i++) {
            int ndims = operands[i].dim();
            int nlabels = opLabels.get(i).size();
            boolean hasEllipsis = false;
            for (int l : opLabels.get(i)) {
                if (l == ELLIPSIS) {
                    nlabels--;
                    hasEllipsis = true;
                    ellNumDim = Math.max(ellNumDim, ndims - nlabels);
                } else {
                    labelCount[l]++;
                }
            }
            if (hasEllipsis ? nlabels > ndims : nlabels != ndims) {
                throw err("the number of subscripts in the equation (" + nlabels + (hasEllipsis
                        ? ") is more than the number of dimensions (" : ") does not match the number of dimensions (")
                        + ndims + ") for operand " + i + (hasEllipsis ? "" : " and no ellipsis was given"));
            }
        }
        int[] permIndex = new int[TOTAL];
        java.util.Arrays.fill(permIndex, -1);
        int perm = 0;
        int ellIndex = 0;
        boolean ellInOutput = false;
        if (arrow < 0) {
            perm = ellNumDim;
            ellInOutput = true;
            for (int l = 0; l < TOTAL; l++) {
                if (labelCount[l] == 1) {
                    permIndex[l] = perm++;
                }
            }
        } else {
            String rhs = equation.substring(arrow + 2);
            for (int i = 0; i < rhs.length(); i++) {
                char c = rhs.charAt(i);
                if (c == ' ') {
                    continue;
                }
                if (c == '.') {
                    if (ellInOutput) {
                        throw err("found '.' for output but an ellipsis (...) was already found");
                    }
                    if (!(i + 2 < rhs.length() && rhs.charAt(++i) == '.' && rhs.charAt(++i) == '.')) {
                        throw err("found '.' for output that is not part of any ellipsis (...)");
                    }
                    ellIndex = perm;
                    perm += ellNumDim;
                    ellInOutput = true;
                    continue;
                }
                if (!isAlpha(c)) {
                    throw err("invalid subscript given at index " + (lhs.length() + 2 + i)
                            + " in the equation string, subscripts must be in [a-zA-Z]");
                }
                int s = subscript(c);
                if (!(labelCount[s] > 0 && permIndex[s] == -1)) {
                    throw err("output subscript " + c + (permIndex[s] > -1 ? " appears more than once in the output"
                            : " does not appear in the equation for any input operand"));
                }
                permIndex[s] = perm++;
            }
        }
        int outNumDim = perm;
        if (!ellInOutput) {
            ellIndex = perm;
            perm += ellNumDim;
        }
        for (int l = 0; l < TOTAL; l++) {
            if (labelCount[l] > 0 && permIndex[l] == -1) {
                permIndex[l] = perm++;
            }
        }
        int[] labelSize = new int[TOTAL];
        java.util.Arrays.fill(labelSize, 1);
        int[] ellSizes = new int[ellNumDim];
        java.util.Arrays.fill(ellSizes, 1);
        int[] dimCounts = new int[perm];
        List<Tensor> ops = new ArrayList<>();
        for (int i = 0; i < numOps; i++) {
            Tensor op = operands[i];
            int[] permutation = new int[perm];
            java.util.Arrays.fill(permutation, -1);
            int dim = 0;
            for (int s : opLabels.get(i)) {
                if (s == ELLIPSIS) {
                    int ndim = operands[i].dim() - (opLabels.get(i).size() - 1);
                    for (int j = ellNumDim - ndim; j < ellNumDim; j++) {
                        int size = op.shapeRef()[dim];
                        if (size != 1) {
                            if (!(ellSizes[j] == 1 || ellSizes[j] == size)) {
                                throw err("dimension " + dim + " covered by ellipsis in operand " + i + "has size "
                                        + size + " which does not broadcast with previously seen ellipsis with size "
                                        + ellSizes[j] + " for the respective dimension");
                            }
                            ellSizes[j] = size;
                            dimCounts[ellIndex + j]++;
                        }
                        permutation[ellIndex + j] = dim++;
                    }
                } else if (permutation[permIndex[s]] == -1) {
                    int size = op.shapeRef()[dim];
                    if (size != 1) {
                        if (!(labelSize[s] == 1 || labelSize[s] == size)) {
                            throw err("subscript " + label(s) + " has size " + size + " for operand " + i
                                    + " which does not broadcast with previously seen size " + labelSize[s]);
                        }
                        labelSize[s] = size;
                        dimCounts[permIndex[s]]++;
                    }
                    permutation[permIndex[s]] = dim++;
                } else {
                    int prev = permutation[permIndex[s]];
                    if (op.shapeRef()[dim] != op.shapeRef()[prev]) {
                        throw err("subscript " + label(s) + " is repeated for operand " + i
                                + " but the sizes don't match, " + op.shapeRef()[dim] + " != " + op.shapeRef()[prev]);
                    }
                    op = Rearranging.movedim(Diagonal.diagonal(op, 0, prev, dim), new int[] {-1}, new int[] {prev});
                }
            }
            for (int k = 0; k < perm; k++) {
                if (permutation[k] == -1) {
                    op = Views.unsqueeze(op, dim);
                    permutation[k] = dim++;
                }
            }
            ops.add(Views.permute(op, permutation));
        }
        while (ops.size() > 1) {
            Tensor a = ops.remove(0);
            Tensor b = ops.remove(0);
            List<Integer> sumDims = new ArrayList<>();
            List<Integer> aSum = new ArrayList<>();
            List<Integer> bSum = new ArrayList<>();
            for (int dim = outNumDim; dim < perm; dim++) {
                int sa = a.shapeRef()[dim];
                int sb = b.shapeRef()[dim];
                if (sa != 1 && sb != 1) {
                    if (--dimCounts[dim] == 1) {
                        sumDims.add(dim);
                        dimCounts[dim] = 0;
                    }
                } else if (dimCounts[dim] == 1) {
                    if (sa != 1) {
                        aSum.add(dim);
                        dimCounts[dim] = 0;
                    } else if (sb != 1) {
                        bSum.add(dim);
                        dimCounts[dim] = 0;
                    }
                }
            }
            if (!aSum.isEmpty()) {
                a = Reductions.sum(a, ints(aSum), true, null);
            }
            if (!bSum.isEmpty()) {
                b = Reductions.sum(b, ints(bSum), true, null);
            }
            ops.add(0, sumProductPair(a, b, ints(sumDims)));
        }
        if (perm - outNumDim > 0) {
            if (numOps > 1) {
                int[] sizes = new int[outNumDim];
                System.arraycopy(ops.get(0).shapeRef(), 0, sizes, 0, outNumDim);
                return Views.view(ops.get(0), sizes);
            }
            int[] sumDims = new int[perm - outNumDim];
            for (int k = 0; k < sumDims.length; k++) {
                sumDims[k] = outNumDim + k;
            }
            return Reductions.sum(ops.get(0), sumDims, false, null);
        }
        return ops.get(0);
    }

    /** {@code (left * right).sum(sumDims, keepdim=True)} through one bmm, as ATen's sumproduct_pair. */
    private static Tensor sumProductPair(Tensor left, Tensor right, int[] sumDims) {
        if (sumDims.length == 0) {
            return Arithmetic.mul(left, right);
        }
        int dim = left.dim();
        boolean[] summed = new boolean[dim];
        for (int d : sumDims) {
            summed[d] = true;
        }
        List<Integer> lro = new ArrayList<>();
        List<Integer> lo = new ArrayList<>();
        List<Integer> ro = new ArrayList<>();
        int lroSize = 1;
        int loSize = 1;
        int roSize = 1;
        int sumSize = 1;
        for (int i = 0; i < dim; i++) {
            boolean sl = left.shapeRef()[i] != 1;
            boolean sr = right.shapeRef()[i] != 1;
            if (summed[i]) {
                if (sl && sr) {
                    if (left.shapeRef()[i] != right.shapeRef()[i]) {
                        throw TorchException.runtime("non-broadcast dimensions must match");
                    }
                    sumSize *= left.shapeRef()[i];
                } else if (sl) {
                    left = Reductions.sum(left, new int[] {i}, true, null);
                } else if (sr) {
                    right = Reductions.sum(right, new int[] {i}, true, null);
                }
            } else if (sl && sr) {
                if (left.shapeRef()[i] != right.shapeRef()[i]) {
                    throw TorchException.runtime("non-broadcast dimensions must match");
                }
                lro.add(i);
                lroSize *= left.shapeRef()[i];
            } else if (sl) {
                lo.add(i);
                loSize *= left.shapeRef()[i];
            } else {
                ro.add(i);
                roSize *= right.shapeRef()[i];
            }
        }
        int[] outSize = new int[dim];
        int[] lperm = new int[dim];
        int[] rperm = new int[dim];
        int[] operm = new int[dim];
        int k = 0;
        for (int d : lro) {
            outSize[k] = left.shapeRef()[d];
            lperm[k] = d;
            rperm[k] = d;
            operm[d] = k++;
        }
        int r = k;
        for (int d : lo) {
            outSize[k] = left.shapeRef()[d];
            lperm[k] = d;
            operm[d] = k++;
        }
        for (int d : sumDims) {
            outSize[k] = 1;
            lperm[k] = d;
            rperm[r++] = d;
            operm[d] = k++;
        }
        for (int d : ro) {
            outSize[k] = right.shapeRef()[d];
            lperm[k] = d;
            rperm[r++] = d;
            operm[d] = k++;
        }
        for (int d : lo) {
            rperm[r++] = d;
        }
        Tensor l = Views.reshape(Views.permute(left, lperm), new int[] {lroSize, loSize, sumSize});
        Tensor rt = Views.reshape(Views.permute(right, rperm), new int[] {lroSize, sumSize, roSize});
        Tensor result = LinearAlgebra.bmm(l, rt);
        return Views.permute(Views.view(result, outSize), operm);
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static TorchException err(String message) {
        return TorchException.runtime("einsum(): " + message);
    }
}
