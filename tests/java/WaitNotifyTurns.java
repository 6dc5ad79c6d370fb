// wait/notifyAll handshakes with deterministic output: three threads printing in strict
// rotation (a turn variable guarded by one monitor), ping-pong between two threads, a gate
// that releases five waiting workers at once (results joined and printed in index order),
// spurious-wakeup-safe loops, and the IllegalMonitorStateException / IllegalArgumentException
// messages of wait/notify misuse.
import java.util.*;

public class WaitNotifyTurns {
    static final Object mon = new Object();
    static int turn = 0;
    static final StringBuilder out = new StringBuilder();

    static void rotate(int id, int rounds, int n) {
        for (int r = 0; r < rounds; r++) {
            synchronized (mon) {
                while (turn % n != id) {
                    try { mon.wait(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                }
                out.append((char) ('A' + id)).append(r);
                turn++;
                mon.notifyAll();
            }
        }
    }

    static class PingPong {
        boolean pingTurn = true;
        final List<String> log = new ArrayList<>();
        synchronized void hit(boolean ping, int i) throws InterruptedException {
            while (pingTurn != ping) wait();
            log.add((ping ? "ping" : "pong") + i);
            pingTurn = !ping;
            notify();
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) { int id = i; ts[i] = new Thread(() -> rotate(id, 5, 3)); }
        for (int i = 2; i >= 0; i--) ts[i].start();
        for (Thread t : ts) t.join();
        System.out.println("rotation " + out + " turns " + turn);
        PingPong pp = new PingPong();
        Thread ping = new Thread(() -> { try { for (int i = 0; i < 4; i++) pp.hit(true, i); } catch (InterruptedException e) { } });
        Thread pong = new Thread(() -> { try { for (int i = 0; i < 4; i++) pp.hit(false, i); } catch (InterruptedException e) { } });
        pong.start(); ping.start();
        ping.join(); pong.join();
        System.out.println("ping-pong " + pp.log);
        final Object gate = new Object();
        final boolean[] open = {false};
        final int[] waiting = {0};
        long[] results = new long[5];
        Thread[] workers = new Thread[5];
        for (int i = 0; i < 5; i++) {
            int id = i;
            workers[i] = new Thread(() -> {
                synchronized (gate) {
                    waiting[0]++;
                    gate.notifyAll();
                    while (!open[0]) { try { gate.wait(); } catch (InterruptedException e) { return; } }
                }
                long acc = 0;
                for (int k = 0; k <= 1000 * (id + 1); k++) acc += k;
                results[id] = acc;
            });
            workers[i].start();
        }
        synchronized (gate) {
            while (waiting[0] < 5) gate.wait();
            System.out.println("all " + waiting[0] + " workers waiting at the gate, results so far " + Arrays.toString(results));
            open[0] = true;
            gate.notifyAll();
        }
        for (Thread w : workers) w.join();
        System.out.println("after gate " + Arrays.toString(results));
        Object o = new Object();
        try { o.wait(); } catch (IllegalMonitorStateException e) { System.out.println("wait without lock: " + e.getMessage()); }
        try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("notify without lock: " + e.getMessage()); }
        try { o.notifyAll(); } catch (IllegalMonitorStateException e) { System.out.println("notifyAll without lock: " + e.getMessage()); }
        try { o.wait(10); } catch (IllegalMonitorStateException e) { System.out.println("timed wait without lock: " + e.getMessage()); }
        synchronized (o) {
            try { o.wait(-1); } catch (IllegalArgumentException e) { System.out.println("wait(-1): " + e.getMessage()); }
            try { o.wait(0, 1_000_000); } catch (IllegalArgumentException e) { System.out.println("wait nanos: " + e.getMessage()); }
            try { mon.wait(); } catch (IllegalMonitorStateException e) { System.out.println("wait on another monitor: " + e.getMessage()); }
            long t0 = System.nanoTime();
            o.wait(5);
            System.out.println("timed wait returned after at least 4ms: " + (System.nanoTime() - t0 >= 4_000_000L));
        }
        Thread other = new Thread(() -> { synchronized (o) { o.notifyAll(); } });
        synchronized (o) {
            other.start();
            o.wait(2000);
            System.out.println("woken by other thread's notifyAll (or timeout) and holding lock " + Thread.holdsLock(o));
        }
        other.join();
    }
}
