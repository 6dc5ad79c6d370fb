// Thread groups, daemon flags and priorities: the main thread's group ("main", parent
// "system"), a custom group hierarchy (getParent, parentOf), setMaxPriority capping both
// later setPriority calls and subgroups, thread priority inheritance from the creating
// thread, daemon inheritance (a thread created by a daemon thread is a daemon),
// setDaemon after start (IllegalThreadStateException), priority range checks, activeCount
// and enumerate on a group whose threads wait on a latch (sorted names), and the count
// after they finish. A daemon thread left sleeping does not keep the VM alive.
import java.util.*;
import java.util.concurrent.CountDownLatch;

public class ThreadGroupsDaemons {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        ThreadGroup mg = main.getThreadGroup();
        System.out.println("main group " + mg.getName() + " parent " + mg.getParent().getName() + " grandparent " + mg.getParent().getParent() + " main priority " + main.getPriority() + " daemon " + main.isDaemon() + " max " + mg.getMaxPriority());
        ThreadGroup workers = new ThreadGroup("workers");
        ThreadGroup sub = new ThreadGroup(workers, "sub");
        System.out.println("workers parent " + workers.getParent().getName() + " sub parent " + sub.getParent().getName() + " parentOf " + mg.parentOf(sub) + " " + sub.parentOf(workers) + " daemon group " + workers.isDaemon());
        workers.setMaxPriority(6);
        ThreadGroup sub2 = new ThreadGroup(workers, "sub2");
        System.out.println("max priorities workers " + workers.getMaxPriority() + " sub (existing, lowered too) " + sub.getMaxPriority() + " sub2 (new) " + sub2.getMaxPriority());
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(4);
        List<Thread> ts = new ArrayList<>();
        String[] groupsSeen = new String[4];
        for (int i = 0; i < 4; i++) {
            int id = i;
            Thread t = new Thread(i % 2 == 0 ? workers : sub, () -> {
                groupsSeen[id] = Thread.currentThread().getThreadGroup().getName();
                started.countDown();
                try { hold.await(); } catch (InterruptedException e) { }
            }, "w" + i);
            t.setPriority(Thread.MAX_PRIORITY);
            ts.add(t);
        }
        System.out.println("requested MAX_PRIORITY, got " + ts.get(0).getPriority() + " and " + ts.get(1).getPriority());
        for (Thread t : ts) t.start();
        started.await();
        Thread[] arr = new Thread[10];
        int n = workers.enumerate(arr, true);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add(arr[i].getName());
        Collections.sort(names);
        int nDirect = workers.enumerate(arr, false);
        System.out.println("active in workers " + workers.activeCount() + " enumerate recursive " + names + " direct only " + nDirect + " active groups " + workers.activeGroupCount());
        hold.countDown();
        for (Thread t : ts) t.join();
        System.out.println("groups seen " + Arrays.toString(groupsSeen) + " active after join " + workers.activeCount());
        try { ts.get(0).setPriority(11); } catch (IllegalArgumentException e) { System.out.println("setPriority(11): IllegalArgumentException " + e.getMessage()); }
        try { ts.get(0).setPriority(0); } catch (IllegalArgumentException e) { System.out.println("setPriority(0): IllegalArgumentException " + e.getMessage()); }
        main.setPriority(3);
        Thread inheritsPriority = new Thread(() -> {});
        System.out.println("new thread inherits priority " + inheritsPriority.getPriority() + " group " + inheritsPriority.getThreadGroup().getName());
        main.setPriority(Thread.NORM_PRIORITY);
        boolean[] childDaemon = new boolean[2];
        Thread daemon = new Thread(() -> {
            Thread c = new Thread(() -> {});
            childDaemon[0] = c.isDaemon();
            c.setDaemon(false);
            childDaemon[1] = c.isDaemon();
        });
        daemon.setDaemon(true);
        daemon.start();
        daemon.join();
        System.out.println("child of daemon is daemon " + childDaemon[0] + ", can be reset " + childDaemon[1]);
        Thread running = new Thread(() -> { try { Thread.sleep(100_000); } catch (InterruptedException e) { } }, "forever");
        running.setDaemon(true);
        running.start();
        try { running.setDaemon(false); } catch (IllegalThreadStateException e) { System.out.println("setDaemon after start: IllegalThreadStateException " + e.getMessage()); }
        System.out.println("MIN/NORM/MAX " + Thread.MIN_PRIORITY + "/" + Thread.NORM_PRIORITY + "/" + Thread.MAX_PRIORITY + " daemon still sleeping " + running.isAlive() + "; main returns now");
    }
}
