// A failed static initializer, seen from a later use: the NoClassDefFoundError's cause is an
// ExceptionInInitializerError naming the original exception and thread, with its stack trace.
public class ExceptionInInitTrace {
    static class Bad { static int v = Integer.parseInt("x"); }

    public static void main(String[] a) {
        try { System.out.println(Bad.v); } catch (Throwable t) { System.out.println("first: " + t); }
        try { System.out.println(Bad.v); } catch (Throwable t) { t.printStackTrace(System.out); }
        Thread other = new Thread(() -> {
            try { System.out.println(Bad.v); } catch (Throwable t) { System.out.println("other: " + t.getCause()); }
        }, "worker-1");
        other.start();
        try { other.join(); } catch (InterruptedException e) { throw new AssertionError(e); }
    }
}
