// Handoffs between threads: an Exchanger swapping a filled buffer for an empty one over
// ten rounds (consumer totals exact), exchange with a timeout and no partner
// (TimeoutException), a SynchronousQueue rendezvous (offer fails without a taker, put/take
// pairs in order), LinkedTransferQueue.transfer/tryTransfer, and an ArrayBlockingQueue
// pipeline of three stages ending with a poison pill.
import java.util.*;
import java.util.concurrent.*;

public class ExchangerHandoff {
    public static void main(String[] args) throws Exception {
        Exchanger<List<Integer>> ex = new Exchanger<>();
        long[] consumed = {0};
        List<String> sizes = new ArrayList<>();
        Thread producer = new Thread(() -> {
            List<Integer> buf = new ArrayList<>();
            try {
                for (int round = 0; round < 10; round++) {
                    for (int i = 0; i <= round; i++) buf.add(round * 100 + i);
                    buf = ex.exchange(buf);
                    if (!buf.isEmpty()) throw new AssertionError("got non-empty buffer back");
                }
                ex.exchange(null);
            } catch (InterruptedException e) { }
        });
        Thread consumer = new Thread(() -> {
            List<Integer> empty = new ArrayList<>();
            try {
                while (true) {
                    List<Integer> full = ex.exchange(empty);
                    if (full == null) break;
                    sizes.add(String.valueOf(full.size()));
                    for (int v : full) consumed[0] += v;
                    full.clear();
                    empty = full;
                }
            } catch (InterruptedException e) { }
        });
        producer.start(); consumer.start();
        producer.join(); consumer.join();
        System.out.println("exchanger sizes " + sizes + " total " + consumed[0]);
        try { new Exchanger<String>().exchange("alone", 10, TimeUnit.MILLISECONDS); }
        catch (TimeoutException e) { System.out.println("exchange timeout: TimeoutException " + e.getMessage()); }
        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("offer without taker " + sq.offer("x") + " size " + sq.size() + " poll " + sq.poll());
        List<String> received = new ArrayList<>();
        Thread taker = new Thread(() -> { try { for (int i = 0; i < 5; i++) received.add(sq.take()); } catch (InterruptedException e) { } });
        taker.start();
        for (int i = 0; i < 5; i++) sq.put("msg" + i);
        taker.join();
        System.out.println("synchronous queue " + received);
        LinkedTransferQueue<Integer> tq = new LinkedTransferQueue<>();
        System.out.println("tryTransfer without consumer " + tq.tryTransfer(1) + " size " + tq.size());
        List<Integer> got = new ArrayList<>();
        Thread tc = new Thread(() -> { try { for (int i = 0; i < 3; i++) got.add(tq.take()); } catch (InterruptedException e) { } });
        tc.start();
        for (int i = 10; i < 13; i++) tq.transfer(i);
        tc.join();
        System.out.println("transfer " + got + " waiting consumers " + tq.hasWaitingConsumer());
        BlockingQueue<Integer> q1 = new ArrayBlockingQueue<>(3), q2 = new ArrayBlockingQueue<>(3);
        final int POISON = -1;
        long[] sink = new long[2];
        Thread stage1 = new Thread(() -> { try { for (int i = 1; i <= 200; i++) q1.put(i); q1.put(POISON); } catch (InterruptedException e) { } });
        Thread stage2 = new Thread(() -> {
            try { for (int v; (v = q1.take()) != POISON; ) q2.put(v * v); q2.put(POISON); } catch (InterruptedException e) { }
        });
        Thread stage3 = new Thread(() -> {
            try { for (int v; (v = q2.take()) != POISON; ) { sink[0] += v; sink[1]++; } } catch (InterruptedException e) { }
        });
        stage1.start(); stage2.start(); stage3.start();
        stage1.join(); stage2.join(); stage3.join();
        System.out.println("pipeline sum of squares " + sink[0] + " items " + sink[1] + " queues empty " + q1.isEmpty() + q2.isEmpty());
        ArrayBlockingQueue<String> small = new ArrayBlockingQueue<>(1);
        System.out.println("offer " + small.offer("a") + " " + small.offer("b") + " timed offer " + small.offer("c", 5, TimeUnit.MILLISECONDS) + " remaining " + small.remainingCapacity());
        try { small.add("d"); } catch (IllegalStateException e) { System.out.println("add to full queue: " + e.getMessage()); }
        System.out.println("timed poll on empty " + new LinkedBlockingQueue<String>().poll(5, TimeUnit.MILLISECONDS));
    }
}
