// StackOverflowError through JNI (issue 5): a recursion that alternates Java and a native method
// (native/stacknative.c) overflows; the thread catches the error and carries on, and so does a
// second thread. The depth is not printed (it differs between VMs).
public class NativeStackOverflow {
    static { System.loadLibrary("stacknative"); }

    static native int down(int n);

    static int deepest;

    static int up(int n) {
        deepest = n;
        return down(n);
    }

    static String attempt() {
        deepest = 0;
        try {
            up(0);
            return "no overflow";
        } catch (StackOverflowError e) {
            StackTraceElement top = e.getStackTrace()[0];
            return "caught " + e + " deep " + (deepest > 100) + " top in NativeStackOverflow " + top.getClassName().equals("NativeStackOverflow");
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 3; i++) System.out.println("attempt " + i + ": " + attempt());
        String[] fromThread = new String[1];
        Thread t = new Thread(null, () -> fromThread[0] = attempt(), "jni-recursion", 1024 * 1024);
        t.start();
        t.join();
        System.out.println("thread: " + fromThread[0]);
        System.out.println("main continues: " + Integer.toString(42));
    }
}
