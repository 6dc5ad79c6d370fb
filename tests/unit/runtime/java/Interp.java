// Programs for the interpreter's unit tests (tests/unit/runtime/test_interpreter.cpp): each
// static method returns a value the test checks, with no JDK code beyond Object and String.
public class Interp {
    static int counter;
    static final long BIG = 1L << 40;
    int x;
    Interp next;

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int loopSum(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    static long longMath(long a, int b) { return (a * b) ^ (a >>> 3) ^ (BIG / 3) + (a % 7); }

    static double doubles(double a, float b) { return a / b + (double) (int) 3.9 + (0.0 / 0.0 != 0.0 / 0.0 ? 0 : 1); }

    static int intOverflow() { return Integer.MAX_VALUE + 1 == Integer.MIN_VALUE ? 1 : 0; }

    static int conversions() {
        int r = 0;
        if ((int) Double.NaN == 0) r |= 1;
        if ((int) 1e20 == Integer.MAX_VALUE) r |= 2;
        if ((long) -1e30f == Long.MIN_VALUE) r |= 4;
        if ((byte) 200 == -56) r |= 8;
        if ((char) -1 == 65535) r |= 16;
        return r;
    }

    static int arrays() {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * i;
        int[][] m = new int[3][4];
        m[2][3] = 7;
        long[] l = {1, 2, 3};
        Object[] o = new String[2];
        return a[9] + m[2][3] + (int) l[2] + o.length;
    }

    static int objects() {
        Interp head = null;
        for (int i = 0; i < 100; i++) {
            Interp n = new Interp();
            n.x = i;
            n.next = head;
            head = n;
        }
        int s = 0;
        for (Interp p = head; p != null; p = p.next) s += p.x;
        return s;
    }

    static int garbage(int rounds) {
        // Allocates far more than a small young generation holds, keeping a few objects alive,
        // so the collectors run while interpreter frames hold references.
        Interp keep = null;
        int s = 0;
        for (int i = 0; i < rounds; i++) {
            Interp n = new Interp();
            n.x = i;
            int[] junk = new int[64];
            junk[3] = i;
            if (i % 1000 == 0) { n.next = keep; keep = n; }
            s += junk[3] & 1;
        }
        int kept = 0;
        for (Interp p = keep; p != null; p = p.next) kept += p.x;
        return kept + s;
    }

    static int statics() {
        counter = 5;
        counter += 10;
        return counter;
    }

    static int switches(int k) {
        int r = 0;
        switch (k) { case 1: r = 10; break; case 2: r = 20; break; case 3: r = 30; break; default: r = -1; }
        switch (k * 1000) { case 1000: r += 1; break; case 500000: r += 2; break; default: r += 3; }
        return r;
    }

    static String strings() { return "hello"; }

    static int virtuals() {
        Shape[] shapes = { new Square(3), new Circle(1), new Square(2) };
        int s = 0;
        for (Shape sh : shapes) s += sh.area() + sh.sides();
        return s;
    }

    static int exceptions() {
        int r = 0;
        try { int z = 0; r = 10 / z; } catch (ArithmeticException e) { r += 1; }
        try { int[] a = new int[2]; a[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { r += 10; }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { r += 100; }
        try { Interp p = null; p.x = 1; } catch (NullPointerException e) { r += 1000; }
        try { throw new IllegalStateException("x"); } catch (RuntimeException e) { r += 10000; }
        finally { r += 100000; }
        return r;
    }

    static synchronized int locked(int v) {
        Object lock = new Object();
        synchronized (lock) { return v + 1; }
    }

    static int deep(int n) { return n == 0 ? 0 : 1 + deep(n - 1); }

    interface Shape { int area(); default int sides() { return 0; } }
    static class Square implements Shape {
        final int s; Square(int s) { this.s = s; }
        public int area() { return s * s; }
        public int sides() { return 4; }
    }
    static class Circle implements Shape {
        final int r; Circle(int r) { this.r = r; }
        public int area() { return 3 * r * r; }
    }

    // Finalizers (Klass::has_finalizer): declared, inherited, cancelled by an empty override.
    static int finalizedCount;
    static class Finalizable { @SuppressWarnings("deprecation") protected void finalize() { finalizedCount++; } }
    static class InheritsFinalizer extends Finalizable { }
    static class EmptyFinalizer extends Finalizable { @SuppressWarnings("deprecation") protected void finalize() { } }
    static class EmptyFinalizerSub extends EmptyFinalizer { }
}
