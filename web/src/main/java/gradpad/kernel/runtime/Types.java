package gradpad.kernel.runtime;

/**
 * The built-in classes: {@code type(x)} results, {@code isinstance} targets and the exception
 * hierarchy, named and nested as in CPython.
 */
public final class Types {
    private Types() {
    }

    private static PyClass builtin(String name, PyClass... bases) {
        return new PyClass(name, "builtins", bases, null);
    }

    public static final PyClass OBJECT = new PyClass("object", "builtins", new PyClass[0], null);
    public static final PyClass TYPE = builtin("type", OBJECT);
    public static final PyClass NONE_TYPE = builtin("NoneType", OBJECT);
    public static final PyClass INT = builtin("int", OBJECT);
    public static final PyClass BOOL = builtin("bool", INT);
    public static final PyClass FLOAT = builtin("float", OBJECT);
    public static final PyClass STR = builtin("str", OBJECT);
    public static final PyClass LIST = builtin("list", OBJECT);
    public static final PyClass TUPLE = builtin("tuple", OBJECT);
    public static final PyClass DICT = builtin("dict", OBJECT);
    public static final PyClass ORDERED_DICT = new PyClass("OrderedDict", "collections", new PyClass[] {DICT}, null);
    public static final PyClass SET = builtin("set", OBJECT);
    public static final PyClass SLICE = builtin("slice", OBJECT);
    public static final PyClass RANGE = builtin("range", OBJECT);
    public static final PyClass FUNCTION = builtin("function", OBJECT);
    public static final PyClass BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyClass METHOD = builtin("method", OBJECT);
    public static final PyClass MODULE = builtin("module", OBJECT);
    public static final PyClass ITERATOR = builtin("iterator", OBJECT);
    public static final PyClass ELLIPSIS = builtin("ellipsis", OBJECT);
    public static final PyClass PROPERTY = builtin("property", OBJECT);
    public static final PyClass STATICMETHOD = builtin("staticmethod", OBJECT);
    public static final PyClass CLASSMETHOD = builtin("classmethod", OBJECT);
    public static final PyClass SUPER = builtin("super", OBJECT);

    public static final PyClass BASE_EXCEPTION = builtin("BaseException", OBJECT);
    public static final PyClass EXCEPTION = builtin("Exception", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass SYSTEM_EXIT = builtin("SystemExit", BASE_EXCEPTION);
    public static final PyClass STOP_ITERATION = builtin("StopIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = builtin("ArithmeticError", EXCEPTION);
    public static final PyClass ZERO_DIVISION_ERROR = builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = builtin("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = builtin("AttributeError", EXCEPTION);
    public static final PyClass LOOKUP_ERROR = builtin("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = builtin("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = builtin("KeyError", LOOKUP_ERROR);
    public static final PyClass NAME_ERROR = builtin("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = builtin("UnboundLocalError", NAME_ERROR);
    public static final PyClass RUNTIME_ERROR = builtin("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = builtin("RecursionError", RUNTIME_ERROR);
    public static final PyClass TYPE_ERROR = builtin("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = builtin("ValueError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = builtin("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = builtin("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass SYNTAX_ERROR = builtin("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = builtin("IndentationError", SYNTAX_ERROR);
    public static final PyClass TAB_ERROR = builtin("TabError", INDENTATION_ERROR);
    public static final PyClass MEMORY_ERROR = builtin("MemoryError", EXCEPTION);
    public static final PyClass OS_ERROR = builtin("OSError", EXCEPTION);
    public static final PyClass FILE_NOT_FOUND_ERROR = builtin("FileNotFoundError", OS_ERROR);
    public static final PyClass SYSTEM_ERROR = builtin("SystemError", EXCEPTION);
    public static final PyClass WARNING = builtin("Warning", EXCEPTION);
    public static final PyClass USER_WARNING = builtin("UserWarning", WARNING);
    public static final PyClass DEPRECATION_WARNING = builtin("DeprecationWarning", WARNING);
    public static final PyClass RUNTIME_WARNING = builtin("RuntimeWarning", WARNING);

    /** {@code torch._C._LinAlgError} (torch.linalg.LinAlgError): the engine's singular-matrix errors. */
    public static final PyClass LINALG_ERROR = new PyClass("_LinAlgError", "torch._C", new PyClass[] {RUNTIME_ERROR},
            null);

    /** Every built-in exception class, for the builtins namespace and for mapping engine errors. */
    public static final PyClass[] EXCEPTIONS = {
        BASE_EXCEPTION, EXCEPTION, KEYBOARD_INTERRUPT, SYSTEM_EXIT, STOP_ITERATION, ARITHMETIC_ERROR,
        ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR,
        NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, TYPE_ERROR,
        VALUE_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, MEMORY_ERROR,
        OS_ERROR, FILE_NOT_FOUND_ERROR,
        SYSTEM_ERROR,
        WARNING, USER_WARNING, DEPRECATION_WARNING, RUNTIME_WARNING,
    };

    private static final java.util.Map<String, PyClass> ITERATOR_TYPES = new java.util.HashMap<>();

    /** The class of an iterator: {@code list_iterator}, {@code generator}, {@code map}, {@code zip}... */
    public static PyClass iteratorType(String name) {
        PyClass c = ITERATOR_TYPES.get(name);
        if (c == null) {
            c = builtin(name, OBJECT);
            ITERATOR_TYPES.put(name, c);
        }
        return c;
    }

    public static PyClass exceptionByName(String name) {
        if (name.equals("_LinAlgError")) {
            return LINALG_ERROR;
        }
        for (PyClass c : EXCEPTIONS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return RUNTIME_ERROR;
    }
}
