package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Expr.CmpOp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sorted()} and {@code list.sort()}: stable, on Python's {@code <}, with CPython's
 * listsort structure (reverse by reversing before and after; natural runs found as count_run
 * does; runs shorter than minrun extended by binary insertion), so that on lists under 64
 * items the comparisons happen in CPython's order: which pair of a mixed-type list raises, and
 * in what order a class's __lt__ sees its operands, match. Runs are merged by a plain stable
 * merge (CPython gallops; the result is the same).
 */
final class Sorting {
    private Sorting() {
    }

    static ArrayList<Object> sorted(List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        Object[] keys = new Object[n];
        Object[] vals = items.toArray();
        for (int i = 0; i < n; i++) {
            keys[i] = key == null || key == PyNone.NONE ? vals[i] : Runtime.call(key, vals[i]);
        }
        if (reverse) {
            reverse(keys, vals, 0, n);
        }
        sort(keys, vals);
        if (reverse) {
            reverse(keys, vals, 0, n);
        }
        ArrayList<Object> out = new ArrayList<>(n);
        for (Object v : vals) {
            out.add(v);
        }
        return out;
    }

    private static boolean lt(Object a, Object b) {
        return Runtime.truthy(Operators.compare(CmpOp.Lt, a, b));
    }

    private static void reverse(Object[] k, Object[] v, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = k[i];
            k[i] = k[j];
            k[j] = t;
            t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    /** CPython's merge_compute_minrun. */
    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private static void sort(Object[] k, Object[] v) {
        int n = k.length;
        if (n < 2) {
            return;
        }
        int minrun = minrun(n);
        List<int[]> runs = new ArrayList<>();
        int lo = 0;
        while (lo < n) {
            int run = countRun(k, v, lo, n);
            if (run < minrun) {
                int force = Math.min(minrun, n - lo);
                binarySort(k, v, lo, lo + force, lo + run);
                run = force;
            }
            runs.add(new int[] {lo, lo + run});
            lo += run;
        }
        while (runs.size() > 1) {
            List<int[]> next = new ArrayList<>();
            for (int i = 0; i + 1 < runs.size(); i += 2) {
                merge(k, v, runs.get(i)[0], runs.get(i)[1], runs.get(i + 1)[1]);
                next.add(new int[] {runs.get(i)[0], runs.get(i + 1)[1]});
            }
            if (runs.size() % 2 == 1) {
                next.add(runs.get(runs.size() - 1));
            }
            runs = next;
        }
    }

    /** Length of the natural run at lo; a strictly descending run is reversed in place. */
    private static int countRun(Object[] k, Object[] v, int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lt(k[lo + 1], k[lo])) {
            for (int i = lo + 2; i < hi && lt(k[i], k[i - 1]); i++) {
                n++;
            }
            reverse(k, v, lo, lo + n);
        } else {
            for (int i = lo + 2; i < hi && !lt(k[i], k[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    /** CPython's binarysort: [lo, start) is sorted; insert the rest, after equal keys (stable). */
    private static void binarySort(Object[] k, Object[] v, int lo, int hi, int start) {
        for (; start < hi; start++) {
            Object pivot = k[start];
            Object pv = v[start];
            int l = lo;
            int r = start;
            while (l < r) {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, k[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            for (int i = start; i > l; i--) {
                k[i] = k[i - 1];
                v[i] = v[i - 1];
            }
            k[l] = pivot;
            v[l] = pv;
        }
    }

    /** Stable merge of the sorted ranges [lo, mid) and [mid, hi). */
    private static void merge(Object[] k, Object[] v, int lo, int mid, int hi) {
        Object[] lk = java.util.Arrays.copyOfRange(k, lo, mid);
        Object[] lv = java.util.Arrays.copyOfRange(v, lo, mid);
        int i = 0;
        int j = mid;
        int out = lo;
        while (i < lk.length && j < hi) {
            if (lt(k[j], lk[i])) {
                k[out] = k[j];
                v[out++] = v[j++];
            } else {
                k[out] = lk[i];
                v[out++] = lv[i++];
            }
        }
        while (i < lk.length) {
            k[out] = lk[i];
            v[out++] = lv[i++];
        }
    }
}
