// Thread.interrupt reaching a thread that sleeps, waits, parks or blocks in a queue; locks with
// conditions, latches, barriers and semaphores; each result printed in a fixed order.
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.*;

public class InterruptsAndLocks {
    static String interruptWhile(String what, Runnable body) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        String[] result = new String[1];
        Thread t = new Thread(() -> {
            started.countDown();
            try { body.run(); result[0] = "returned"; }
            catch (RuntimeException e) { result[0] = e.getCause() == null ? e.toString() : e.getCause().getClass().getSimpleName(); }
        }, what);
        t.start();
        started.await();
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) Thread.sleep(1);
        System.out.println(what + " state before interrupt: " + t.getState());
        t.interrupt();
        t.join();
        return result[0];
    }

    static RuntimeException wrap(Exception e) { return new RuntimeException(e); }

    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        System.out.println("sleep: " + interruptWhile("sleeper", () -> {
            try { Thread.sleep(60_000); } catch (InterruptedException e) { throw wrap(e); }
        }));
        System.out.println("wait: " + interruptWhile("waiter", () -> {
            synchronized (lock) { try { lock.wait(); } catch (InterruptedException e) { throw wrap(e); } }
        }));
        System.out.println("park: " + interruptWhile("parker", () -> {
            LockSupport.park();
            if (Thread.currentThread().isInterrupted()) throw new RuntimeException(new InterruptedException());
        }));
        BlockingQueue<Integer> q = new LinkedBlockingQueue<>();
        System.out.println("take: " + interruptWhile("taker", () -> {
            try { q.take(); } catch (InterruptedException e) { throw wrap(e); }
        }));
        System.out.println("timed poll: " + interruptWhile("poller", () -> {
            try { q.poll(60, TimeUnit.SECONDS); } catch (InterruptedException e) { throw wrap(e); }
        }));

        ReentrantLock rl = new ReentrantLock();
        Condition notEmpty = rl.newCondition();
        int[] box = {0};
        Thread consumer = new Thread(() -> {
            rl.lock();
            try {
                while (box[0] == 0) notEmpty.awaitUninterruptibly();
                System.out.println("condition saw " + box[0]);
            } finally { rl.unlock(); }
        });
        consumer.start();
        Thread.sleep(20);
        rl.lock();
        try { box[0] = 42; notEmpty.signal(); } finally { rl.unlock(); }
        consumer.join();

        int parties = 4;
        AtomicInteger tripped = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(parties, tripped::incrementAndGet);
        Semaphore permits = new Semaphore(2);
        AtomicInteger maxInside = new AtomicInteger(), inside = new AtomicInteger();
        Thread[] ts = new Thread[parties];
        for (int i = 0; i < parties; i++) {
            ts[i] = new Thread(() -> {
                try {
                    for (int round = 0; round < 3; round++) {
                        permits.acquire();
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.sleep(2);
                        inside.decrementAndGet();
                        permits.release();
                        barrier.await();
                    }
                } catch (Exception e) { throw new RuntimeException(e); }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("barrier tripped " + tripped.get() + " times; at most " + maxInside.get() + " inside the semaphore");

        ReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println("write lock free while read-locked: " + rw.writeLock().tryLock());
        rw.readLock().unlock();
        rw.readLock().unlock();
        System.out.println("write lock after reads: " + rw.writeLock().tryLock());
        System.out.println("interrupted flag of main: " + Thread.interrupted());
        Thread.currentThread().interrupt();
        System.out.println("after self-interrupt: " + Thread.interrupted() + " then " + Thread.interrupted());
    }
}
