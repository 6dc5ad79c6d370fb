// Shutdown hooks at a normal exit: main returns while a non-daemon thread is still working
// (the VM waits for it), then the hooks run. Hooks start in an unspecified order, so the
// second hook waits for the first to be started and joins it, to print in a fixed order.
// Also: registering the same hook twice ("Hook previously registered"), registering a
// running thread ("Hook already running"),
// removeShutdownHook results, and adding a hook during shutdown (IllegalStateException
// "Shutdown in progress"). Exit code 0.
public class ShutdownHooks {
    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        Thread first = new Thread(() -> System.out.println("hook 1 runs, thread name " + Thread.currentThread().getName()), "hook-1");
        Thread second = new Thread(() -> {
            try {
                while (first.getState() == Thread.State.NEW) Thread.sleep(1);
                first.join();
            } catch (InterruptedException e) { }
            System.out.println("hook 2 runs after hook 1 finished");
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {}));
            } catch (IllegalStateException e) {
                System.out.println("hook 2: adding a hook during shutdown: " + e.getMessage());
            }
            try {
                Runtime.getRuntime().removeShutdownHook(first);
            } catch (IllegalStateException e) {
                System.out.println("hook 2: removing a hook during shutdown: " + e.getMessage());
            }
            System.out.flush();
        }, "hook-2");
        rt.addShutdownHook(first);
        rt.addShutdownHook(second);
        try { rt.addShutdownHook(first); } catch (IllegalArgumentException e) { System.out.println("twice: " + e.getMessage()); }
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread started = new Thread(() -> { try { release.await(); } catch (InterruptedException e) { } });
        started.start();
        try { rt.addShutdownHook(started); } catch (IllegalArgumentException e) { System.out.println("running thread: " + e.getMessage()); }
        release.countDown();
        started.join();
        Thread removable = new Thread(() -> System.out.println("removed hook must not run"));
        rt.addShutdownHook(removable);
        System.out.println("remove registered " + rt.removeShutdownHook(removable) + ", remove again " + rt.removeShutdownHook(removable) + ", remove never added " + rt.removeShutdownHook(new Thread()));
        try { rt.addShutdownHook(null); } catch (NullPointerException e) { System.out.println("null hook: NPE"); }
        Thread worker = new Thread(() -> {
            try { Thread.sleep(100); } catch (InterruptedException e) { }
            System.out.println("non-daemon worker finishes after main returned");
        }, "worker");
        worker.start();
        Thread daemon = new Thread(() -> {
            try { Thread.sleep(100_000); } catch (InterruptedException e) { }
            System.out.println("daemon must not print");
        });
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("main returns");
    }
}
