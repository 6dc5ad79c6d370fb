// Test class for tests/unit/prims/test_jni.cpp: fields of every type, methods of every return type
// and argument mix (register- and stack-passed), natives bound with RegisterNatives that call back
// into JNI, exceptions crossing JNI in both directions, and a GC under a native frame.
public class JniTest {
    static boolean sZ; static byte sB; static char sC; static short sS;
    static int sI = 7; static long sJ; static float sF; static double sD; static Object sL;
    static int clinitCount;
    static { clinitCount++; }

    boolean z; byte b; char c; short s; int i; long j; float f; double d; Object l;

    public JniTest() { i = 1; }
    public JniTest(int i, String s) { this.i = i; this.l = s; }

    static boolean retZ(boolean x) { return !x; }
    static byte retB(byte x) { return (byte) (x + 1); }
    static char retC(char x) { return (char) (x + 1); }
    static short retS(short x) { return (short) (x + 1); }
    static int retI(int x) { return x + 1; }
    static long retJ(long x) { return x + 1; }
    static float retF(float x) { return x * 2; }
    static double retD(double x) { return x * 2; }
    static Object retL(Object x) { return x; }
    static void retV() { sI++; }

    // Ten ints (the last four go on the C stack in the native ABI) and ten doubles (the last two).
    static long manyInts(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
        return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j;
    }
    static double manyDoubles(double a, double b, double c, double d, double e, double f, double g,
                              double h, double i, double j) {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
    }
    static double mixed(int a, double b, long c, float d, byte e, char f, short g, boolean h, Object o,
                        double i, double j, double k, double l, double m, double n, double p, int q, long r) {
        return a + b + c + d + e + f + g + (h ? 1000 : 0) + (o == null ? 0 : 10000) + i + j + k + l + m + n + p + q + r;
    }

    int add(int x) { return i + x; }
    long addAll(int a, long b, double c, float d) { return i + a + b + (long) c + (long) d; }
    String name() { return "base"; }

    static class Sub extends JniTest {
        String name() { return "sub"; }
    }
    interface Shape {
        int sides();
        default int twice() { return 2 * sides(); }
    }
    static class Square implements Shape {
        public int sides() { return 4; }
    }

    static void thrower(int x) {
        if (x > 0) throw new IllegalStateException("boom");
    }

    // Natives bound by the test with RegisterNatives.
    static native int nativeCallback(int x, String s, double d1, double d2, double d3, double d4,
                                     double d5, double d6, double d7, double d8, double d9, int i6, int i7);
    static native void nativeThrow(String msg);
    static native Object nativeGc(int n);
    native int nativeInstance(int x);

    static int callNative(int x) {
        return nativeCallback(x, NON_LATIN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 6, 7);
    }
    static int catchFromNative() {
        try {
            nativeThrow("from native");
            return 0;
        } catch (IllegalArgumentException e) {
            return 1;
        }
    }
    static Object gcUnderNative(int n) { return nativeGc(n); }
    static int callInstanceNative(int x) { return new JniTest().nativeInstance(x); }

    static final String NON_LATIN = "\u017elu\u0165ou\u010dk\u00fd \u4e2d\u6587 \ud83d\ude00";
    static String nonLatin() { return NON_LATIN; }

    static int sum(int[] a) {
        int s = 0;
        for (int x : a) s += x;
        return s;
    }

    static synchronized int locked(int x) { return x + 1; }

    abstract static class Abstract { abstract int f(); }
}
