// Coordination primitives with deterministic output: a CountDownLatch started by five
// threads (getCount, await with timeout), a CyclicBarrier over four generations whose
// barrier action prints the sum of that round's contributions, reset() breaking a waiting
// party (BrokenBarrierException), a Phaser with onAdvance printing phase and party counts
// while parties register and deregister, arriveAndAwaitAdvance/awaitAdvance/bulkRegister,
// and a termination when onAdvance returns true.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

public class LatchBarrierPhaser {
    public static void main(String[] args) throws Exception {
        CountDownLatch ready = new CountDownLatch(5);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> { ready.countDown(); try { go.await(); ran.incrementAndGet(); } catch (InterruptedException e) { } });
            t.start(); threads.add(t);
        }
        ready.await();
        System.out.println("latch: all ready, count " + ready.getCount() + ", ran before go " + ran.get() + ", timed await on go " + go.await(10, TimeUnit.MILLISECONDS));
        go.countDown(); go.countDown();
        for (Thread t : threads) t.join();
        System.out.println("latch: ran after go " + ran.get() + ", count stays " + go.getCount());
        int[] contributions = new int[4];
        List<String> rounds = Collections.synchronizedList(new ArrayList<>());
        int[] gen = {0};
        CyclicBarrier barrier = new CyclicBarrier(4, () -> {
            rounds.add("gen" + gen[0] + " sum=" + Arrays.stream(contributions).sum());
            gen[0]++;
        });
        threads.clear();
        for (int i = 0; i < 4; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try {
                    for (int r = 0; r < 4; r++) {
                        contributions[id] = (id + 1) * (r + 1) * 10;
                        int idx = barrier.await();
                        if (idx < 0 || idx > 3) throw new AssertionError(idx);
                    }
                } catch (InterruptedException | BrokenBarrierException e) { rounds.add("broken " + e); }
            });
            t.start(); threads.add(t);
        }
        for (Thread t : threads) t.join();
        System.out.println("barrier " + rounds + " parties " + barrier.getParties() + " waiting " + barrier.getNumberWaiting() + " broken " + barrier.isBroken());
        CyclicBarrier two = new CyclicBarrier(2);
        String[] outcome = new String[1];
        Thread waiter = new Thread(() -> {
            try { two.await(); outcome[0] = "passed"; } catch (BrokenBarrierException e) { outcome[0] = "BrokenBarrierException"; } catch (InterruptedException e) { outcome[0] = "interrupted"; }
        });
        waiter.start();
        while (two.getNumberWaiting() < 1) Thread.sleep(1);
        two.reset();
        waiter.join();
        System.out.println("reset while waiting -> " + outcome[0] + ", barrier broken after reset " + two.isBroken());
        try { two.await(5, TimeUnit.MILLISECONDS); } catch (TimeoutException e) { System.out.println("timed await alone: TimeoutException, now broken " + two.isBroken()); }
        List<String> phases = Collections.synchronizedList(new ArrayList<>());
        Phaser phaser = new Phaser(1) {
            @Override protected boolean onAdvance(int phase, int registered) {
                phases.add("phase " + phase + " parties " + registered);
                return phase >= 3 || registered == 0;
            }
        };
        threads.clear();
        for (int i = 0; i < 3; i++) {
            int id = i;
            phaser.register();
            Thread t = new Thread(() -> {
                for (int p = 0; p <= id; p++) phaser.arriveAndAwaitAdvance();
                phaser.arriveAndDeregister();
            });
            t.start(); threads.add(t);
        }
        while (!phaser.isTerminated()) {
            int ph = phaser.arrive();
            phaser.awaitAdvance(ph);
            if (ph > 10) break;
        }
        for (Thread t : threads) t.join();
        System.out.println("phaser " + phases + " terminated " + phaser.isTerminated() + " phase " + phaser.getPhase());
        Phaser bulk = new Phaser();
        System.out.println("bulkRegister returns phase " + bulk.bulkRegister(3) + " registered " + bulk.getRegisteredParties() + " unarrived " + bulk.getUnarrivedParties());
        bulk.arrive(); bulk.arrive();
        System.out.println("after 2 arrivals phase " + bulk.getPhase() + " arrived " + bulk.getArrivedParties());
        bulk.arrive();
        System.out.println("after 3 arrivals phase " + bulk.getPhase() + " arrived " + bulk.getArrivedParties());
        try { new Phaser().arrive(); } catch (IllegalStateException e) { System.out.println("arrive unregistered: " + e.getMessage().replaceAll("@[0-9a-f]+", "@HASH")); }
    }
}
