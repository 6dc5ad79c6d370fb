// Rule (DESIGN §5.7, §5.10): filling the heap ends in OutOfMemoryError "Java heap space" after a
// last full collection; the error is catchable and, once the references are dropped, allocation
// works again. An array longer than the VM allows is refused at once with "Requested array size
// exceeds VM limit", larger than the heap with "Java heap space". -XX:+UseGCOverheadLimit
// (default) does not apply to the Serial collector, as in HotSpot 17.
// run: -Xmx16m
// run-no-stress: -Xmx16m -Xlog:gc
import java.util.ArrayList;
import java.util.List;

public class HeapErrors {
    public static void main(String[] args) {
        List<byte[]> chunks = new ArrayList<>();
        try {
            while (true) chunks.add(new byte[64 * 1024]);
        } catch (OutOfMemoryError e) {
            int n = chunks.size();
            chunks = null;
            System.out.println("caught " + e + " after more than 100 chunks: " + (n > 100));
        }
        byte[] again = new byte[4 * 1024 * 1024];
        System.out.println("allocation works again: " + again.length);
        for (int len : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2, 64 * 1024 * 1024}) {
            try {
                System.out.println("allocated " + new byte[len].length);
            } catch (OutOfMemoryError e) {
                System.out.println("new byte[" + len + "]: " + e.getMessage());
            }
        }
        try {
            Object[] huge = new Object[Integer.MAX_VALUE - 8];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("new Object[MAX-8]: " + e.getMessage());
        }
    }
}
