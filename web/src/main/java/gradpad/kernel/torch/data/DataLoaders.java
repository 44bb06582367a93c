package gradpad.kernel.torch.data;

import gradpad.engine.ops.Random;
import gradpad.engine.random.Generator;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.utils.data.DataLoader} in the main process: a sequential or random sampler, a
 * batch sampler and {@link Collate}, drawing from the generators exactly when PyTorch does, so
 * a seeded shuffle yields PyTorch's batches and leaves the default generator where PyTorch
 * leaves it (each {@code iter(loader)} draws a 64-bit base seed; a shuffle draws the sampler's seed
 * at the first batch and one spare permutation after the last index).
 */
final class DataLoaders {
    private DataLoaders() {
    }

    /** One loader's settings. */
    static final class Loader extends PyInstance {
        Object dataset;
        int batchSize;
        boolean noBatching;
        boolean shuffle;
        boolean dropLast;
        Generator generator;
        Object collateFn;

        Loader(PyClass cls) {
            super(cls);
        }

        long batches() {
            long n = Runtime.len(dataset);
            if (noBatching) {
                return n;
            }
            return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
        }
    }

    static void register(PyModule m, PyModule torch) {
        PyClass c = new PyClass("DataLoader", "torch.utils.data.dataloader", new PyClass[] {Types.OBJECT}, null);
        c.dict.put("__gradpad_new__", new Builtin("__new__", (a, kw) -> new Loader((PyClass) a[0])));
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            init((Loader) a[0], a, kw);
            return PyNone.NONE;
        }));
        c.dict.put("__len__", new NativeMethod("__len__", (a, kw) -> ((Loader) a[0]).batches()));
        c.dict.put("__iter__", new NativeMethod("__iter__", (a, kw) -> new Batches((Loader) a[0], torch)));
        m.put("DataLoader", c);
    }

    /** The {@code generator=} argument: a torch.Generator, or null for the default one. */
    static Generator generatorArg(Object g) {
        if (Convert.isNone(g)) {
            return null;
        }
        if (!(g instanceof Generator)) {
            throw Errors.typeError("expected a torch.Generator, got " + Runtime.typeName(g));
        }
        return (Generator) g;
    }

    private static void init(Loader l, Object[] a, String[] kw) {
        Object[] b = new Signature("DataLoader", "self", "dataset", "batch_size=1", "shuffle=None", "sampler=None",
                "batch_sampler=None", "num_workers=0", "collate_fn=None", "pin_memory=False", "drop_last=False",
                "timeout=0", "worker_init_fn=None", "multiprocessing_context=None", "generator=None", "*",
                "prefetch_factor=None", "persistent_workers=False", "pin_memory_device=''", "in_order=True")
                .bind(a, kw);
        if (!Convert.isNone(b[4]) || !Convert.isNone(b[5])) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: DataLoader(" + (Convert.isNone(b[4])
                    ? "batch_sampler" : "sampler") + "=...) is not supported");
        }
        if (b[6] != null && Runtime.toIndex(b[6]) < 0) {
            throw Errors.valueError("num_workers option should be non-negative; use num_workers=0 to disable "
                    + "multiprocessing.");
        }
        l.dataset = b[1];
        l.noBatching = b[2] != null && Convert.isNone(b[2]);
        if (!l.noBatching) {
            Object bs = b[2] == null ? (Object) 1L : b[2];
            if (!(bs instanceof Long) || (Long) bs <= 0) {
                throw Errors.valueError("batch_size should be a positive integer value, but got batch_size="
                        + Runtime.str(bs));
            }
            l.batchSize = (int) (long) (Long) bs;
        }
        l.shuffle = !Convert.isNone(b[3]) && Runtime.truthy(b[3]);
        l.collateFn = Convert.isNone(b[7]) ? null : b[7];
        l.dropLast = Convert.boolArg(b[9], false);
        l.generator = generatorArg(b[13]);
        l.dict.put("dataset", l.dataset);
        l.dict.put("batch_size", l.noBatching ? PyNone.NONE : (Object) (long) l.batchSize);
        l.dict.put("drop_last", l.dropLast);
        l.dict.put("num_workers", b[6] == null ? (Object) 0L : b[6]);
        l.dict.put("generator", l.generator == null ? PyNone.NONE : l.generator);
    }

    /** The draws of {@code torch.empty((), dtype=torch.int64).random_(generator=g)}: random64() mod 2^63. */
    private static long int64Seed(Generator g) {
        return (g == null ? Random.defaultGenerator() : g).random64() & Long.MAX_VALUE;
    }

    /** One pass over the loader: {@code _SingleProcessDataLoaderIter}. */
    private static final class Batches extends PyIterator {
        private final Loader loader;
        private final PyModule torch;
        private final long n;
        private long[] order;
        private int next;
        private Generator samplerGenerator;
        private boolean spareDrawn;

        Batches(Loader loader, PyModule torch) {
            super("_SingleProcessDataLoaderIter");
            this.loader = loader;
            this.torch = torch;
            this.n = Runtime.len(loader.dataset);
            int64Seed(loader.generator); // _BaseDataLoaderIter's _base_seed
        }

        /** The sampler starts at the first batch: a shuffle seeds its own generator then. */
        private void startSampler() {
            if (order != null) {
                return;
            }
            order = new long[(int) n];
            if (!loader.shuffle) {
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                return;
            }
            samplerGenerator = loader.generator != null ? loader.generator
                    : new Generator(int64Seed(null));
            samplerGenerator.randperm(order);
        }

        /** RandomSampler computes {@code randperm(n)[:num_samples % n]} once its permutation runs out. */
        private void samplerExhausted() {
            if (loader.shuffle && !spareDrawn) {
                spareDrawn = true;
                samplerGenerator.randperm(new long[(int) n]);
            }
        }

        private int batchLength() {
            startSampler();
            int left = order.length - next;
            int want = loader.noBatching ? 1 : loader.batchSize;
            if (left >= want) {
                return want;
            }
            samplerExhausted();
            return loader.dropLast || loader.noBatching ? 0 : left;
        }

        @Override
        public boolean hasNext() {
            return batchLength() > 0;
        }

        @Override
        public Object next() {
            int len = batchLength();
            if (len == 0) {
                throw new java.util.NoSuchElementException();
            }
            List<Object> samples = new ArrayList<>();
            for (int i = 0; i < len; i++) {
                samples.add(Runtime.getItem(loader.dataset, order[next++]));
            }
            if (loader.noBatching) {
                Object sample = samples.get(0);
                return loader.collateFn == null ? sample : Runtime.call(loader.collateFn, sample);
            }
            if (loader.collateFn != null) {
                return Runtime.call(loader.collateFn, new PyList(samples));
            }
            return Collate.collate(samples, torch);
        }
    }
}
