// Fields of every type, static and instance: default values, long/double (two-slot) fields
// and locals, volatile and final fields, field hiding (fields are not virtual), static
// method hiding, super.field, compound assignments on fields and array elements, and
// constant folding of static finals.
public class Fields {
    static boolean sz; static byte sb; static short ss; static char sc; static int si; static long sl; static float sf; static double sd; static Object so;
    boolean z; byte b; short s; char c; int i; long l; float f; double d; Object o;
    volatile long vl; volatile double vd; volatile int vi;
    final int fin;
    static final long BIG = 1L << 50;
    static final String GREETING = "hi" + BIG;

    Fields() { fin = 7; }

    static class Parent {
        String name = "parent-field";
        static String kind = "parent-static";
        String name() { return name; }
        static String kind() { return "Parent.kind()"; }
    }

    static class Child extends Parent {
        String name = "child-field";          // hides Parent.name
        static String kind = "child-static";
        @Override String name() { return name + " / super " + super.name; }
        static String kind() { return "Child.kind()"; }
    }

    static long mix(long a, double b, int c, long d, double e) {
        long x = a + (long) b;
        double y = b * e + c;
        long z = d ^ x;
        return x + (long) y + z;
    }

    public static void main(String[] args) {
        System.out.println("static defaults " + sz + " " + sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        Fields x = new Fields();
        System.out.println("instance defaults " + x.z + " " + x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + x.o + " " + x.vl + " " + x.vd + " final " + x.fin);
        x.z = true; x.b = -128; x.s = -32768; x.c = '\uffff'; x.i = Integer.MIN_VALUE; x.l = Long.MIN_VALUE; x.f = -Float.MAX_VALUE; x.d = Double.MIN_VALUE; x.o = "obj";
        System.out.println("instance set " + x.z + " " + x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f + " " + x.d + " " + x.o);
        sz = !x.z; sb = (byte) (x.b - 1); ss = (short) (x.s - 1); sc = (char) (x.c + 1); si = x.i - 1; sl = x.l - 1; sf = x.f * 2; sd = x.d / 2; so = x;
        System.out.println("static set " + sz + " " + sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + (so == x));
        x.i += 5; x.l *= 3; x.d -= 1.5; x.c += 2; x.b >>= 1; x.s <<= 3; x.f /= 0; si ^= -1; sl >>>= 60;
        System.out.println("compound " + x.i + " " + x.l + " " + x.d + " " + (int) x.c + " " + x.b + " " + x.s + " " + x.f + " " + si + " " + sl);
        x.vl = 0x1234_5678_9ABC_DEF0L; x.vd = -2.5; x.vi++; x.vi += 10;
        System.out.println("volatile " + Long.toHexString(x.vl) + " " + x.vd + " " + x.vi);
        long[] la = {1, 2, 3};
        double[] da = {0.5};
        la[1] += 40; la[2] <<= 62; da[0] *= -4; la[0]++; --la[0];
        System.out.println("array compound " + la[0] + " " + la[1] + " " + la[2] + " " + da[0]);
        System.out.println("two-slot locals " + mix(Long.MAX_VALUE, 1e3, -7, 0x0F0F_0F0F_0F0F_0F0FL, 0.25));
        long a = 1, b2 = 2;
        double c = 3, e = 4;
        int n = 5;
        for (int k = 0; k < 10; k++) { a = a * 3 + b2; c = c / 2 + e; b2 ^= a; e += n; n--; }
        System.out.println("loop locals " + a + " " + b2 + " " + c + " " + e + " " + n);
        Parent p = new Child();
        Child ch = (Child) p;
        System.out.println("hiding: " + p.name + " | " + ch.name + " | " + ((Parent) ch).name + " | virtual " + p.name() + " | static " + Parent.kind + " " + Child.kind + " " + Parent.kind() + " " + Child.kind());
        System.out.println("constants " + BIG + " " + GREETING + " " + (GREETING == ("hi" + BIG)));
        Fields[] many = new Fields[3];
        for (int k = 0; k < many.length; k++) { many[k] = new Fields(); many[k].l = k * BIG; many[k].d = k / 3.0; }
        System.out.println("objects " + many[2].l + " " + many[2].d + " " + many[1].fin);
        int[] counter = new int[1];
        int idx = 0;
        counter[idx++] += 10;
        System.out.println("side effect once: " + counter[0] + " idx " + idx);
        int v = 1;
        v = v++ + v++ * ++v;
        System.out.println("evaluation order " + v);
        int[] arr = {0, 0, 0};
        int j = 0;
        arr[j] = j = 2;
        System.out.println("array index evaluated first " + arr[0] + " " + arr[2] + " j " + j);
    }
}
