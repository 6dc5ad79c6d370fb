// Rule (DESIGN §5.11, JDK java.lang.ref.WeakReference): a weak referent that is still strongly
// reachable survives System.gc(); once dropped, the next collection, full or young, clears the
// reference and the Reference Handler thread enqueues it on its ReferenceQueue. References
// whose referents share a dead object graph are all cleared together.
// run: -Xmx64m -Xlog:gc
import java.lang.ref.*;

public class WeakRefs {
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        Object strong = new int[] {1};
        WeakReference<Object> w = new WeakReference<>(strong, q);
        System.gc();
        System.out.println("strongly reachable after System.gc(): get()==strong " + (w.get() == strong) + ", enqueued " + (q.poll() != null));

        strong = null;
        System.gc();
        System.out.println("dropped, after System.gc(): refersTo(null) " + w.refersTo(null));
        System.out.println("queue.remove(5000) == w: " + (q.remove(5000) == w));

        // A young collection alone clears a weak reference to a young object.
        WeakReference<Object> w2 = new WeakReference<>(new Object(), q);
        int chunks = 0;
        while (!w2.refersTo(null) && chunks < 100_000) {
            sink = new byte[4096];
            chunks++;
        }
        System.out.println("after allocation (young GCs only): refersTo(null) " + w2.refersTo(null) + ", queue.remove(5000) == w2: " + (q.remove(5000) == w2));

        // Ten references into one dead list: all cleared, all enqueued, none twice.
        Object[] head = new Object[1];
        Object node = head;
        WeakReference<?>[] refs = new WeakReference<?>[10];
        for (int i = 0; i < 10; i++) {
            Object[] next = new Object[1];
            ((Object[]) node)[0] = next;
            refs[i] = new WeakReference<>(next, q);
            node = next;
        }
        head = null;
        node = null;
        System.gc();
        int cleared = 0;
        for (WeakReference<?> r : refs) if (r.refersTo(null)) cleared++;
        int dequeued = 0;
        while (q.remove(2000) != null) dequeued++;
        System.out.println("list of 10: cleared " + cleared + ", dequeued " + dequeued);
    }
}
