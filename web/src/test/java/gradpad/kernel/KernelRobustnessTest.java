package gradpad.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Garbage in, Python errors out: generated and mutated programs (token soup, truncated,
 * shuffled, duplicated, spliced and character-deleted corpus cases) run through
 * {@link Kernel#runCell} and {@link Kernel#runScript}. Each run must return well-formed nbformat
 * outputs and, on error, a Python exception; a Java exception escaping the kernel, or gradpad's
 * "internal error" SystemError, is a kernel bug. Runaway loops are stopped through the
 * interrupt poll after a statement budget. Everything is seeded: a failure names the program.
 */
class KernelRobustnessTest {
    /** Polls happen every 64 statements: this stops a program after about 64 * 400 statements. */
    private int pollBudget = 400;
    private static final long TIME_BUDGET_NANOS = 2_000_000_000L;
    private static final Pattern PY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Set<String> JAVA_NAMES = new HashSet<>(Arrays.asList("NullPointerException",
            "ClassCastException", "ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException",
            "StringIndexOutOfBoundsException", "IllegalArgumentException", "IllegalStateException",
            "NumberFormatException", "ArithmeticException", "UnsupportedOperationException",
            "NegativeArraySizeException", "ConcurrentModificationException", "StackOverflowError",
            "OutOfMemoryError", "SystemError"));

    private static final String[] VOCAB = {
        "x", "y", "w", "b", "loss", "torch", "self", "print", "len", "range", "sum", "list", "dict", "math",
        "def", "class", "if", "elif", "else", "for", "while", "in", "not", "is", "and", "or", "lambda", "return",
        "yield", "from", "import", "as", "with", "try", "except", "finally", "raise", "del", "pass", "break",
        "continue", "global", "nonlocal", "assert", "None", "True", "False", "0", "1", "2", "-1", "0.5", "1e3",
        "'s'", "\"d\"", "f'{x}'", "f'{x:.2f}'", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "==",
        "<", ">", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~", "+=", "-=", "*=", "\n", "\n",
        "\n", "\n    ", "\n        ", " ", "torch.tensor([1.0, 2.0], requires_grad=True)", "torch.randn(2, 3)",
        ".backward()", ".grad", ".sum()", ".mean()", ".item()", ".shape", ".T", "torch.no_grad()",
        "torch.manual_seed(0)", "x.grad.zero_()", "w -= 0.1 * w.grad", "[i for i in range(3)]", "{1, 2}",
        "{'a': 1}", "super()", "__init__", "while True:", "x = x + 1", "print(x)", "*args", "**kw",
    };

    private int polls;
    private long deadline = Long.MAX_VALUE;
    private int programs;
    private int problems;
    private final List<String> failures = new ArrayList<>();

    private Kernel newKernel() {
        Kernel k = new Kernel(1L);
        k.setInterruptPoll(() -> ++polls > pollBudget || System.nanoTime() > deadline);
        k.setInternalErrorListener(cause -> {
            throw new KernelBug(cause);
        });
        return k;
    }

    /** Carries the Java exception behind a SystemError out of the kernel, to the test. */
    private static final class KernelBug extends RuntimeException {
        KernelBug(Throwable cause) {
            super(cause);
        }
    }

    private void run(Kernel k, String src, boolean cell, String origin) {
        programs++;
        polls = 0;
        deadline = System.nanoTime() + TIME_BUDGET_NANOS;
        List<Output> outs;
        try {
            outs = cell ? k.runCell(src) : k.runScript(src, "<fuzz>");
        } catch (KernelBug e) {
            fail(origin, src, "gradpad internal error: " + stackOf(e.getCause()));
            return;
        } catch (Throwable t) {
            fail(origin, src, "Java exception escaped the kernel: " + stackOf(t));
            return;
        }
        check(outs, cell, src, origin);
    }

    private void check(List<Output> outs, boolean cell, String src, String origin) {
        for (int i = 0; i < outs.size(); i++) {
            Output o = outs.get(i);
            if (o instanceof Output.Stream) {
                Output.Stream s = (Output.Stream) o;
                if (!(s.name.equals("stdout") || s.name.equals("stderr")) || s.text == null || s.text.isEmpty()) {
                    fail(origin, src, "bad stream output " + s.name);
                }
            } else if (o instanceof Output.ExecuteResult) {
                if (!cell || ((Output.ExecuteResult) o).text == null) {
                    fail(origin, src, "unexpected execute_result");
                }
            } else if (o instanceof Output.Error) {
                Output.Error e = (Output.Error) o;
                if (i != outs.size() - 1) {
                    fail(origin, src, "error output is not last");
                }
                if (e.ename == null || !PY_NAME.matcher(e.ename).matches() || JAVA_NAMES.contains(e.ename)
                        || e.ename.startsWith("java")) {
                    fail(origin, src, "not a Python exception name: " + e.ename + ": " + e.evalue);
                }
                if (e.evalue == null || e.evalue.contains("gradpad internal error") || e.evalue.contains("java.")) {
                    fail(origin, src, "internal error text: " + e.ename + ": " + e.evalue);
                }
                if (e.traceback == null || e.traceback.isEmpty()) {
                    fail(origin, src, "error without traceback: " + e.ename);
                }
            } else {
                fail(origin, src, "unknown output " + o);
            }
        }
    }

    private void fail(String origin, String src, String why) {
        problems++;
        if (failures.size() < 30) {
            String shown = src.length() > 600 ? src.substring(0, 600) + "..." : src;
            failures.add(origin + ": " + why + "\n----- program -----\n" + shown + "\n-------------------");
        }
    }

    private static String stackOf(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(12, st.length); i++) {
            sb.append("\n    at ").append(st[i]);
        }
        return sb.toString();
    }

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (ConformanceCases.Case c : ConformanceCases.all()) {
            out.add(c.source());
        }
        return out;
    }

    private static List<String> lines(String src) {
        return new ArrayList<>(Arrays.asList(src.split("\n", -1)));
    }

    private static String tokenSoup(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int k = 0; k < n; k++) {
            sb.append(VOCAB[r.nextInt(VOCAB.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String mutate(String src, List<String> corpus, Random r) {
        List<String> ls = lines(src);
        switch (r.nextInt(7)) {
            case 0: // truncated
                return src.substring(0, r.nextInt(src.length() + 1));
            case 1: { // shuffled lines
                Collections.shuffle(ls, r);
                return String.join("\n", ls);
            }
            case 2: { // duplicated lines
                for (int k = 0, n = 1 + r.nextInt(4); k < n && !ls.isEmpty(); k++) {
                    int i = r.nextInt(ls.size());
                    ls.add(r.nextInt(ls.size() + 1), ls.get(i));
                }
                return String.join("\n", ls);
            }
            case 3: { // deleted lines
                for (int k = 0, n = 1 + r.nextInt(3); k < n && !ls.isEmpty(); k++) {
                    ls.remove(r.nextInt(ls.size()));
                }
                return String.join("\n", ls);
            }
            case 4: { // spliced with another case
                List<String> other = lines(corpus.get(r.nextInt(corpus.size())));
                int cut = r.nextInt(ls.size() + 1);
                List<String> out = new ArrayList<>(ls.subList(0, cut));
                out.addAll(other.subList(r.nextInt(other.size() + 1), other.size()));
                return String.join("\n", out);
            }
            case 5: { // random character deletions
                StringBuilder sb = new StringBuilder(src);
                for (int k = 0, n = 1 + r.nextInt(6); k < n && sb.length() > 0; k++) {
                    sb.deleteCharAt(r.nextInt(sb.length()));
                }
                return sb.toString();
            }
            default: { // a token replaced
                StringBuilder sb = new StringBuilder(src);
                for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
                    int at = r.nextInt(sb.length() + 1);
                    int end = Math.min(sb.length(), at + r.nextInt(6));
                    sb.replace(at, end, VOCAB[r.nextInt(VOCAB.length)]);
                }
                return sb.toString();
            }
        }
    }

    @Test
    void mutatedCorpusAndTokenSoup() throws IOException {
        List<String> corpus = corpus();
        assertTrue(corpus.size() > 100);
        // -Dgradpad.fuzz.seed=N -Dgradpad.fuzz.programs=M explore further than the default run
        Random r = new Random(Long.getLong("gradpad.fuzz.seed", 20250611L));
        int count = Integer.getInteger("gradpad.fuzz.programs", 4000);
        Kernel shared = newKernel();
        for (int i = 0; i < count; i++) {
            String src = i % 4 == 0 ? tokenSoup(r) : mutate(corpus.get(r.nextInt(corpus.size())), corpus, r);
            String origin = "program #" + i;
            if (i % 3 == 0) {
                run(newKernel(), src, false, origin + " (script)");
            } else {
                if (i % 50 == 0) {
                    shared = newKernel();
                }
                run(shared, src, true, origin + " (cell)");
            }
        }
        assertTrue(failures.isEmpty(), problems + " problem(s) in " + programs + " programs:\n"
                + String.join("\n\n", failures));
    }

    @Test
    void infiniteLoopsAreInterrupted() {
        String[] loops = {
            "while True:\n    pass\n",
            "x = 0\nwhile True:\n    x += 1\n",
            "def f():\n    while 1:\n        pass\nf()\n",
            "for i in range(10**12):\n    pass\n",
            "import torch\nw = torch.ones(2, requires_grad=True)\nwhile True:\n    (w * w).sum().backward()\n",
            "[x for x in range(10**12)]\n",
            "sum(i for i in range(10**12))\n",
            "list(range(10**12))\n",
            "def g():\n    while True:\n        yield 1\nlist(g())\n",
            "def g():\n    i = 0\n    while True:\n        i += 1\n        yield i\nfor v in g():\n    pass\n",
        };
        pollBudget = 50; // keeps list(range(10**12)) small before it is stopped
        Kernel k = newKernel();
        for (String src : loops) {
            polls = 0;
            deadline = System.nanoTime() + TIME_BUDGET_NANOS;
            List<Output> outs = k.runCell(src);
            Output last = outs.get(outs.size() - 1);
            assertTrue(last instanceof Output.Error && ((Output.Error) last).ename.equals("KeyboardInterrupt"),
                    "not interrupted: " + src);
        }
    }

    private static final String TENSOR_METHODS = "T,abs,add,add_,all,allclose,any,backward,bmm,bool,ceil,clamp,clamp_,"
        + "clip,clone,contiguous,copy_,cos,cpu,data,detach,detach_,device,dim,div,div_,divide,dot,double,dtype,"
        + "element_size,eq,equal,exp,expand,expand_as,expm1,fill_,flatten,float,floor,floor_divide,fmod,ge,grad,"
        + "grad_fn,gt,is_complex,is_contiguous,is_floating_point,is_leaf,is_signed,item,le,log,log10,log1p,log2,"
        + "logical_and,logical_not,logical_or,long,lt,mT,matmul,maximum,mean,minimum,mm,mul,mul_,multiply,mv,ndim,"
        + "ndimension,ne,neg,negative,nelement,nonzero,normal_,numel,outer,permute,pow,reciprocal,relu,remainder,"
        + "requires_grad_,reshape,reshape_as,retain_grad,round,rsqrt,shape,sigmoid,sign,sin,size,sqrt,square,"
        + "squeeze,stride,sub,sub_,subtract,sum,t,tan,tanh,to,tolist,transpose,true_divide,trunc,type,uniform_,"
        + "unsqueeze,view,view_as,zero_,max,min,softmax,std,var,norm,argmax,prod,__format__,__len__,__getitem__";
    private static final String TORCH_FUNCTIONS = "arange,as_tensor,cat,concat,enable_grad,eye,full,full_like,"
        + "initial_seed,is_grad_enabled,linspace,manual_seed,no_grad,normal,randint,seed,set_grad_enabled,stack,"
        + "tensor,where,zeros,ones,empty,randn,rand,zeros_like,ones_like,randn_like,rand_like,add,sub,mul,div,pow,"
        + "exp,log,sqrt,abs,tanh,sigmoid,relu,sin,cos,sum,mean,matmul,mm,mv,dot,outer,t,transpose,permute,view,"
        + "reshape,flatten,unsqueeze,squeeze,expand,clone,clamp,maximum,minimum,eq,equal,allclose,floor_divide,"
        + "remainder,fmod,logical_not,all,any,nonzero,bmm,autograd.grad,autograd.backward,Size,device";
    private static final String[][] OBJECT_METHODS = {
        {"'ab c'", "capitalize,casefold,center,count,encode,endswith,expandtabs,find,format,format_map,index,"
            + "isalnum,isalpha,isascii,isdecimal,isdigit,isidentifier,islower,isnumeric,isprintable,isspace,"
            + "istitle,isupper,join,ljust,lower,lstrip,maketrans,partition,removeprefix,removesuffix,replace,rfind,"
            + "rindex,rjust,rpartition,rsplit,rstrip,split,splitlines,startswith,strip,swapcase,title,translate,"
            + "upper,zfill"},
        {"[3, 1, 2]", "append,clear,copy,count,extend,index,insert,pop,remove,reverse,sort"},
        {"{'a': 1, 2: 'b'}", "clear,copy,fromkeys,get,items,keys,pop,popitem,setdefault,update,values"},
        {"{1, 2, 3}", "add,clear,copy,difference,difference_update,discard,intersection,intersection_update,"
            + "isdisjoint,issubset,issuperset,pop,remove,symmetric_difference,symmetric_difference_update,union,"
            + "update"},
        {"(1, 2, 1)", "count,index"},
        {"7", "as_integer_ratio,bit_count,bit_length,conjugate,denominator,numerator,real,imag,to_bytes"},
        {"2.5", "as_integer_ratio,conjugate,hex,is_integer,real,imag"},
        {"math", "acos,acosh,asin,asinh,atan,atan2,atanh,cbrt,ceil,comb,copysign,cos,cosh,degrees,dist,erf,erfc,"
            + "exp,exp2,expm1,fabs,factorial,floor,fmod,frexp,fsum,gamma,gcd,hypot,isclose,isfinite,isinf,isnan,"
            + "isqrt,lcm,ldexp,lgamma,log,log10,log1p,log2,modf,nextafter,perm,pow,prod,radians,remainder,sin,"
            + "sinh,sqrt,tan,tanh,trunc,ulp"},
        {"torch.ones(2, 3, requires_grad=True)", TENSOR_METHODS},
        {"torch.tensor([1, 2, 3])", TENSOR_METHODS},
        {"torch.tensor(2.5)", TENSOR_METHODS},
        {"torch", TORCH_FUNCTIONS},
        {"(torch.ones(2, requires_grad=True) * 2).grad_fn", "name,next_functions,register_hook,metadata"},
        {"torch.zeros(2, 3).shape", "count,index,numel"},
        {"torch.float32", "is_floating_point,itemsize,to_real"},
        {"range(5)", "count,index,start,stop,step"},
    };
    private static final String BUILTINS = "abs,all,any,ascii,bin,bool,callable,chr,classmethod,delattr,dict,dir,"
        + "divmod,enumerate,filter,float,format,frozenset,getattr,globals,hasattr,hash,hex,id,int,isinstance,"
        + "issubclass,iter,len,list,locals,map,max,min,next,object,oct,ord,pow,print,property,range,repr,reversed,"
        + "round,set,setattr,slice,sorted,staticmethod,str,sum,super,tuple,type,vars,zip";
    private static final String[] ARGS = {
        "", "None", "0", "-1", "3", "2.5", "'a'", "[1, 2]", "(1,)", "{'k': 1}", "{1}", "torch.ones(2)",
        "lambda v: v", "1, 2", "'a', 1", "None, None", "1, 2, 3", "1, 2, 3, 4, 5", "dim=0", "key=None",
        "0, keepdim=True", "[1, 2], 0", "x=1", "*[]", "**{}", "float('nan')", "10**18", "-10**18", "True",
    };

    /** Every method and function called with odd argument lists: Python errors only, never Java ones. */
    @Test
    void apiCalledWithOddArguments() {
        Kernel k = newKernel();
        run(k, "import torch, math", true, "setup");
        assertTrue(k.runCell("print(torch.ones(1), math.pi)").get(0) instanceof Output.Stream, "setup failed");
        List<String> calls = new ArrayList<>();
        for (String[] om : OBJECT_METHODS) {
            for (String m : om[1].split(",")) {
                for (String a : ARGS) {
                    calls.add("(" + om[0] + ")." + m + "(" + a + ")");
                }
                calls.add("(" + om[0] + ")." + m);
            }
        }
        for (String f : BUILTINS.split(",")) {
            for (String a : ARGS) {
                calls.add(f + "(" + a + ")");
            }
        }
        for (String call : calls) {
            long t0 = System.nanoTime();
            run(k, call, true, call);
            long ms = (System.nanoTime() - t0) / 1000000;
            if (ms > 1000) {
                fail(call, call, "took " + ms + " ms");
            }
        }
        assertTrue(failures.isEmpty(), problems + " problem(s) in " + programs + " calls:\n"
                + String.join("\n\n", failures));
    }
}
