// StackOverflowError (DESIGN §6, issue 5): deep recursion overflows the thread's stack (-Xss or
// Thread's stackSize), the error carries the overflowing frames (at most MaxJavaStackTraceDepth),
// the thread catches it and goes on, and monitors held by the unwound frames are released.
// The output is independent of the exact depth, which differs between VMs.
public class StackOverflowRecovery {
    static int depth;

    static void recurse() { depth++; recurse(); }

    static synchronized void lockedRecurse() { depth++; lockedRecurse(); }

    static final Object monitor = new Object();

    static void recurseHoldingBlock(int n) {
        synchronized (monitor) { depth++; recurseHoldingBlock(n + 1); }
    }

    static int depthIn(long stackSize) throws InterruptedException {
        int[] result = new int[1];
        Thread t = new Thread(null, () -> {
            depth = 0;
            try { recurse(); } catch (StackOverflowError e) { result[0] = depth; }
        }, "sized", stackSize);
        t.start();
        t.join();
        return result[0];
    }

    public static void main(String[] args) throws Exception {
        int first = -1;
        for (int attempt = 0; attempt < 3; attempt++) {
            depth = 0;
            try {
                recurse();
            } catch (StackOverflowError e) {
                StackTraceElement[] st = e.getStackTrace();
                if (first < 0) first = depth;
                System.out.println("attempt " + attempt + ": " + e + " message=" + e.getMessage()
                        + " frames=" + st.length + " top=" + st[0] + " bottom=" + st[st.length - 1]
                        + " deep=" + (depth > 1000));
            }
        }
        // The thread is healthy: ordinary calls and allocation work after the overflow.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i);
        System.out.println("continues: " + sb);

        depth = 0;
        try { lockedRecurse(); } catch (StackOverflowError e) {
            System.out.println("synchronized method overflowed; class lock still held: " + Thread.holdsLock(StackOverflowRecovery.class));
        }
        depth = 0;
        try { recurseHoldingBlock(0); } catch (StackOverflowError e) {
            System.out.println("synchronized block overflowed; monitor still held: " + Thread.holdsLock(monitor));
        }
        Thread other = new Thread(() -> {
            synchronized (monitor) { synchronized (StackOverflowRecovery.class) { System.out.println("another thread takes both locks"); } }
        });
        other.start();
        other.join();

        int small = depthIn(256 * 1024), large = depthIn(4 * 1024 * 1024);
        System.out.println("thread stackSize 256k overflowed: " + (small > 100) + "; 4m reaches deeper: " + (large > small));
        Thread uncaught = new Thread(null, StackOverflowRecovery::recurse, "overflowing", 512 * 1024);
        uncaught.start();
        uncaught.join();
        System.out.println("main survives an uncaught overflow in another thread");
    }
}
