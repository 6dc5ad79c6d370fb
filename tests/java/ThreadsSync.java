// Two threads incrementing shared counters: synchronized methods, synchronized blocks,
// an AtomicInteger and a ReentrantLock; join makes the final values deterministic. Also a
// thread's name, a result handed back through a field, and an exception in a thread
// observed through an UncaughtExceptionHandler.
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

public class ThreadsSync {
    static int syncCounter;
    static long blockCounter;
    static final Object LOCK = new Object();
    static final AtomicInteger atomic = new AtomicInteger();
    static final AtomicLong atomicLong = new AtomicLong();
    static final ReentrantLock rlock = new ReentrantLock();
    static int lockCounter;

    static synchronized void incSync() { syncCounter++; }

    static void work(int n) {
        for (int i = 0; i < n; i++) {
            incSync();
            synchronized (LOCK) { blockCounter += 2; }
            atomic.incrementAndGet();
            atomicLong.addAndGet(3);
            rlock.lock();
            try { lockCounter++; } finally { rlock.unlock(); }
        }
    }

    static class Summer extends Thread {
        final int from, to;
        long result;
        Summer(String name, int from, int to) { super(name); this.from = from; this.to = to; }
        @Override public void run() { for (int i = from; i < to; i++) result += i; }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t1 = new Thread(() -> work(20000), "worker-1");
        Thread t2 = new Thread(() -> work(20000), "worker-2");
        System.out.println("names " + t1.getName() + " " + t2.getName() + " state before start " + t1.getState());
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("state after join " + t1.getState() + " alive " + t1.isAlive());
        System.out.println("syncCounter " + syncCounter + " blockCounter " + blockCounter + " atomic " + atomic.get() + " atomicLong " + atomicLong.get() + " lockCounter " + lockCounter);
        Summer a = new Summer("sum-a", 0, 50000), b = new Summer("sum-b", 50000, 100000);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(a.getName() + " + " + b.getName() + " = " + (a.result + b.result));
        StringBuilder caught = new StringBuilder();
        Thread failing = new Thread(() -> { throw new IllegalStateException("thread failed"); }, "failing");
        failing.setUncaughtExceptionHandler((t, e) -> { synchronized (caught) { caught.append(t.getName()).append(": ").append(e.getMessage()); } });
        failing.start();
        failing.join();
        synchronized (caught) { System.out.println("handler saw " + caught); }
        Thread daemon = new Thread(() -> {});
        daemon.setDaemon(true);
        System.out.println("daemon " + daemon.isDaemon() + " main thread name " + Thread.currentThread().getName() + " priority " + Thread.currentThread().getPriority());
        int[] shared = new int[1];
        Thread[] many = new Thread[4];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Thread(() -> { for (int k = 0; k < 1000; k++) synchronized (shared) { shared[0]++; } });
            many[i].start();
        }
        for (Thread t : many) t.join();
        System.out.println("four threads " + shared[0]);
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10000);
                System.out.println("not interrupted?");
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted, flag now " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        ThreadLocal<String> tl = ThreadLocal.withInitial(() -> "initial");
        tl.set("main value");
        String[] seen = new String[1];
        Thread reader = new Thread(() -> seen[0] = tl.get());
        reader.start();
        reader.join();
        System.out.println("ThreadLocal main=" + tl.get() + " other=" + seen[0]);
    }
}
