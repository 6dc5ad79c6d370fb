// Thread lifecycle and states: NEW, RUNNABLE, BLOCKED (on a monitor held by main), WAITING
// (Object.wait, join, LockSupport.park), TIMED_WAITING (sleep), TERMINATED, observed by
// polling getState until the expected state appears; isAlive, join with a timeout on a
// thread that is still blocked, default thread names, the interrupt flag (set on a running
// thread, cleared by Thread.interrupted and by InterruptedException, "sleep interrupted"),
// start twice (IllegalThreadStateException) and argument checks of sleep/join.
import java.util.concurrent.locks.LockSupport;

public class ThreadStates {
    static final Object lock = new Object();

    static void await(Thread t, Thread.State s) throws InterruptedException {
        for (int i = 0; i < 20000 && t.getState() != s; i++) Thread.sleep(1);
        System.out.println(t.getName() + " reached " + t.getState() + (t.getState() == s ? "" : " (expected " + s + ")"));
    }

    public static void main(String[] args) throws Exception {
        Thread unnamed = new Thread(() -> {});
        System.out.println("default name " + unnamed.getName() + ", next " + new Thread(() -> {}).getName() + ", main is " + Thread.currentThread().getName() + " " + Thread.currentThread().getState());
        System.out.println("NEW: " + unnamed.getState() + " alive " + unnamed.isAlive());
        unnamed.start();
        unnamed.join();
        System.out.println("after join: " + unnamed.getState() + " alive " + unnamed.isAlive());
        try { unnamed.start(); } catch (IllegalThreadStateException e) { System.out.println("start twice: IllegalThreadStateException " + e.getMessage()); }
        Thread blocked = new Thread(() -> { synchronized (lock) { } }, "blocker");
        synchronized (lock) {
            blocked.start();
            await(blocked, Thread.State.BLOCKED);
            blocked.join(20);
            System.out.println("join(20) on blocked thread returns, alive " + blocked.isAlive() + " holdsLock " + Thread.holdsLock(lock));
        }
        blocked.join();
        await(blocked, Thread.State.TERMINATED);
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try { lock.wait(); } catch (InterruptedException e) { System.out.println("waiter interrupted: " + e.getMessage()); }
            }
        }, "waiter");
        waiter.start();
        await(waiter, Thread.State.WAITING);
        synchronized (lock) { lock.notifyAll(); }
        waiter.join();
        Thread parker = new Thread(() -> { LockSupport.park(); System.out.println("parker unparked, interrupted " + Thread.currentThread().isInterrupted()); }, "parker");
        parker.start();
        await(parker, Thread.State.WAITING);
        LockSupport.unpark(parker);
        parker.join();
        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(60_000); } catch (InterruptedException e) {
                System.out.println("sleeper: " + e.getMessage() + ", flag after catch " + Thread.currentThread().isInterrupted());
            }
        }, "sleeper");
        sleeper.start();
        await(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();
        Thread joiner = new Thread(() -> { try { sleeper.join(); waiter.join(); } catch (InterruptedException e) { } }, "joiner");
        Thread target = new Thread(() -> { synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { } } }, "target");
        target.start();
        await(target, Thread.State.WAITING);
        Thread joinsTarget = new Thread(() -> { try { target.join(); } catch (InterruptedException e) { System.out.println("joinsTarget interrupted in join"); } }, "joinsTarget");
        joinsTarget.start();
        await(joinsTarget, Thread.State.WAITING);
        joinsTarget.interrupt();
        joinsTarget.join();
        target.interrupt();
        target.join();
        joiner.start(); joiner.join();
        Thread spinner = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            System.out.println("spinner saw flag; interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        }, "spinner");
        spinner.start();
        await(spinner, Thread.State.RUNNABLE);
        spinner.interrupt();
        spinner.join();
        Thread.currentThread().interrupt();
        try { Thread.sleep(1000); } catch (InterruptedException e) { System.out.println("main pre-interrupted sleep: " + e.getMessage() + " flag " + Thread.currentThread().isInterrupted()); }
        Thread.currentThread().interrupt();
        synchronized (lock) {
            try { lock.wait(1000); } catch (InterruptedException e) { System.out.println("main pre-interrupted wait: " + e.getMessage()); }
        }
        try { Thread.sleep(-1); } catch (IllegalArgumentException e) { System.out.println("sleep(-1): " + e.getMessage()); }
        try { Thread.sleep(0, 1_000_000); } catch (IllegalArgumentException e) { System.out.println("sleep nanos: " + e.getMessage()); }
        try { joiner.join(-5); } catch (IllegalArgumentException e) { System.out.println("join(-5): " + e.getMessage()); }
        joiner.interrupt();
        System.out.println("interrupting a terminated thread sets its flag in 17: " + joiner.isInterrupted() + " alive " + joiner.isAlive());
        System.out.println("done, states " + sleeper.getState() + " " + waiter.getState() + " " + parker.getState());
    }
}
