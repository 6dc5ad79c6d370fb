// java.util.concurrent.locks from several threads: a bounded buffer on a ReentrantLock
// with two Conditions (producer/consumer totals), fair lock hold counts and
// tryLock from another thread while held, ReentrantReadWriteLock read/write counts and
// downgrading, StampedLock optimistic reads validated after a write, Semaphore permits
// with acquire/release from four threads, and IllegalMonitorStateException from unlock
// without holding the lock. Lock toString (identity hash) is never printed.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class LocksAndConditions {
    static class Buffer {
        final int[] items = new int[4];
        int head, tail, count;
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition(), notEmpty = lock.newCondition();
        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[tail] = x; tail = (tail + 1) % items.length; count++;
                notEmpty.signal();
            } finally { lock.unlock(); }
        }
        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                int x = items[head]; head = (head + 1) % items.length; count--;
                notFull.signal();
                return x;
            } finally { lock.unlock(); }
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer();
        long[] consumed = new long[2];
        Thread p1 = new Thread(() -> { try { for (int i = 1; i <= 500; i++) buf.put(i); } catch (InterruptedException e) { } });
        Thread p2 = new Thread(() -> { try { for (int i = 1; i <= 500; i++) buf.put(i * 1000); } catch (InterruptedException e) { } });
        Thread c1 = new Thread(() -> { try { for (int i = 0; i < 500; i++) consumed[0] += buf.take(); } catch (InterruptedException e) { } });
        Thread c2 = new Thread(() -> { try { for (int i = 0; i < 500; i++) consumed[1] += buf.take(); } catch (InterruptedException e) { } });
        for (Thread t : List.of(p1, p2, c1, c2)) t.start();
        for (Thread t : List.of(p1, p2, c1, c2)) t.join();
        System.out.println("bounded buffer consumed total " + (consumed[0] + consumed[1]) + " left " + buf.count);
        ReentrantLock fair = new ReentrantLock(true);
        fair.lock(); fair.lock();
        boolean[] otherGot = new boolean[1];
        Thread other = new Thread(() -> otherGot[0] = fair.tryLock());
        other.start(); other.join();
        System.out.println("fair " + fair.isFair() + " holdCount " + fair.getHoldCount() + " heldByMe " + fair.isHeldByCurrentThread() + " locked " + fair.isLocked() + " other tryLock " + otherGot[0]);
        fair.unlock(); fair.unlock();
        Thread other2 = new Thread(() -> { otherGot[0] = fair.tryLock(); if (otherGot[0]) fair.unlock(); });
        other2.start(); other2.join();
        System.out.println("after unlocks other tryLock " + otherGot[0] + " locked " + fair.isLocked());
        try { fair.unlock(); } catch (IllegalMonitorStateException e) { System.out.println("unlock without holding: IllegalMonitorStateException " + e.getMessage()); }
        Condition cond = fair.newCondition();
        try { cond.await(); } catch (IllegalMonitorStateException e) { System.out.println("await without lock: IllegalMonitorStateException"); }
        fair.lock();
        System.out.println("timed await false on timeout: " + cond.await(5, TimeUnit.MILLISECONDS) + " still holds " + fair.isHeldByCurrentThread());
        fair.unlock();
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock(); rw.readLock().lock();
        System.out.println("read count " + rw.getReadLockCount() + " my holds " + rw.getReadHoldCount() + " write locked " + rw.isWriteLocked() + " tryLock write " + rw.writeLock().tryLock());
        rw.readLock().unlock(); rw.readLock().unlock();
        rw.writeLock().lock();
        rw.readLock().lock();
        rw.writeLock().unlock();
        System.out.println("downgraded: write locked " + rw.isWriteLocked() + " read count " + rw.getReadLockCount());
        rw.readLock().unlock();
        Map<String, Integer> shared = new HashMap<>();
        Thread[] writers = new Thread[4];
        for (int i = 0; i < 4; i++) {
            int id = i;
            writers[i] = new Thread(() -> {
                for (int k = 0; k < 1000; k++) {
                    rw.writeLock().lock();
                    try { shared.merge("k" + (k % 5), id + 1, Integer::sum); } finally { rw.writeLock().unlock(); }
                }
            });
            writers[i].start();
        }
        for (Thread w : writers) w.join();
        System.out.println("rw-protected map " + new TreeMap<>(shared));
        StampedLock sl = new StampedLock();
        long stamp = sl.tryOptimisticRead();
        boolean valid1 = sl.validate(stamp);
        long ws = sl.writeLock();
        sl.unlockWrite(ws);
        System.out.println("optimistic valid before write " + valid1 + " after write " + sl.validate(stamp) + " new stamp valid " + sl.validate(sl.tryOptimisticRead()));
        long rs = sl.readLock();
        long conv = sl.tryConvertToWriteLock(rs);
        System.out.println("convert read->write " + (conv != 0) + " isWriteLocked " + sl.isWriteLocked());
        sl.unlock(conv);
        Semaphore sem = new Semaphore(2);
        int[] inside = {0}, maxInside = {0};
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    sem.acquireUninterruptibly();
                    synchronized (inside) { inside[0]++; maxInside[0] = Math.max(maxInside[0], inside[0]); }
                    synchronized (inside) { inside[0]--; }
                    sem.release();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("semaphore max inside <= 2: " + (maxInside[0] <= 2) + " permits " + sem.availablePermits() + " tryAcquire(3) " + sem.tryAcquire(3) + " drain " + sem.drainPermits());
        try { new Semaphore(1).release(Integer.MAX_VALUE); } catch (Error e) { System.out.println("permit overflow: " + e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
}
