// java.lang.ref with the Serial collector: after System.gc() a weakly reachable referent is
// cleared and its WeakReference enqueued (by the ReferenceHandler thread); a strongly
// reachable one is kept; PhantomReference.get() is always null and it is enqueued once the
// referent is unreachable; a Cleaner action runs; clear() and enqueue() by hand.
import java.lang.ref.*;

public class References {
    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        Object kept = new int[] {1};
        Object dropped = new int[] {2};
        WeakReference<Object> wKept = new WeakReference<>(kept, q);
        WeakReference<Object> wDropped = new WeakReference<>(dropped, q);
        PhantomReference<Object> phantom = new PhantomReference<>(new int[] {3}, q);
        System.out.println("before gc: kept " + (wKept.get() != null) + ", dropped " + (wDropped.get() != null) + ", phantom.get " + phantom.get());
        dropped = null;
        System.gc();
        int enqueued = 0;
        boolean sawWeak = false, sawPhantom = false;
        for (int i = 0; i < 2; i++) {
            Reference<?> r = q.remove(10000);
            if (r == null) break;
            enqueued++;
            if (r == wDropped) sawWeak = true;
            if (r == phantom) sawPhantom = true;
        }
        System.out.println("after gc: kept " + (wKept.get() == kept) + ", dropped cleared " + (wDropped.get() == null) + ", enqueued " + enqueued + " (weak " + sawWeak + ", phantom " + sawPhantom + ")");
        System.out.println("nothing else queued " + (q.poll() == null));
        Reference.reachabilityFence(kept);
        Cleaner cleaner = Cleaner.create();
        Object resource = new Object();
        boolean[] cleaned = new boolean[1];
        Object done = new Object();
        cleaner.register(resource, () -> { synchronized (done) { cleaned[0] = true; done.notifyAll(); } });
        resource = null;
        System.gc();
        synchronized (done) {
            long deadline = 100;
            while (!cleaned[0] && deadline-- > 0) { done.wait(100); if (!cleaned[0]) System.gc(); }
            System.out.println("cleaner ran " + cleaned[0]);
        }
        WeakReference<String> manual = new WeakReference<>(new String("x"), new ReferenceQueue<>());
        manual.clear();
        System.out.println("manual clear " + (manual.get() == null) + ", enqueue " + manual.enqueue() + ", enqueue again " + manual.enqueue() + ", isEnqueued " + manual.isEnqueued());
        SoftReference<Object> soft = new SoftReference<>(kept);
        System.out.println("soft reference to a strongly held object " + (soft.get() == kept));
        Reference.reachabilityFence(kept);
    }
}
