// Rule (DESIGN §5.7, §5.11; -XX:SoftRefLRUPolicyMSPerMB): a softly reachable 30 MB array
// survives System.gc() while its SoftReference is used recently (LRU policy: 1000 ms per free
// MB); when an allocation cannot be satisfied otherwise, the last-ditch full GC clears all soft
// references, and only that one (Pause Young, Pause Full, Pause Full that clears). With
// SoftRefLRUPolicyMSPerMB=0 an untouched reference is cleared by the first collection after the
// clock (advanced by each GC) has passed its timestamp: the second System.gc(). A program never
// sees "Java heap space" while clearing soft references would help: they are cleared before.
// run: -Xmx64m -Xlog:gc -- soft
// run-no-stress: -Xmx64m -XX:SoftRefLRUPolicyMSPerMB=0 -Xlog:gc -- soft
// run: -Xmx64m -- softoom
import java.lang.ref.*;
import java.util.ArrayList;

public class SoftRefs {
    static String state(SoftReference<?> s) {
        return "refersTo(null)=" + s.refersTo(null);  // isEnqueued() races with the Reference Handler
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        if (args[0].equals("soft")) {
            SoftReference<Object> s = new SoftReference<>(new byte[30 << 20], q);
            System.gc();
            System.out.println("after System.gc():       " + state(s));
            System.gc();
            System.out.println("after 2nd System.gc():   " + state(s));
            byte[] big = new byte[40 << 20];
            System.out.println("new byte[40M] succeeded: " + state(s) + " queue.remove(5000)==s " + (q.remove(5000) == s));
            System.out.println(big.length);
        } else {
            SoftReference<Object> s = new SoftReference<>(new byte[8 << 20], q);
            ArrayList<byte[]> kept = new ArrayList<>();
            try {
                while (true) kept.add(new byte[256 << 10]);
            } catch (OutOfMemoryError e) {
                int n = kept.size();
                kept = null;
                System.out.println("OOM: " + e.getMessage() + "; soft referent cleared before the throw: " + s.refersTo(null) + "; more than 200 chunks: " + (n > 200));
                System.out.println("queue.remove(5000)==s " + (q.remove(5000) == s));
            }
        }
    }
}
