// wait/notify producer-consumer over a bounded buffer: one producer and one consumer
// thread; the consumer's output order is the production order, so it is deterministic.
// Also a BlockingQueue pipeline and a CountDownLatch.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

public class ProducerConsumer {
    static class Buffer {
        private final int[] items;
        private int head, tail, count;
        int waitsFull, waitsEmpty;   // not printed: depend on scheduling
        Buffer(int cap) { items = new int[cap]; }

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) { waitsFull++; wait(); }
            items[tail] = v;
            tail = (tail + 1) % items.length;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) { waitsEmpty++; wait(); }
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer(4);
        final int n = 2000;
        List<Integer> received = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= n; i++) buf.put(i * i % 1009);
                buf.put(-1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int v; (v = buf.take()) != -1; ) received.add(v);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        long checksum = 0;
        for (int v : received) checksum = checksum * 31 + v;
        System.out.println("received " + received.size() + " items, first " + received.subList(0, 8) + " checksum " + checksum);
        boolean inOrder = true;
        for (int i = 0; i < received.size(); i++) if (received.get(i) != (i + 1) * (i + 1) % 1009) inOrder = false;
        System.out.println("in production order: " + inOrder);

        BlockingQueue<String> q1 = new ArrayBlockingQueue<>(3);
        BlockingQueue<String> q2 = new LinkedBlockingQueue<>();
        Thread stage1 = new Thread(() -> {
            try {
                for (String s; !(s = q1.take()).equals("EOF"); ) q2.put(s.toUpperCase() + s.length());
                q2.put("EOF");
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        stage1.start();
        for (String w : "one two three four five six".split(" ")) q1.put(w);
        q1.put("EOF");
        StringBuilder out = new StringBuilder();
        for (String s; !(s = q2.take()).equals("EOF"); ) out.append(s).append(' ');
        stage1.join();
        System.out.println("pipeline: " + out.toString().trim());

        CountDownLatch ready = new CountDownLatch(3);
        int[] slots = new int[3];
        for (int i = 0; i < 3; i++) {
            int k = i;
            new Thread(() -> { slots[k] = (k + 1) * 11; ready.countDown(); }).start();
        }
        ready.await();
        System.out.println("latch released, slots " + slots[0] + " " + slots[1] + " " + slots[2]);

        Object monitor = new Object();
        boolean[] flag = {false};
        Thread waiter = new Thread(() -> {
            synchronized (monitor) {
                while (!flag[0]) {
                    try { monitor.wait(); } catch (InterruptedException e) { return; }
                }
                System.out.println("waiter woke with flag set");
            }
        });
        waiter.start();
        synchronized (monitor) { flag[0] = true; monitor.notify(); }
        waiter.join();
        try {
            monitor.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without lock: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            monitor.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without lock: " + e.getMessage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 1; i <= 5; i++) { int k = i; futures.add(pool.submit(() -> k * k * k)); }
        int total = 0;
        for (Future<Integer> f : futures) total += f.get();
        pool.shutdown();
        System.out.println("executor sum of cubes " + total + " terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
