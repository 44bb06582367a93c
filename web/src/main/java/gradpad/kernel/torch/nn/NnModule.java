package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;
import gradpad.kernel.torch.TorchObjects;

/** {@code torch.nn}: Module, Parameter, the layers and losses, and {@code nn.functional}. */
public final class NnModule {
    /** {@code torch.nn.parameter.Parameter}, a subclass of Tensor. */
    public static final PyClass PARAMETER = new PyClass("Parameter", "torch.nn.parameter",
            new PyClass[] {TorchObjects.TENSOR}, null);

    private NnModule() {
    }

    public static PyModule create(PyModule functional) {
        PyModule nn = new PyModule("torch.nn");
        nn.put("Module", ModuleBase.MODULE);
        PARAMETER.setConstructor((a, kw) -> {
            Object[] b = new Signature("Parameter", "data=None", "requires_grad=True").bind(a, kw);
            Tensor data = Convert.isNone(b[0]) ? Tensor.empty(new int[] {0}, gradpad.engine.DType.FLOAT32)
                    : (Tensor) check(b[0]);
            return data.asParameter(Convert.boolArg(b[1], true));
        });
        nn.put("Parameter", PARAMETER);
        Layers.register(nn);
        Dropouts.register(nn, functional);
        Embeddings.register(nn, functional);
        Normalization.register(nn, functional);
        Convolutions.register(nn, functional);
        Poolings.register(nn, functional);
        AdaptivePoolings.register(nn, functional);
        Interpolation.register(nn, functional);
        Recurrent.register(nn);
        ShapeLayers.register(nn, functional);
        MoreActivations.register(nn, functional);
        Similarity.register(nn, functional);
        Containers.register(nn);
        nn.put("functional", functional);
        nn.put("init", Init.create());
        nn.put("utils", ClipGrad.create());
        return nn;
    }

    private static Object check(Object o) {
        if (!(o instanceof Tensor)) {
            throw Errors.typeError("Parameter(): argument 'data' must be Tensor, not " + Runtime.typeName(o));
        }
        return o;
    }
}
