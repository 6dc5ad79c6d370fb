// kill -3 (SIGQUIT) prints a thread dump in HotSpot 17's format and the program goes on: threads
// stopped in known states (sleeping holding a monitor, waiting on a monitor, blocked entering
// one, notified but waiting to re-lock in wait(), inside and blocked on a static synchronized
// method, parked on a Condition, holding two nested monitors), a two-thread monitor deadlock and
// a two-thread ReentrantLock deadlock.
// Prints READY when every thread is in its state, then waits (in Object.wait) until the file
// named by args[0] exists (the runner creates it once the dump is out) and finishes normally. check_dump.py checks the
// dump's lines; the deadlocked threads are daemons and end with the VM.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ThreadDumpSigquit {
  static final Object sleepLock = new Object(), waitLock = new Object(), timedWaitLock = new Object();
  static final Object nestedOuter = new Object(), nestedInner = new Object(), relockLock = new Object();
  static final Object deadA = new Object(), deadB = new Object();
  static final ReentrantLock rlA = new ReentrantLock(), rlB = new ReentrantLock();
  static final ReentrantLock conditionLock = new ReentrantLock();
  static final Condition condition = conditionLock.newCondition();
  static final List<Thread> threads = new ArrayList<>();

  static void sleepLong() {
    try { Thread.sleep(600000); } catch (InterruptedException e) { }
  }

  static void pause(long ms) {
    try { Thread.sleep(ms); } catch (InterruptedException e) { }
  }

  static synchronized void staticSync() { sleepLong(); }

  static Thread start(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
    threads.add(t);
    return t;
  }

  static void await(Thread t, Thread.State s) throws InterruptedException {
    while (t.getState() != s) Thread.sleep(1);
  }

  public static void main(String[] args) throws Exception {
    Thread sleeper = start("td-sleeper", () -> { synchronized (sleepLock) { sleepLong(); } });
    Thread waiter = start("td-waiter", () -> {
      synchronized (waitLock) { try { waitLock.wait(); } catch (InterruptedException e) { } }
    });
    Thread timedWaiter = start("td-timed-waiter", () -> {
      synchronized (timedWaitLock) { try { timedWaitLock.wait(600000); } catch (InterruptedException e) { } }
    });
    Thread staticHolder = start("td-static-holder", ThreadDumpSigquit::staticSync);
    Thread nested = start("td-nested", () -> {
      synchronized (nestedOuter) { synchronized (nestedInner) { sleepLong(); } }
    });
    Thread parker = start("td-parker", () -> {
      conditionLock.lock();
      try { condition.await(); } catch (InterruptedException e) { } finally { conditionLock.unlock(); }
    });
    Thread relocker = start("td-relock", () -> {
      synchronized (relockLock) { try { relockLock.wait(); } catch (InterruptedException e) { } }
    });
    await(relocker, Thread.State.WAITING);
    // Notified, but the notifier keeps the monitor: td-relock waits to re-lock it in wait().
    Thread notifier = start("td-notifier", () -> { synchronized (relockLock) { relockLock.notifyAll(); sleepLong(); } });
    await(notifier, Thread.State.TIMED_WAITING);
    await(relocker, Thread.State.BLOCKED);
    await(sleeper, Thread.State.TIMED_WAITING);
    await(staticHolder, Thread.State.TIMED_WAITING);
    Thread blocked = start("td-blocked", () -> { synchronized (sleepLock) { pause(1); } });
    Thread staticBlocked = start("td-static-blocked", ThreadDumpSigquit::staticSync);
    Thread dead1 = start("td-dead-1", () -> { synchronized (deadA) { pause(100); synchronized (deadB) { pause(1); } } });
    Thread dead2 = start("td-dead-2", () -> { synchronized (deadB) { pause(100); synchronized (deadA) { pause(1); } } });
    Thread rl1 = start("td-rl-1", () -> { rlA.lock(); pause(100); rlB.lock(); });
    Thread rl2 = start("td-rl-2", () -> { rlB.lock(); pause(100); rlA.lock(); });

    await(waiter, Thread.State.WAITING);
    await(timedWaiter, Thread.State.TIMED_WAITING);
    await(nested, Thread.State.TIMED_WAITING);
    await(parker, Thread.State.WAITING);
    await(blocked, Thread.State.BLOCKED);
    await(staticBlocked, Thread.State.BLOCKED);
    await(dead1, Thread.State.BLOCKED);
    await(dead2, Thread.State.BLOCKED);
    await(rl1, Thread.State.WAITING);
    await(rl2, Thread.State.WAITING);
    // main waits on a monitor (a state the dump can check at any moment) while a watcher polls
    // for the go-file.
    Path go = Path.of(args[0]);
    Object goLock = new Object();
    boolean[] released = new boolean[1];
    Thread watcher = new Thread(() -> {
      while (!Files.exists(go)) pause(5);
      synchronized (goLock) { released[0] = true; goLock.notifyAll(); }
    }, "go-watcher");
    synchronized (goLock) {
      watcher.start();
      System.out.println("READY");
      System.out.flush();
      while (!released[0]) goLock.wait();
    }

    // The program goes on after the dump: allocation, a collection, a new thread.
    long sum = 0;
    for (int i = 0; i < 1000; i++) sum += new int[100].length;
    System.gc();
    Thread after = new Thread(() -> System.out.println("a thread started after the dump runs"));
    after.start();
    after.join();
    System.out.println("continued after the dump, sum=" + sum + ", deadlocked still blocked: "
        + (dead1.getState() == Thread.State.BLOCKED && rl1.getState() == Thread.State.WAITING));
  }
}
