// Thread.getStackTrace of other threads and Thread.getAllStackTraces (JVM_DumpThreads, taken at
// a safepoint): threads stopped in known places (sleeping, waiting on a monitor, blocked
// entering one, parked), a thread not yet started and a finished one (empty traces), and the
// caller's own entry in getAllStackTraces.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

public class ThreadStackTraces {
  static final Object lock = new Object();
  static final Object held = new Object();
  static volatile boolean stop;

  static class Waiter extends Thread {
    Waiter() { super("ts-waiter"); setDaemon(true); }
    public void run() {
      synchronized (lock) {
        while (!stop) {
          try { lock.wait(); } catch (InterruptedException e) { return; }
        }
      }
    }
  }

  static class Sleeper extends Thread {
    Sleeper() { super("ts-sleeper"); setDaemon(true); }
    public void run() { deeper(3); }
    void deeper(int n) {
      if (n > 0) { deeper(n - 1); return; }
      try { Thread.sleep(600000); } catch (InterruptedException e) { }
    }
  }

  static class Blocked extends Thread {
    Blocked() { super("ts-blocked"); setDaemon(true); }
    public void run() {
      synchronized (held) { stop = stop; }
    }
  }

  static class Parker extends Thread {
    Parker() { super("ts-parker"); setDaemon(true); }
    public void run() {
      while (!stop) LockSupport.park(this);
    }
  }

  static void awaitState(Thread t, Thread.State s) throws InterruptedException {
    while (t.getState() != s) Thread.sleep(1);
  }

  static void print(String title, StackTraceElement[] trace) {
    System.out.println(title + ": " + trace.length + " frames");
    for (StackTraceElement e : trace) System.out.println("  " + e);
  }

  public static void main(String[] args) throws Exception {
    Thread unstarted = new Thread("ts-new");
    print("not started", unstarted.getStackTrace());
    Thread finished = new Thread(() -> { }, "ts-finished");
    finished.start();
    finished.join();
    print("finished", finished.getStackTrace());

    Waiter waiter = new Waiter();
    Sleeper sleeper = new Sleeper();
    Blocked blocked = new Blocked();
    Parker parker = new Parker();
    synchronized (held) {
      waiter.start();
      sleeper.start();
      blocked.start();
      parker.start();
      awaitState(waiter, Thread.State.WAITING);
      awaitState(sleeper, Thread.State.TIMED_WAITING);
      awaitState(blocked, Thread.State.BLOCKED);
      awaitState(parker, Thread.State.WAITING);

      print("waiter", waiter.getStackTrace());
      print("sleeper", sleeper.getStackTrace());
      print("blocked", blocked.getStackTrace());
      print("parker", parker.getStackTrace());

      Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
      List<String> names = new ArrayList<>();
      for (Thread t : all.keySet()) if (t.getName().startsWith("ts-")) names.add(t.getName());
      names.sort(null);
      System.out.println("getAllStackTraces, ts- threads: " + names);
      for (Map.Entry<Thread, StackTraceElement[]> e : all.entrySet()) {
        if (e.getKey() == Thread.currentThread()) print("main in getAllStackTraces", e.getValue());
      }
      System.out.println("blocked in getAllStackTraces equals getStackTrace: "
          + java.util.Arrays.equals(all.get(blocked), blocked.getStackTrace()));
      print("main itself", Thread.currentThread().getStackTrace());
    }
    stop = true;
    blocked.join();
    print("blocked after it ended", blocked.getStackTrace());
    System.out.println("done");
  }
}
