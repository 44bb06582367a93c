package gradpad.kernel.torch.data;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Random;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.utils.data}'s datasets: {@code Dataset} (the base class cells subclass),
 * {@code TensorDataset}, {@code Subset} and {@code random_split}, as torch/utils/data/dataset.py
 * writes them; {@link DataLoaders} iterates any object with {@code __len__} and {@code __getitem__}.
 */
final class Datasets {
    private Datasets() {
    }

    static final PyClass DATASET = new PyClass("Dataset", "torch.utils.data.dataset", new PyClass[] {Types.OBJECT},
            null);

    static void register(PyModule m) {
        DATASET.dict.put("__getitem__", new NativeMethod("__getitem__", (a, kw) -> {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "Subclasses of Dataset should implement __getitem__.");
        }));
        m.put("Dataset", DATASET);
        m.put("TensorDataset", tensorDataset());
        PyClass subset = subset();
        m.put("Subset", subset);
        m.function("random_split", (a, kw) -> {
            Object[] b = new Signature("random_split", "dataset", "lengths", "generator=None").bind(a, kw);
            return randomSplit(subset, b[0], b[1], b[2]);
        });
    }

    private static PyInstance self(Object[] a) {
        return (PyInstance) a[0];
    }

    private static PyClass tensorDataset() {
        PyClass c = new PyClass("TensorDataset", "torch.utils.data.dataset", new PyClass[] {DATASET}, null);
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("TensorDataset", "self", "*tensors").bind(a, kw);
            Object[] tensors = ((PyTuple) b[1]).items();
            for (Object t : tensors) {
                if (!(t instanceof Tensor)) {
                    throw Errors.attributeError("'" + Runtime.typeName(t) + "' object has no attribute 'size'");
                }
                if (((Tensor) t).dim() == 0) {
                    throw Errors.indexError("Dimension specified as 0 but tensor has no dimensions");
                }
                if (((Tensor) t).size(0) != ((Tensor) tensors[0]).size(0)) {
                    throw Errors.make(Types.ASSERTION_ERROR, "Size mismatch between tensors");
                }
            }
            self(a).dict.put("tensors", b[1]);
            return PyNone.NONE;
        }));
        c.dict.put("__getitem__", new NativeMethod("__getitem__", (a, kw) -> {
            Object[] tensors = ((PyTuple) self(a).dict.get("tensors")).items();
            Object[] item = new Object[tensors.length];
            for (int i = 0; i < tensors.length; i++) {
                item[i] = Runtime.getItem(tensors[i], a[1]);
            }
            return new PyTuple(item);
        }));
        c.dict.put("__len__", new NativeMethod("__len__", (a, kw) -> {
            Object[] tensors = ((PyTuple) self(a).dict.get("tensors")).items();
            if (tensors.length == 0) {
                throw Errors.indexError("tuple index out of range");
            }
            return (long) ((Tensor) tensors[0]).size(0);
        }));
        return c;
    }

    private static PyClass subset() {
        PyClass c = new PyClass("Subset", "torch.utils.data.dataset", new PyClass[] {DATASET}, null);
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("Subset", "self", "dataset", "indices").bind(a, kw);
            self(a).dict.put("dataset", b[1]);
            self(a).dict.put("indices", b[2]);
            return PyNone.NONE;
        }));
        c.dict.put("__getitem__", new NativeMethod("__getitem__", (a, kw) -> {
            Object dataset = self(a).dict.get("dataset");
            Object indices = self(a).dict.get("indices");
            if (a[1] instanceof PyList) {
                List<Object> mapped = new ArrayList<>();
                for (Object i : ((PyList) a[1]).items) {
                    mapped.add(Runtime.getItem(indices, i));
                }
                return Runtime.getItem(dataset, new PyList(mapped));
            }
            return Runtime.getItem(dataset, Runtime.getItem(indices, a[1]));
        }));
        c.dict.put("__len__", new NativeMethod("__len__", (a, kw) -> Runtime.len(self(a).dict.get("indices"))));
        return c;
    }

    /**
     * {@code random_split}: lengths or fractions (floor of each share, the remainder handed out
     * round-robin), then one {@code randperm} of the whole from {@code generator}, the default
     * generator unless given.
     */
    private static Object randomSplit(PyClass subset, Object dataset, Object lengthsArg, Object generator) {
        long n = Runtime.len(dataset);
        Object[] given = Convert.sequence(lengthsArg);
        long[] lengths = new long[given.length];
        double fractionSum = 0;
        boolean allNumbers = true;
        for (Object o : given) {
            allNumbers &= o instanceof Long || o instanceof Double || o instanceof Boolean;
            fractionSum += Convert.doubleArg(o, "lengths");
        }
        // math.isclose(sum(lengths), 1) and sum(lengths) <= 1
        if (allNumbers && Math.abs(fractionSum - 1) <= 1e-09 * Math.max(1, Math.abs(fractionSum)) && fractionSum <= 1) {
            long assigned = 0;
            for (int i = 0; i < given.length; i++) {
                double frac = Convert.doubleArg(given[i], "lengths");
                if (frac < 0 || frac > 1) {
                    throw Errors.valueError("Fraction at index " + i + " is not between 0 and 1");
                }
                lengths[i] = (long) Math.floor(n * frac);
                assigned += lengths[i];
            }
            for (long i = 0; i < n - assigned; i++) {
                lengths[(int) (i % lengths.length)]++;
            }
            for (int i = 0; i < lengths.length; i++) {
                if (lengths[i] == 0) {
                    gradpad.engine.Warnings.warn("UserWarning", "Length of split at index " + i
                            + " is 0. This might result in an empty dataset.");
                }
            }
        } else {
            for (int i = 0; i < given.length; i++) {
                lengths[i] = Runtime.toIndex(given[i]);
            }
        }
        long total = 0;
        for (long l : lengths) {
            total += l;
        }
        if (total != n) {
            throw Errors.valueError("Sum of input lengths does not equal the length of the input dataset!");
        }
        long size = total;
        Tensor perm = Random.using(DataLoaders.generatorArg(generator), () -> Random.randperm(size, null));
        long[] indices = perm.storage().i64;
        List<Object> subsets = new ArrayList<>();
        int offset = 0;
        for (long length : lengths) {
            List<Object> part = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                part.add(indices[offset + i]);
            }
            offset += (int) length;
            subsets.add(Runtime.call(subset, dataset, new PyList(part)));
        }
        return new PyList(subsets);
    }
}
