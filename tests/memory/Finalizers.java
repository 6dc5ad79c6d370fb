// Rule (JLS §12.6, DESIGN §5.11 final references): an object whose class overrides finalize()
// is registered at construction (Object.<init>, -XX:+RegisterFinalizersAtInit); after it becomes
// unreachable a collection hands it to the Finalizer thread, which runs finalize() once. Weak
// references to it are cleared by that same collection, while the object and everything it
// reaches stay in memory until finalize() has run; a phantom reference is enqueued only after
// finalization and a further collection. An object resurrected by finalize() is not finalized
// again. An empty finalize() (and Object's) registers nothing: nothing runs for those.
// run: -Xmx64m
import java.lang.ref.*;
import java.util.ArrayList;
import java.util.List;

public class Finalizers {
    static final Object lock = new Object();
    static final List<String> finalized = new ArrayList<>();
    static Resurrect saved;
    static final ReferenceQueue<Object> weakQueue = new ReferenceQueue<>();
    static final ReferenceQueue<Object> phantomQueue = new ReferenceQueue<>();
    static volatile String phantomAtFinalize = "finalize() did not run";

    static class Tracked {
        final String name;
        final int[] payload = {42};
        Tracked(String name) { this.name = name; }
        @Override protected void finalize() {
            if (name.equals("a")) phantomAtFinalize = "phantom enqueued before finalize(): " + (phantomQueue.poll() != null);
            synchronized (lock) { finalized.add(name + " payload " + payload[0]); lock.notifyAll(); }
        }
    }
    static class SubTracked extends Tracked {  // inherits the finalizer
        SubTracked(String name) { super(name); }
    }
    static class Emptied extends Tracked {  // an empty finalize() cancels the inherited one
        Emptied(String name) { super(name); }
        @Override protected void finalize() { }
    }
    static class Resurrect {
        int count;
        @Override protected void finalize() {
            synchronized (lock) { count++; saved = this; finalized.add("resurrect #" + count); lock.notifyAll(); }
        }
    }

    static void awaitFinalized(int n) throws InterruptedException {
        synchronized (lock) {
            for (int i = 0; i < 100 && finalized.size() < n; i++) {
                lock.wait(100);
                if (finalized.size() < n) System.gc();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Tracked t = new Tracked("a");
        WeakReference<Object> weak = new WeakReference<>(t, weakQueue);
        PhantomReference<Object> phantom = new PhantomReference<>(t, phantomQueue);
        new Emptied("c");
        System.gc();
        Thread.sleep(100);
        synchronized (lock) { System.out.println("reachable: finalized " + finalized); }

        t = null;
        new SubTracked("b");
        System.gc();
        awaitFinalized(2);
        synchronized (lock) {
            List<String> sorted = new ArrayList<>(finalized);
            sorted.sort(null);
            System.out.println("dropped: finalized " + sorted);
        }
        System.out.println(phantomAtFinalize);
        System.out.println("weak cleared by the first GC: " + weak.refersTo(null) + ", dequeued " + (weakQueue.remove(5000) == weak));
        // The phantom reference waits for the collection after finalize() has run.
        Reference<?> r = null;
        for (int i = 0; i < 20 && r == null; i++) {
            System.gc();
            r = phantomQueue.remove(200);
        }
        System.out.println("phantom enqueued after finalization: " + (r == phantom));

        new Resurrect();
        System.gc();
        awaitFinalized(3);
        Resurrect back = saved;
        saved = null;
        System.out.println("resurrected: " + (back != null) + ", count " + back.count);
        back = null;
        System.gc();
        Thread.sleep(300);
        System.gc();
        Thread.sleep(300);
        synchronized (lock) { System.out.println("finalize() calls in total: " + finalized.size() + " " + finalized.get(finalized.size() - 1)); }
    }
}
