package gradpad.engine.ops;

/**
 * The C++ standard library's {@code std::sort}, {@code std::nth_element} and
 * {@code std::partial_sort} step for step as libstdc++ (GCC, which builds PyTorch's Linux wheels)
 * writes them, over one line of keys: PyTorch's CPU {@code topk}, {@code median} and unstable
 * {@code sort} leave tied keys in whatever order these algorithms produce, so the returned indices
 * only match PyTorch's when every comparison and move is the same. {@code stableSort} is
 * {@code std::stable_sort}, whose result is unique. The elements are positions into the key
 * array; the comparator puts NaN above every number, as PyTorch's {@code KeyValueCompAsc/Desc}
 * do.
 */
final class StdSort {
    /** libstdc++'s {@code _S_threshold}: ranges this short are left to the final insertion sort. */
    private static final int THRESHOLD = 16;

    private final double[] keys;
    private final long[] longKeys;
    private final boolean descending;
    final int[] a;

    /** One line of float keys (or, when {@code longKeys} is given, integer keys), in order. */
    StdSort(double[] keys, long[] longKeys, boolean descending) {
        this.keys = keys;
        this.longKeys = longKeys;
        this.descending = descending;
        int n = longKeys != null ? longKeys.length : keys.length;
        a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
    }

    /** The comparator on elements (positions): strictly before, NaN largest. */
    boolean less(int x, int y) {
        if (longKeys != null) {
            return descending ? longKeys[x] > longKeys[y] : longKeys[x] < longKeys[y];
        }
        double u = keys[x];
        double v = keys[y];
        if (descending) {
            return (u != u && v == v) || u > v;
        }
        return (u == u && v != v) || u < v;
    }

    private void swap(int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static int lg(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    // ---- std::sort ----

    void sort(int first, int last) {
        if (first != last) {
            introsortLoop(first, last, lg(last - first) * 2);
            finalInsertionSort(first, last);
        }
    }

    private void introsortLoop(int first, int last, int depthLimit) {
        while (last - first > THRESHOLD) {
            if (depthLimit == 0) {
                partialSort(first, last, last);
                return;
            }
            --depthLimit;
            int cut = unguardedPartitionPivot(first, last);
            introsortLoop(cut, last, depthLimit);
            last = cut;
        }
    }

    private int unguardedPartitionPivot(int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(first, first + 1, mid, last - 1);
        return unguardedPartition(first + 1, last, first);
    }

    private void moveMedianToFirst(int result, int x, int y, int z) {
        if (less(a[x], a[y])) {
            if (less(a[y], a[z])) {
                swap(result, y);
            } else if (less(a[x], a[z])) {
                swap(result, z);
            } else {
                swap(result, x);
            }
        } else if (less(a[x], a[z])) {
            swap(result, x);
        } else if (less(a[y], a[z])) {
            swap(result, z);
        } else {
            swap(result, y);
        }
    }

    private int unguardedPartition(int first, int last, int pivot) {
        while (true) {
            while (less(a[first], a[pivot])) {
                ++first;
            }
            --last;
            while (less(a[pivot], a[last])) {
                --last;
            }
            if (!(first < last)) {
                return first;
            }
            swap(first, last);
            ++first;
        }
    }

    private void finalInsertionSort(int first, int last) {
        if (last - first > THRESHOLD) {
            insertionSort(first, first + THRESHOLD);
            for (int i = first + THRESHOLD; i != last; ++i) {
                unguardedLinearInsert(i);
            }
        } else {
            insertionSort(first, last);
        }
    }

    private void insertionSort(int first, int last) {
        if (first == last) {
            return;
        }
        for (int i = first + 1; i != last; ++i) {
            if (less(a[i], a[first])) {
                int val = a[i];
                System.arraycopy(a, first, a, first + 1, i - first);
                a[first] = val;
            } else {
                unguardedLinearInsert(i);
            }
        }
    }

    private void unguardedLinearInsert(int last) {
        int val = a[last];
        int next = last - 1;
        while (less(val, a[next])) {
            a[last] = a[next];
            last = next;
            --next;
        }
        a[last] = val;
    }

    // ---- std::nth_element ----

    void nthElement(int first, int nth, int last) {
        if (first == last || nth == last) {
            return;
        }
        int depthLimit = lg(last - first) * 2;
        while (last - first > 3) {
            if (depthLimit == 0) {
                heapSelect(first, nth + 1, last);
                swap(first, nth);
                return;
            }
            --depthLimit;
            int cut = unguardedPartitionPivot(first, last);
            if (cut <= nth) {
                first = cut;
            } else {
                last = cut;
            }
        }
        insertionSort(first, last);
    }

    // ---- std::partial_sort (heap select, then sort_heap) ----

    void partialSort(int first, int middle, int last) {
        heapSelect(first, middle, last);
        while (middle - first > 1) {
            --middle;
            popHeap(first, middle, middle);
        }
    }

    private void heapSelect(int first, int middle, int last) {
        makeHeap(first, middle);
        for (int i = middle; i < last; ++i) {
            if (less(a[i], a[first])) {
                popHeap(first, middle, i);
            }
        }
    }

    private void makeHeap(int first, int last) {
        int len = last - first;
        if (len < 2) {
            return;
        }
        int parent = (len - 2) / 2;
        while (true) {
            adjustHeap(first, parent, len, a[first + parent]);
            if (parent == 0) {
                return;
            }
            parent--;
        }
    }

    private void popHeap(int first, int last, int result) {
        int value = a[result];
        a[result] = a[first];
        adjustHeap(first, 0, last - first, value);
    }

    private void adjustHeap(int first, int holeIndex, int len, int value) {
        int topIndex = holeIndex;
        int secondChild = holeIndex;
        while (secondChild < (len - 1) / 2) {
            secondChild = 2 * (secondChild + 1);
            if (less(a[first + secondChild], a[first + secondChild - 1])) {
                secondChild--;
            }
            a[first + holeIndex] = a[first + secondChild];
            holeIndex = secondChild;
        }
        if ((len & 1) == 0 && secondChild == (len - 2) / 2) {
            secondChild = 2 * (secondChild + 1);
            a[first + holeIndex] = a[first + secondChild - 1];
            holeIndex = secondChild - 1;
        }
        int parent = (holeIndex - 1) / 2;
        while (holeIndex > topIndex && less(a[first + parent], value)) {
            a[first + holeIndex] = a[first + parent];
            holeIndex = parent;
            parent = (holeIndex - 1) / 2;
        }
        a[first + holeIndex] = value;
    }

    // ---- std::stable_sort: any stable sort gives its (unique) result ----

    void stableSort() {
        int[] tmp = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                merge(tmp, lo, lo + width, Math.min(lo + 2 * width, a.length));
            }
        }
    }

    private void merge(int[] tmp, int lo, int mid, int hi) {
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || !less(tmp[j], tmp[i]))) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
