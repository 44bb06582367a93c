package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Ast;
import java.util.List;

/** {@code import torch}, {@code import torch.nn.functional as F}, {@code from math import sqrt}. */
final class Imports {
    private Imports() {
    }

    static PyModule module(Interpreter in, String dotted) {
        Object m = in.host.importModule(dotted);
        if (m instanceof PyModule) {
            return (PyModule) m;
        }
        throw Errors.make(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + dotted + "'");
    }

    static void importName(Interpreter in, String dotted, String asname) {
        PyModule m = module(in, dotted);
        if (asname != null) {
            in.storeName(asname, m);
            return;
        }
        String top = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        in.storeName(top, module(in, top));
    }

    static void importFrom(Interpreter in, String dotted, List<Ast.Alias> names, int level) {
        if (level > 0 || dotted == null) {
            throw Errors.make(Types.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        PyModule m = module(in, dotted);
        for (Ast.Alias a : names) {
            if (a.name.equals("*")) {
                for (java.util.Map.Entry<String, Object> e : m.dict.entrySet()) {
                    if (!e.getKey().startsWith("_")) {
                        in.storeName(e.getKey(), e.getValue());
                    }
                }
                continue;
            }
            Object v = m.getAttr(a.name);
            if (v == null) {
                Object sub = in.host.importModule(dotted + "." + a.name);
                v = sub;
            }
            if (v == null) {
                throw Errors.make(Types.IMPORT_ERROR, "cannot import name '" + a.name + "' from '" + dotted
                        + "' (unknown location)");
            }
            in.storeName(a.asname != null ? a.asname : a.name, v);
        }
    }

}
