// 2,000 live threads that allocate and synchronize, run to completion under the GC stress mode
// (the runner adds -XX:GCStressInterval): every collection stops all of them at a safepoint and
// must find and update their roots (frames, the objects they locked with monitorenter, the
// monitors they are blocked on) while threads keep starting and ending. Objects are allocated
// while monitors are held, so collections happen with monitors held and contended. Every thread
// checks what it allocated, and main checks the counters the monitors protect.
// With an argument (a file name) main waits, once all threads are alive and parked, until that
// file exists: the runner takes a thread dump (kill -3) meanwhile.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

public class ManyThreadsStress {
  static final int THREADS = 2000;
  static final int ROUNDS = 12;
  static final int LOCKS = 16;
  static final Object[] locks = new Object[LOCKS];
  static final long[] counters = new long[LOCKS];  // counters[i] guarded by locks[i]
  static final CountDownLatch alive = new CountDownLatch(THREADS);
  static final CountDownLatch go = new CountDownLatch(1);
  static volatile int bad;

  static class Worker extends Thread {
    final int id;
    Worker(int id) { super("mt-" + id); this.id = id; }

    // Allocates inside the monitor; the arrays hold their own index so a stale root would show.
    int round(List<int[]> keep, int r) {
      Object lock = locks[(id + r) % LOCKS];
      synchronized (lock) {
        counters[(id + r) % LOCKS]++;
        int[] a = new int[4 + (r & 7)];
        a[0] = id;
        a[1] = r;
        keep.add(a);
        if (!Thread.holdsLock(lock)) bad++;
      }
      return keep.size();
    }

    // Two monitors at once, always taken in index order (no deadlock).
    void nested(List<int[]> keep, int r) {
      int a = (id + r) % LOCKS, b = (id + r + 5) % LOCKS;
      Object first = locks[Math.min(a, b)], second = locks[Math.max(a, b)];
      synchronized (first) {
        StringBuilder sb = new StringBuilder("n").append(id);
        synchronized (second) {
          counters[Math.max(a, b)]++;
          keep.add(new int[] {id, r, sb.length()});
        }
        counters[Math.min(a, b)]++;
      }
    }

    public void run() {
      List<int[]> keep = new ArrayList<>();
      for (int r = 0; r < ROUNDS; r++) round(keep, r);
      alive.countDown();
      try { go.await(); } catch (InterruptedException e) { bad++; }
      for (int r = 0; r < ROUNDS; r++) nested(keep, r);
      for (int k = 0; k < keep.size(); k++) {
        int[] a = keep.get(k);
        if (a[0] != id) bad++;
      }
      if (keep.size() != 2 * ROUNDS) bad++;
    }
  }

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < LOCKS; i++) locks[i] = new Object();
    Worker[] workers = new Worker[THREADS];
    for (int i = 0; i < THREADS; i++) {
      workers[i] = new Worker(i);
      workers[i].start();
    }
    alive.await();
    int live = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("mt-")) live++;
    System.out.println("threads alive at once: " + live);
    if (args.length > 0) {
      System.out.println("READY");
      System.out.flush();
      Path file = Path.of(args[0]);
      while (!Files.exists(file)) Thread.sleep(5);
    }
    go.countDown();
    for (Worker w : workers) w.join();
    long total = 0;
    for (int i = 0; i < LOCKS; i++) {
      synchronized (locks[i]) { total += counters[i]; }
    }
    System.out.println("monitor-protected increments: " + total + " (expected " + (long) THREADS * ROUNDS * 3 + ")");
    System.out.println("bad: " + bad);
  }
}
