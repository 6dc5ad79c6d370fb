// StackWalker (JEP 259): frames of deep stacks (several batches), options, caller class,
// StackFrame details, and hidden/reflection frames left out as HotSpot leaves them out.
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

public class StackWalking {
    static int recurse(int n, Supplier<Integer> atBottom) {
        return n == 0 ? atBottom.get() : recurse(n - 1, atBottom) + 0;
    }

    static Class<?> whoCalls() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    }

    static class Helper {
        static Class<?> ask() { return whoCalls(); }
    }

    public static String viaReflection() {
        return StackWalker.getInstance().walk(s -> s.limit(3).map(StackWalker.StackFrame::getMethodName)
                .collect(Collectors.joining(",")));
    }

    public static void main(String[] args) throws Exception {
        // 100 recursive frames: more than the first batch, so the walk fetches more.
        int depth = recurse(100, () -> StackWalker.getInstance().walk(s -> (int) s.count()));
        System.out.println("frames seen from depth 100: " + depth);
        int named = recurse(70, () -> StackWalker.getInstance()
                .walk(s -> s.filter(f -> f.getMethodName().equals("recurse")).collect(Collectors.toList())).size());
        System.out.println("recurse frames: " + named);
        System.out.println("skip 2 then 3: " + recurse(5, () -> StackWalker.getInstance()
                .walk(s -> s.skip(2).limit(3).map(f -> f.getMethodName() + "@" + f.getLineNumber())
                        .collect(Collectors.joining(" ")).hashCode() == 0 ? 0 : 3)));
        List<String> top = StackWalker.getInstance().walk(s -> s.limit(1)
                .map(f -> f.getClassName() + "." + f.getMethodName() + " " + f.getFileName() + ":" + f.getLineNumber()
                        + " bci>=0 " + (f.getByteCodeIndex() >= 0) + " native " + f.isNativeMethod())
                .collect(Collectors.toList()));
        System.out.println("top: " + top);
        System.out.println("descriptor: " + StackWalker.getInstance().walk(s -> s.findFirst().get().getDescriptor()));
        System.out.println("caller of whoCalls via Helper: " + Helper.ask().getName());
        Method m = StackWalking.class.getMethod("viaReflection");
        System.out.println("through reflection: " + m.invoke(null));
        StackWalker showReflect = StackWalker.getInstance(StackWalker.Option.SHOW_REFLECT_FRAMES);
        Method m2 = StackWalking.class.getDeclaredMethod("reflectFrames", StackWalker.class);
        System.out.println("with reflection frames: " + m2.invoke(null, showReflect));
        Runnable r = () -> System.out.println("lambda sees: " + StackWalker.getInstance().walk(s -> s.limit(2)
                .map(StackWalker.StackFrame::getMethodName).collect(Collectors.toList())));
        r.run();
        StackTraceElement ste = StackWalker.getInstance().walk(s -> s.findFirst().get().toStackTraceElement());
        System.out.println("as element: " + ste);
        try {
            StackWalker.getInstance().walk(s -> s.map(f -> f.getDeclaringClass()).count());
        } catch (UnsupportedOperationException e) {
            System.out.println("getDeclaringClass without RETAIN_CLASS_REFERENCE: " + e.getMessage());
        }
        Thread t = new Thread(() -> System.out.println("in thread: " + StackWalker.getInstance()
                .walk(s -> s.map(f -> f.getClassName() + "." + f.getMethodName()).collect(Collectors.toList()))), "walker");
        t.start();
        t.join();
    }

    static String reflectFrames(StackWalker w) {
        return w.walk(s -> s.limit(4).map(f -> f.getClassName().replaceAll("\\$\\$.*", "") + "." + f.getMethodName())
                .collect(Collectors.joining(",")));
    }
}
