// ThreadLocal and InheritableThreadLocal: withInitial suppliers run once per thread,
// values isolated between threads (each thread's result collected by index), remove()
// re-running the initializer, set(null) vs remove, InheritableThreadLocal copied at thread
// creation (later parent changes not seen) with childValue overridden, a single-thread
// executor keeping its thread's values across tasks, and a hundred ThreadLocals on one
// thread (the map grows) garbage-free lookups.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class ThreadLocals {
    static final AtomicInteger inits = new AtomicInteger();
    static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(() -> { inits.incrementAndGet(); return new StringBuilder(); });
    static final ThreadLocal<Integer> PLAIN = new ThreadLocal<>();
    static final InheritableThreadLocal<String> CONTEXT = new InheritableThreadLocal<>() {
        @Override protected String childValue(String parent) { return parent == null ? null : parent + ">child"; }
    };
    static final InheritableThreadLocal<List<String>> SHARED = new InheritableThreadLocal<>();

    public static void main(String[] args) throws Exception {
        String[] results = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k <= id; k++) BUF.get().append((char) ('a' + id));
                PLAIN.set(id * 10);
                results[id] = BUF.get() + "/" + PLAIN.get();
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("per-thread " + Arrays.toString(results) + " initializers ran " + inits.get() + " main sees PLAIN " + PLAIN.get() + " main BUF [" + BUF.get() + "] inits " + inits.get());
        BUF.get().append("main");
        BUF.remove();
        System.out.println("after remove [" + BUF.get() + "] inits " + inits.get());
        PLAIN.set(5);
        PLAIN.set(null);
        System.out.println("set(null) get " + PLAIN.get());
        CONTEXT.set("root");
        SHARED.set(new ArrayList<>(List.of("from-main")));
        String[] seen = new String[3];
        Thread child = new Thread(() -> {
            seen[0] = CONTEXT.get();
            SHARED.get().add("child-added");
            Thread grandchild = new Thread(() -> seen[1] = CONTEXT.get());
            grandchild.start();
            try { grandchild.join(); } catch (InterruptedException e) { }
            CONTEXT.set("child-changed");
        });
        CONTEXT.set("root");
        child.start();
        CONTEXT.set("root-after-start");
        child.join();
        seen[2] = CONTEXT.get();
        System.out.println("inheritable child " + seen[0] + " grandchild " + seen[1] + " parent after " + seen[2] + " shared list (same object) " + SHARED.get());
        Thread noInherit = new Thread(null, () -> seen[0] = String.valueOf(CONTEXT.get()), "no-inherit", 0, false);
        noInherit.start(); noInherit.join();
        System.out.println("inheritThreadLocals=false sees " + seen[0]);
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            fs.add(single.submit(() -> { BUF.get().append(n); return BUF.get().toString(); }));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<String> f : fs) sb.append(f.get()).append(' ');
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("pool thread keeps values across tasks: " + sb.toString().trim());
        List<ThreadLocal<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) { ThreadLocal<Integer> tl = new ThreadLocal<>(); tl.set(i * i); many.add(tl); }
        long sum = 0;
        for (ThreadLocal<Integer> tl : many) sum += tl.get();
        for (int i = 0; i < 100; i += 2) many.get(i).remove();
        long nulls = many.stream().filter(tl -> tl.get() == null).count();
        System.out.println("100 thread locals sum " + sum + " removed " + nulls);
        ThreadLocal<String> initial = new ThreadLocal<>() { @Override protected String initialValue() { return "init-" + Thread.currentThread().getName(); } };
        Thread named = new Thread(() -> System.out.println("initialValue override in thread: " + initial.get()), "worker-x");
        named.start(); named.join();
        System.out.println("initialValue in main: " + initial.get());
    }
}
