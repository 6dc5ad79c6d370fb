// Native-thread OutOfMemoryError (DESIGN §3): Thread.start when the OS refuses a thread (under
// `ulimit -v`, or with a huge stack size) throws "unable to create native thread: possibly out of
// memory or process/resource limits reached" after HotSpot's two [os,thread] warnings; the Thread
// stays NEW and not alive, running threads are unharmed and the program goes on.
//   NativeThreadOom caught|uncaught [stackSize]
public class NativeThreadOom {
  public static void main(String[] args) throws Exception {
    boolean caught = args[0].equals("caught");
    long stackSize = args.length > 1 ? Long.parseLong(args[1]) : 0;
    Object lock = new Object();
    int started = 0;
    Thread failed = null;
    try {
      for (int i = 0; i < 100000; i++) {
        Thread t = new Thread(null, () -> {
          synchronized (lock) {
            try { lock.wait(); } catch (InterruptedException e) { }
          }
        }, "sleeper-" + i, stackSize);
        t.setDaemon(true);
        failed = t;
        t.start();
        started++;
      }
      System.out.println("no failure after " + started + " threads");
    } catch (OutOfMemoryError e) {
      if (!caught) throw e;
      System.out.println("caught " + e);
      System.out.println("  top frame: " + e.getStackTrace()[0]);
      System.out.println("the Thread whose start() failed: state=" + failed.getState() + " isAlive=" + failed.isAlive());
    }
    System.out.println("threads started before the failure: " + (started > 0 ? "some" : "none"));
    // The threads already running are unharmed: wake them all and let them end.
    synchronized (lock) { lock.notifyAll(); }
    long sum = 0;
    for (int i = 0; i < 1000000; i++) sum += i;
    System.out.println("main continues, sum=" + sum);
    boolean ran = false;
    for (int attempt = 0; attempt < 200 && !ran; attempt++) {
      Thread late = new Thread(() -> System.out.println("a thread started after the failure runs"));
      try {
        late.start();
        late.join();
        ran = true;
      } catch (OutOfMemoryError e) {
        Thread.sleep(10);  // the woken threads are still ending
      }
    }
    System.out.println("late thread ran: " + ran);
  }
}
