package gradpad.kernel.runtime;

import gradpad.engine.Tensor;
import gradpad.kernel.torch.TorchObjects;
import java.util.ArrayList;

/** Subscripts: {@code x[i]}, {@code x[a:b]}, {@code x[k] = v}, {@code del x[k]} for every container. */
public final class Items {
    private Items() {
    }

    public static Object get(Object o, Object key) {
        if (o instanceof Tensor) {
            return TorchObjects.getItem((Tensor) o, key);
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                return new PyList(sliceOf(l.items.toArray(), (PySlice) key));
            }
            return l.get(index(key, l.size(), "list"));
        }
        if (o instanceof PyTuple) {
            PyTuple t = (PyTuple) o;
            if (key instanceof PySlice) {
                ArrayList<Object> items = sliceOf(t.items(), (PySlice) key);
                return TorchObjects.isSize(o) ? TorchObjects.size(items) : new PyTuple(items.toArray());
            }
            return t.get(index(key, t.size(), "tuple"));
        }
        if (o instanceof String) {
            String s = (String) o;
            int[] cps = Strings.codePoints(s);
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(cps.length);
                StringBuilder sb = new StringBuilder();
                long n = PySlice.length(r[0], r[1], r[2]);
                for (long i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    sb.appendCodePoint(cps[(int) j]);
                }
                return sb.toString();
            }
            return new String(Character.toChars(cps[index(key, cps.length, "string")]));
        }
        if (o instanceof PyDict) {
            Object v = ((PyDict) o).get(key);
            if (v == null) {
                v = ((PyDict) o).missing(key);
            }
            if (v == null) {
                throw Errors.keyError(key);
            }
            return v;
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            if (key instanceof PySlice) {
                long[] s = ((PySlice) key).indices(r.length());
                return new PyRange(r.get(s[0]), r.get(s[1]), r.step * s[2]);
            }
            return r.get(index(key, r.length(), "range object"));
        }
        if (o instanceof PyInstance) {
            Object r = Instances.callDunder((PyInstance) o, "__getitem__", key);
            if (r != null) {
                return r;
            }
        }
        if (o instanceof PyClass && ((PyClass) o).module().equals("builtins")) {
            return o;
        }
        throw Errors.typeError("'" + Runtime.typeName(o) + "' object is not subscriptable");
    }

    private static int index(Object key, long size, String what) {
        if (key instanceof Double) {
            throw Errors.typeError(what.equals("string") ? "string indices must be integers, not 'float'"
                    : what + " indices must be integers or slices, not float");
        }
        if (!(key instanceof Long || key instanceof Boolean || key instanceof Tensor || key instanceof PyInstance)) {
            String t = Runtime.typeName(key);
            throw Errors.typeError(what.equals("string") ? "string indices must be integers, not '" + t + "'"
                    : what + " indices must be integers or slices, not " + t);
        }
        long i = Runtime.toIndex(key);
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) j;
    }

    private static ArrayList<Object> sliceOf(Object[] items, PySlice s) {
        long[] r = s.indices(items.length);
        long n = PySlice.length(r[0], r[1], r[2]);
        ArrayList<Object> out = new ArrayList<>((int) n);
        for (long i = 0, j = r[0]; i < n; i++, j += r[2]) {
            out.add(items[(int) j]);
        }
        return out;
    }

    public static void set(Object o, Object key, Object value) {
        if (o instanceof Tensor) {
            TorchObjects.setItem((Tensor) o, key, value);
            return;
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(l.size());
                ArrayList<Object> values = new ArrayList<>();
                PyIterator it = Runtime.iter(value);
                while (it.hasNext()) {
                    values.add(it.next());
                }
                if (r[2] == 1) {
                    int start = (int) r[0];
                    int stop = (int) Math.max(r[0], r[1]);
                    l.items.subList(start, stop).clear();
                    l.items.addAll(start, values);
                    return;
                }
                long n = PySlice.length(r[0], r[1], r[2]);
                if (n != values.size()) {
                    throw Errors.valueError("attempt to assign sequence of size " + values.size()
                            + " to extended slice of size " + n);
                }
                for (int i = 0; i < n; i++) {
                    l.items.set((int) (r[0] + i * r[2]), values.get(i));
                }
                return;
            }
            l.items.set(index(key, l.size(), "list assignment"), value);
            return;
        }
        if (o instanceof PyDict) {
            ((PyDict) o).put(key, value);
            return;
        }
        if (o instanceof PyInstance) {
            Object r = Instances.callDunder((PyInstance) o, "__setitem__", key, value);
            if (r != null) {
                return;
            }
        }
        throw Errors.typeError("'" + Runtime.typeName(o) + "' object does not support item assignment");
    }

    public static void delete(Object o, Object key) {
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(l.size());
                long n = PySlice.length(r[0], r[1], r[2]);
                ArrayList<Integer> drop = new ArrayList<>();
                for (long i = 0, j = r[0]; i < n; i++, j += r[2]) {
                    drop.add((int) j);
                }
                drop.sort(null);
                for (int i = drop.size() - 1; i >= 0; i--) {
                    l.items.remove((int) drop.get(i));
                }
                return;
            }
            l.items.remove(index(key, l.size(), "list assignment"));
            return;
        }
        if (o instanceof PyDict) {
            if (((PyDict) o).remove(key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        if (o instanceof PyInstance && Instances.callDunder((PyInstance) o, "__delitem__", key) != null) {
            return;
        }
        throw Errors.typeError("'" + Runtime.typeName(o) + "' object doesn't support item deletion");
    }
}
