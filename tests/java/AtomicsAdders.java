// java.util.concurrent.atomic under contention from four threads (final values exact):
// AtomicInteger/AtomicLong incrementAndGet, updateAndGet, accumulateAndGet, LongAdder and
// DoubleAdder sums, LongAccumulator (max), AtomicIntegerArray slots, AtomicReference
// updated with a copy-on-write list, AtomicIntegerFieldUpdater on a volatile field,
// AtomicStampedReference against ABA, AtomicMarkableReference, AtomicBoolean as a
// run-once latch (exactly one winner), and the single-threaded API results.
import java.util.*;
import java.util.concurrent.atomic.*;

public class AtomicsAdders {
    volatile int updated;
    static final AtomicIntegerFieldUpdater<AtomicsAdders> UPD = AtomicIntegerFieldUpdater.newUpdater(AtomicsAdders.class, "updated");

    public static void main(String[] args) throws Exception {
        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong(1);
        LongAdder adder = new LongAdder();
        DoubleAdder dadder = new DoubleAdder();
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicIntegerArray slots = new AtomicIntegerArray(10);
        AtomicReference<List<Integer>> cow = new AtomicReference<>(List.of());
        AtomicsAdders holder = new AtomicsAdders();
        AtomicBoolean once = new AtomicBoolean();
        AtomicInteger winners = new AtomicInteger();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                if (once.compareAndSet(false, true)) winners.incrementAndGet();
                for (int i = 0; i < 10000; i++) {
                    ai.incrementAndGet();
                    al.accumulateAndGet(3, (a, b) -> (a * b) % 1_000_000_007L);
                    adder.increment();
                    dadder.add(0.5);
                    max.accumulate((long) i * (id + 1));
                    slots.getAndIncrement((i + id) % 10);
                    UPD.addAndGet(holder, 2);
                    if (i % 1000 == 0) cow.updateAndGet(l -> { List<Integer> n = new ArrayList<>(l); n.add(id); return List.copyOf(n); });
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("AtomicInteger " + ai.get() + " AtomicLong 3^40000 mod p " + al.get() + " LongAdder " + adder.sum() + " DoubleAdder " + dadder.sum() + " max " + max.get());
        System.out.println("slots " + slots + " field updater " + holder.updated + " cow size " + cow.get().size() + " per-thread " + countEach(cow.get()) + " winners " + winners.get());
        AtomicInteger x = new AtomicInteger(5);
        System.out.println("getAndIncrement " + x.getAndIncrement() + " incrementAndGet " + x.incrementAndGet() + " getAndUpdate " + x.getAndUpdate(v -> v * 10) + " updateAndGet " + x.updateAndGet(v -> v - 1)
            + " accumulateAndGet " + x.accumulateAndGet(4, Math::floorMod) + " CAS " + x.compareAndSet(3, 9) + " " + x.compareAndSet(1, 9) + " plain " + x.getPlain() + " toString " + x);
        AtomicLong big = new AtomicLong(Long.MAX_VALUE);
        System.out.println("AtomicLong overflow " + big.incrementAndGet() + " intValue " + big.intValue() + " doubleValue " + big.doubleValue());
        AtomicStampedReference<String> asr = new AtomicStampedReference<>("A", 0);
        int[] stampHolder = new int[1];
        String seen = asr.get(stampHolder);
        asr.compareAndSet("A", "B", 0, 1);
        asr.compareAndSet("B", "A", 1, 2);
        System.out.println("ABA: value back to " + asr.getReference() + " but stale stamp CAS " + asr.compareAndSet(seen, "C", stampHolder[0], 3) + " stamp now " + asr.getStamp());
        AtomicMarkableReference<String> amr = new AtomicMarkableReference<>("node", false);
        System.out.println("markable attemptMark " + amr.attemptMark("node", true) + " isMarked " + amr.isMarked() + " CAS with wrong mark " + amr.compareAndSet("node", "x", false, false));
        AtomicReferenceArray<String> ara = new AtomicReferenceArray<>(new String[] {"a", "b", "c"});
        ara.accumulateAndGet(1, "!", String::concat);
        System.out.println("AtomicReferenceArray " + ara + " length " + ara.length());
        AtomicLongArray ala = new AtomicLongArray(3);
        ala.addAndGet(2, 40); ala.decrementAndGet(0);
        System.out.println("AtomicLongArray " + ala);
        try { slots.get(10); } catch (IndexOutOfBoundsException e) { System.out.println("AtomicIntegerArray.get(10): " + e.getMessage()); }
        try { AtomicIntegerFieldUpdater.newUpdater(AtomicsAdders.class, "nope"); } catch (RuntimeException e) { System.out.println("bad updater: " + e.getClass().getSimpleName() + " cause " + e.getCause()); }
        LongAdder la = new LongAdder();
        la.add(10); la.decrement();
        System.out.println("LongAdder sumThenReset " + la.sumThenReset() + " after " + la.sum() + " toString " + la + " intValue " + adder.intValue());
        LongAccumulator prod = new LongAccumulator((a, b) -> a * b, 1);
        for (int i = 1; i <= 10; i++) prod.accumulate(i);
        System.out.println("LongAccumulator product " + prod.get() + " getThenReset " + prod.getThenReset() + " after reset " + prod.get());
    }

    static Map<Integer, Integer> countEach(List<Integer> l) {
        Map<Integer, Integer> m = new TreeMap<>();
        for (int v : l) m.merge(v, 1, Integer::sum);
        return m;
    }
}
