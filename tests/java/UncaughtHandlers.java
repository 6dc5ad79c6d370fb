// Uncaught exceptions in threads, all reported on stdout: a per-thread
// UncaughtExceptionHandler, a ThreadGroup overriding uncaughtException, the default
// handler (Thread.setDefaultUncaughtExceptionHandler) used when neither is set, the
// precedence between them, the handler running on the dying thread (its name, alive, state),
// exceptions with causes and suppressed exceptions, an Error, a thread killed after
// finally blocks ran, and a join that returns normally after the thread died.
import java.util.*;

public class UncaughtHandlers {
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        for (Throwable s : e.getSuppressed()) sb.append(" [suppressed ").append(s).append(']');
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) sb.append(" <- ").append(c);
        return sb.toString();
    }

    static void runAndJoin(Thread t) throws InterruptedException {
        t.start();
        t.join();
        System.out.println("  joined " + t.getName() + " alive " + t.isAlive() + " state " + t.getState());
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + t.getName() + " " + describe(e)));
        Thread t1 = new Thread(() -> { throw new IllegalStateException("plain failure"); }, "t1");
        runAndJoin(t1);
        Thread t2 = new Thread(() -> { throw new RuntimeException("wrapped", new java.io.IOException("disk")); }, "t2");
        t2.setUncaughtExceptionHandler((t, e) -> System.out.println("own handler: " + t.getName() + " same thread " + (t == Thread.currentThread()) + " alive " + t.isAlive() + " state " + t.getState() + " " + describe(e)));
        runAndJoin(t2);
        ThreadGroup g = new ThreadGroup("guarded") {
            @Override public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " handler: " + t.getName() + " " + describe(e));
            }
        };
        Thread t3 = new Thread(g, () -> { throw new ArithmeticException("in group"); }, "t3");
        runAndJoin(t3);
        Thread t4 = new Thread(g, () -> { throw new UnsupportedOperationException("own beats group"); }, "t4");
        t4.setUncaughtExceptionHandler((t, e) -> System.out.println("t4 own handler wins: " + e.getMessage()));
        runAndJoin(t4);
        ThreadGroup plain = new ThreadGroup("plain");
        Thread t5 = new Thread(plain, () -> { throw new Error("an Error in a plain group"); }, "t5");
        runAndJoin(t5);
        Thread t6 = new Thread(() -> {
            try {
                throw new IllegalArgumentException("primary");
            } finally {
                System.out.println("  t6 finally runs before the handler");
            }
        }, "t6");
        runAndJoin(t6);
        Thread t7 = new Thread(() -> {
            RuntimeException main = new RuntimeException("with suppressed");
            main.addSuppressed(new IllegalStateException("closing failed"));
            throw main;
        }, "t7");
        runAndJoin(t7);
        Thread t8 = new Thread(() -> { int[] a = new int[2]; a[2] = 1; }, "t8");
        runAndJoin(t8);
        Thread t9 = new Thread(() -> { Object o = null; o.hashCode(); }, "t9");
        runAndJoin(t9);
        System.out.println("handler getters: t2 own " + (t2.getUncaughtExceptionHandler() != null) + " t1 handler == its group (both null once terminated) " + (t1.getUncaughtExceptionHandler() == t1.getThreadGroup())
            + " terminated t1 handler " + t1.getUncaughtExceptionHandler() + " group " + t1.getThreadGroup());
        Thread.setDefaultUncaughtExceptionHandler(null);
        Thread t10 = new Thread(() -> { throw new IllegalStateException("own handler, no default"); }, "t10");
        t10.setUncaughtExceptionHandler((t, e) -> System.out.println("last: " + e.getMessage()));
        runAndJoin(t10);
        System.out.println("default handler now " + Thread.getDefaultUncaughtExceptionHandler() + ", main continues normally");
    }
}
