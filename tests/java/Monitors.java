// Monitors: reentrant synchronized (method and block, nested many levels), a lock released
// when an exception leaves a synchronized block, static vs instance synchronized methods
// locking different objects, Thread.holdsLock, and wait(timeout) returning when notified.
public class Monitors {
    int depth;

    synchronized int reenter(int n) {
        depth++;
        if (n == 0) return depth;
        synchronized (this) { return reenter(n - 1); }
    }

    static synchronized boolean staticHolds() { return Thread.holdsLock(Monitors.class); }

    synchronized boolean instanceHolds() { return Thread.holdsLock(this) && !Thread.holdsLock(Monitors.class); }

    static void throwInside(Object lock) {
        synchronized (lock) {
            throw new IllegalStateException("thrown while holding the lock");
        }
    }

    public static void main(String[] args) throws Exception {
        Monitors m = new Monitors();
        System.out.println("reentered to depth " + m.reenter(100));
        System.out.println("static method holds class lock " + staticHolds() + ", instance method holds only this " + m.instanceHolds());
        Object lock = new Object();
        System.out.println("holdsLock outside " + Thread.holdsLock(lock));
        synchronized (lock) {
            synchronized (lock) {
                System.out.println("holdsLock nested " + Thread.holdsLock(lock));
            }
            System.out.println("still held after inner exit " + Thread.holdsLock(lock));
        }
        try {
            throwInside(lock);
        } catch (IllegalStateException e) {
            System.out.println("caught '" + e.getMessage() + "', lock released " + !Thread.holdsLock(lock));
        }
        boolean[] got = new boolean[1];
        Thread other = new Thread(() -> { synchronized (lock) { got[0] = true; } });
        other.start();
        other.join();
        System.out.println("other thread acquired the lock after the exception " + got[0]);
        Object mon = new Object();
        boolean[] ready = new boolean[1];
        Thread notifier = new Thread(() -> {
            synchronized (mon) { ready[0] = true; mon.notifyAll(); }
        });
        synchronized (mon) {
            notifier.start();
            while (!ready[0]) mon.wait(60000);
            System.out.println("woken by notifyAll, holds lock again " + Thread.holdsLock(mon));
        }
        notifier.join();
        long before = System.nanoTime();
        synchronized (mon) { mon.wait(20); }
        System.out.println("timed wait returned " + (System.nanoTime() - before >= 0));
        try {
            synchronized (mon) { mon.wait(-1); }
        } catch (IllegalArgumentException e) {
            System.out.println("wait(-1): " + e.getMessage());
        }
        int[] total = new int[1];
        Thread[] ts = new Thread[3];
        for (int k = 0; k < ts.length; k++) {
            ts[k] = new Thread(() -> {
                for (int r = 0; r < 500; r++) {
                    synchronized (total) { synchronized (m) { synchronized (total) { total[0]++; } } }
                }
            });
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("nested locks from three threads " + total[0]);
    }
}
