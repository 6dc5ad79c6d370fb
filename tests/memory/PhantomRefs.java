// Rule (DESIGN §5.11; JDK 9+ PhantomReference and java.lang.ref.Cleaner): get() is always null
// while refersTo(referent) is true; once the referent is unreachable the collector clears the
// reference and it is enqueued; a Cleaner's action runs on the Cleaner thread after the
// collection that found its object unreachable, exactly once, and not while it is reachable.
// run: -Xmx64m -Xlog:gc
import java.lang.ref.*;

public class PhantomRefs {
    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        Object o = new Object();
        PhantomReference<Object> ph = new PhantomReference<>(o, q);
        System.out.println("alive: get()=" + ph.get() + " refersTo(o)=" + ph.refersTo(o));
        System.gc();
        System.out.println("still reachable after System.gc(): refersTo(o)=" + ph.refersTo(o) + " queued " + (q.poll() != null));
        o = null;
        System.gc();
        System.out.println("after System.gc(): queue.remove(5000)==ph " + (q.remove(5000) == ph) + " refersTo(null)=" + ph.refersTo(null));

        Cleaner cleaner = Cleaner.create();
        Object lock = new Object();
        int[] runs = new int[1];
        Object resource = new byte[1000];
        Cleaner.Cleanable c = cleaner.register(resource, () -> {
            synchronized (lock) { runs[0]++; lock.notifyAll(); }
        });
        System.gc();
        Thread.sleep(200);
        synchronized (lock) { System.out.println("resource reachable: cleaner runs " + runs[0]); }
        resource = null;
        System.gc();
        synchronized (lock) {
            for (int i = 0; i < 50 && runs[0] == 0; i++) lock.wait(100);
            System.out.println("resource dropped: cleaner runs " + runs[0]);
        }
        c.clean();  // already cleaned: does nothing
        System.gc();
        Thread.sleep(200);
        synchronized (lock) { System.out.println("after clean() and another GC: cleaner runs " + runs[0]); }
    }
}
