package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code set}, laid out as CPython 3.11's hash table (Objects/setobject.c: open
 * addressing, 9 linear probes then perturbation, resize at 60% fill) with CPython's hashes
 * ({@link PyHash}), so iteration and printing order match CPython for ints, floats and tuples.
 */
public final class PySet {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public int size() {
        return used;
    }

    public boolean contains(Object v) {
        return find(v, PyHash.of(v)) >= 0;
    }

    private int find(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Runtime.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public void add(Object v) {
        add(v, PyHash.of(v));
    }

    /** set_add_entry: a new key goes into the last dummy slot passed on the way to a free one, if any. */
    private void add(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (k == DUMMY) {
                    freeslot = j;
                } else if (hashes[j] == hash && (k == key || Runtime.eq(k, key))) {
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && oldKeys[j] != DUMMY) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code discard}: true when the element was there. */
    public boolean remove(Object v) {
        int j = find(v, PyHash.of(v));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        used--;
        return true;
    }

    /** set_difference_update_internal: discards other's elements, then compacts if over 1/4 are dummies. */
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet) {
            PySet o = (PySet) other;
            if ((o.used >> 3) > used) {
                o = SetOps.intersection(this, o);
            }
            for (Object v : o.items()) {
                remove(v);
            }
        } else {
            PyIterator it = Runtime.iter(other);
            while (it.hasNext()) {
                remove(it.next());
            }
        }
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set.pop()}: the first element from CPython's search finger; null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = j == mask ? 0 : j + 1;
        }
        Object key = keys[j];
        keys[j] = DUMMY;
        used--;
        finger = j + 1;
        return key;
    }

    /** The elements in table order (CPython's iteration order). */
    public List<Object> items() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** {@code set.update(iterable)} as set_update_internal: sets merge, dicts presize, others add one by one. */
    public void update(Object iterable) {
        if (iterable instanceof PySet) {
            merge((PySet) iterable);
            return;
        }
        if (iterable instanceof PyDict) {
            PyDict d = (PyDict) iterable;
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) {
                resize((used + d.size()) * 2);
            }
            for (Object k : d.keys()) {
                add(k);
            }
            return;
        }
        PyIterator it = Runtime.iter(iterable);
        while (it.hasNext()) {
            add(it.next());
        }
    }

    /** set_merge: copies the layout when this set is empty and the sizes match. */
    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j < other.keys.length; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j < other.keys.length; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[j]);
            }
        }
    }

    public PySet copy() {
        PySet s = new PySet();
        s.merge(this);
        return s;
    }

    /** Makes this set's table that of {@code other} (set_swap_bodies, for the in-place operators). */
    public void takeBody(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }
}
