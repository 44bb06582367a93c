package gradpad.kernel.torch.data;

import gradpad.kernel.runtime.PyModule;

/** {@code torch.utils} and its {@code data} package: datasets, {@code random_split} and {@code DataLoader}. */
public final class DataModule {
    private DataModule() {
    }

    /** {@code torch.utils}; {@code torch} supplies {@code stack} and {@code tensor} for collation. */
    public static PyModule create(PyModule torch) {
        PyModule data = new PyModule("torch.utils.data");
        Datasets.register(data);
        DataLoaders.register(data, torch);
        PyModule utils = new PyModule("torch.utils");
        utils.put("data", data);
        return utils;
    }
}
