// Stack traces as the VM fills them in, printed to stdout through printStackTrace(PrintWriter):
// line numbers, <init> and <clinit> frames, lambda frames (the hidden lambda class's frame
// is omitted), frames of reflection (Method.invoke, first call: native accessor), "Caused by"
// with "... n more", suppressed exceptions, StackWalker, and Thread.getStackTrace.
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.stream.Collectors;

public class StackTraces {
    static String trace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString().replace(System.lineSeparator(), "\n");
    }

    static class Thing {
        Thing(int n) {
            if (n < 0) throw new IllegalArgumentException("negative: " + n);
        }
    }

    static class BadInit {
        static int v = Integer.parseInt("not a number");
    }

    static void a(int n) { b(n); }
    static void b(int n) { c(n); }
    static void c(int n) {
        if (n == 0) throw new IllegalStateException("c failed");
        a(n - 1);
    }

    public static void thrower() { throw new UnsupportedOperationException("via reflection"); }

    static void wrapper() {
        try {
            a(1);
        } catch (IllegalStateException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    public static void main(String[] args) throws Exception {
        try { a(2); } catch (IllegalStateException e) { System.out.print(trace(e)); }
        try { new Thing(-1); } catch (IllegalArgumentException e) { System.out.print(trace(e)); }
        try { System.out.println(BadInit.v); } catch (ExceptionInInitializerError e) { System.out.print(trace(e)); }
        Runnable r = () -> { throw new ArithmeticException("in lambda"); };
        try { r.run(); } catch (ArithmeticException e) { System.out.print(trace(e)); }
        Runnable anon = new Runnable() { public void run() { int[] x = new int[1]; x[2] = 0; } };
        try { anon.run(); } catch (ArrayIndexOutOfBoundsException e) { System.out.print(trace(e)); }
        try {
            StackTraces.class.getMethod("thrower").invoke(null);
        } catch (InvocationTargetException e) {
            System.out.print(trace(e));
        }
        try { wrapper(); } catch (RuntimeException e) { System.out.print(trace(e)); }
        Exception withSuppressed = new Exception("primary");
        withSuppressed.addSuppressed(new IllegalStateException("secondary"));
        System.out.print(trace(withSuppressed));
        List<String> walked = StackWalker.getInstance().walk(s -> s.map(f -> f.getMethodName() + ":" + f.getLineNumber()).collect(Collectors.toList()));
        System.out.println("StackWalker in main: " + walked);
        System.out.println("walker from a helper: " + helperWalk());
        StackTraceElement[] st = Thread.currentThread().getStackTrace();
        System.out.println("Thread.getStackTrace top " + st[0].getMethodName() + " then " + st[1].getMethodName() + " depth " + st.length);
        StackTraceElement e = new Throwable().getStackTrace()[0];
        System.out.println("element " + e + " module " + e.getModuleName() + " class loader " + e.getClassLoaderName() + " native " + e.isNativeMethod());
        StackTraceElement jdk = null;
        try { Integer.parseInt("x"); } catch (NumberFormatException nfe) { jdk = nfe.getStackTrace()[0]; }
        System.out.println("JDK frame " + jdk + " module " + jdk.getModuleName() + " version " + jdk.getModuleVersion());
    }

    static List<String> helperWalk() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s.limit(2).map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName()).collect(Collectors.toList()));
    }
}
