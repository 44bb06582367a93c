package gradpad.kernel.runtime;

import gradpad.engine.Tensor;
import java.util.Iterator;
import java.util.List;

/** A Python iterator: {@code iter(x)}, {@code zip}, {@code enumerate}, {@code map}... */
public abstract class PyIterator implements Iterator<Object> {
    private final String typeName;

    /** The running kernel's interrupt check, for iterations that run no statements (set by the kernel). */
    public static Runnable poll;

    protected PyIterator(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    public static PyIterator of(Object o) {
        if (o instanceof PyIterator) {
            return (PyIterator) o;
        }
        if (o instanceof PyList) {
            return overList(((PyList) o).items, "list_iterator");
        }
        if (o instanceof PyTuple) {
            return overArray(((PyTuple) o).items(), "tuple_iterator");
        }
        if (o instanceof String) {
            String s = (String) o;
            return new PyIterator("str_ascii_iterator") {
                int i;

                public boolean hasNext() {
                    return i < s.length();
                }

                public Object next() {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    return new String(Character.toChars(c));
                }
            };
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            long n = r.length();
            return new PyIterator("range_iterator") {
                long i;

                public boolean hasNext() {
                    if ((i & 1023) == 1023 && poll != null) {
                        poll.run(); // list(range(10**12)) and the like stay interruptible
                    }
                    return i < n;
                }

                public Object next() {
                    return r.get(i++);
                }
            };
        }
        if (o instanceof PyDict) {
            PyDict d = (PyDict) o;
            return sizeChecked(d.keys(), "dict_keyiterator", o, "dictionary");
        }
        if (o instanceof PySet) {
            return sizeChecked(((PySet) o).items(), "set_iterator", o, "Set");
        }
        if (o instanceof DictView) {
            return sizeChecked(((DictView) o).items(), "dict_iterator", o, "dictionary");
        }
        if (o instanceof Tensor) {
            return gradpad.kernel.torch.TorchObjects.tensorIterator((Tensor) o);
        }
        if (o instanceof PyInstance) {
            Object it = Instances.callDunder((PyInstance) o, "__iter__");
            if (it != null) {
                return fromPython(it);
            }
            PyInstance inst = (PyInstance) o;
            if (inst.cls().lookup("__getitem__") != null) {
                return new PyIterator("iterator") {
                    long i;
                    Object pending;
                    boolean done;

                    public boolean hasNext() {
                        if (pending == null && !done) {
                            try {
                                pending = Instances.callDunder(inst, "__getitem__", i++);
                            } catch (PyException e) {
                                if (!Runtime.isInstance(e.value, Types.INDEX_ERROR)) {
                                    throw e;
                                }
                                done = true;
                            }
                        }
                        return pending != null;
                    }

                    public Object next() {
                        hasNext();
                        Object v = pending;
                        pending = null;
                        return v;
                    }
                };
            }
        }
        throw Errors.typeError("'" + Runtime.typeName(o) + "' object is not iterable");
    }

    /** Wraps an object with {@code __next__} (a user-written iterator). */
    private static PyIterator fromPython(Object it) {
        if (it instanceof PyIterator) {
            return (PyIterator) it;
        }
        if (!(it instanceof PyInstance)) {
            throw Errors.typeError("iter() returned non-iterator of type '" + Runtime.typeName(it) + "'");
        }
        PyInstance inst = (PyInstance) it;
        return new PyIterator("iterator") {
            Object pending;
            boolean done;

            public boolean hasNext() {
                if (pending == null && !done) {
                    try {
                        pending = Instances.callDunder(inst, "__next__");
                    } catch (PyException e) {
                        if (!Runtime.isInstance(e.value, Types.STOP_ITERATION)) {
                            throw e;
                        }
                        done = true;
                    }
                }
                return pending != null;
            }

            public Object next() {
                hasNext();
                Object v = pending;
                pending = null;
                return v;
            }
        };
    }

    public static PyIterator overList(List<Object> items, String name) {
        return new PyIterator(name) {
            int i;

            public boolean hasNext() {
                return i < items.size();
            }

            public Object next() {
                return items.get(i++);
            }
        };
    }

    /**
     * Iterates a snapshot of a dict's or set's items, raising as CPython does when the container
     * grows or shrinks meanwhile.
     */
    private static PyIterator sizeChecked(List<Object> items, String name, Object container, String what) {
        int size = items.size();
        return new PyIterator(name) {
            int i;

            public boolean hasNext() {
                if (Runtime.len(container) != size) {
                    throw Errors.runtimeError(what + " changed size during iteration");
                }
                return i < items.size();
            }

            public Object next() {
                return items.get(i++);
            }
        };
    }

    public static PyIterator overArray(Object[] items, String name) {
        return new PyIterator(name) {
            int i;

            public boolean hasNext() {
                return i < items.length;
            }

            public Object next() {
                return items[i++];
            }
        };
    }

    /** {@code <list_iterator object at 0x...>}; a generator expression is {@code <generator object <genexpr> at 0x...>}. */
    @Override
    public String toString() {
        String name = typeName.equals("generator") ? "generator object <genexpr>" : typeName + " object";
        return "<" + name + " at " + Runtime.address(this) + ">";
    }

    /** Python's {@code next(it)}: StopIteration at the end. */
    public Object nextOrStop() {
        if (!hasNext()) {
            throw Errors.make(Types.STOP_ITERATION, null);
        }
        return next();
    }
}
