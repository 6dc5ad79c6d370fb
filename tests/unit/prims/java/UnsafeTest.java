// Programs for the Unsafe unit tests (tests/unit/prims/test_unsafe.cpp), compiled with
// --add-exports java.base/jdk.internal.misc=ALL-UNNAMED. Each check method returns 0 when every
// check passed, else the number of the first failed check; other methods return values the
// C++ test compares with the VM's own view. No string concatenation (it needs invokedynamic),
// no reflection and no Object.getClass (their natives belong to other parts of the VM).
// main() runs the same checks on HotSpot: java --add-exports ... UnsafeTest
import jdk.internal.misc.Unsafe;

public class UnsafeTest {
    static final Unsafe U = Unsafe.getUnsafe();

    static class Fields {
        boolean z;
        byte b;
        short s;
        char c;
        int i;
        long j;
        float f;
        double d;
        Object l;
        volatile int vi;
    }

    static class Holder {
        Object ref;
        Object ref2;
        Object ref3;
        Object[] arr = new Object[4];
        volatile int count;
        long total;
    }

    static boolean sz;
    static byte sb;
    static short ss;
    static char sc;
    static int si;
    static long sj;
    static float sf;
    static double sd;
    static Object sl;

    static Holder holder;
    static Fields fields = new Fields();

    static long fieldOffset(String name) { return U.objectFieldOffset(Fields.class, name); }
    static long staticOffset(String name) { return U.objectFieldOffset(UnsafeTest.class, name); }

    static int instanceFields() {
        Fields o = new Fields();
        long z = fieldOffset("z"), b = fieldOffset("b"), s = fieldOffset("s"), c = fieldOffset("c");
        long i = fieldOffset("i"), j = fieldOffset("j"), f = fieldOffset("f"), d = fieldOffset("d");
        long l = fieldOffset("l"), vi = fieldOffset("vi");
        // Unsafe writes, Java reads.
        U.putBoolean(o, z, true);
        U.putByte(o, b, (byte) -5);
        U.putShort(o, s, (short) -30000);
        U.putChar(o, c, '\uabcd');
        U.putInt(o, i, 0x12345678);
        U.putLong(o, j, 0x123456789abcdef0L);
        U.putFloat(o, f, 1.5f);
        U.putDouble(o, d, -2.25);
        String str = "unsafe";
        U.putReference(o, l, str);
        if (!o.z) return 1;
        if (o.b != -5) return 2;
        if (o.s != -30000) return 3;
        if (o.c != '\uabcd') return 4;
        if (o.i != 0x12345678) return 5;
        if (o.j != 0x123456789abcdef0L) return 6;
        if (o.f != 1.5f) return 7;
        if (o.d != -2.25) return 8;
        if (o.l != str) return 9;
        // Java writes, Unsafe reads.
        o.z = false; o.b = 7; o.s = 300; o.c = 'q'; o.i = -1; o.j = Long.MIN_VALUE; o.f = -0.5f; o.d = 1e300; o.l = o;
        if (U.getBoolean(o, z)) return 10;
        if (U.getByte(o, b) != 7) return 11;
        if (U.getShort(o, s) != 300) return 12;
        if (U.getChar(o, c) != 'q') return 13;
        if (U.getInt(o, i) != -1) return 14;
        if (U.getLong(o, j) != Long.MIN_VALUE) return 15;
        if (U.getFloat(o, f) != -0.5f) return 16;
        if (U.getDouble(o, d) != 1e300) return 17;
        if (U.getReference(o, l) != o) return 18;
        // Volatile forms.
        U.putIntVolatile(o, vi, 99);
        if (o.vi != 99 || U.getIntVolatile(o, vi) != 99) return 19;
        U.putBooleanVolatile(o, z, true);
        U.putByteVolatile(o, b, (byte) 1);
        U.putShortVolatile(o, s, (short) 2);
        U.putCharVolatile(o, c, 'x');
        U.putLongVolatile(o, j, 3L);
        U.putFloatVolatile(o, f, 4f);
        U.putDoubleVolatile(o, d, 5.0);
        U.putReferenceVolatile(o, l, null);
        if (!U.getBooleanVolatile(o, z) || U.getByteVolatile(o, b) != 1 || U.getShortVolatile(o, s) != 2) return 20;
        if (U.getCharVolatile(o, c) != 'x' || U.getLongVolatile(o, j) != 3L) return 21;
        if (U.getFloatVolatile(o, f) != 4f || U.getDoubleVolatile(o, d) != 5.0) return 22;
        if (U.getReferenceVolatile(o, l) != null || o.l != null) return 23;
        // Acquire/Release/Opaque are Java wrappers over the volatile natives.
        U.putIntRelease(o, i, 11);
        if (U.getIntAcquire(o, i) != 11 || U.getIntOpaque(o, i) != 11) return 24;
        // A boolean is stored as x & 1 and read as x != 0.
        U.putByte(o, z, (byte) 2);
        if (!U.getBoolean(o, z)) return 25;
        // Unaligned helpers (Java code over getByte/getInt...).
        U.putLongUnaligned(o, j, 0x0102030405060708L);
        if (U.getIntUnaligned(o, j) != 0x05060708 || U.getShortUnaligned(o, j + 6) != 0x0102) return 26;
        return 0;
    }

    // Static fields: objectFieldOffset(Class, String) finds static fields too (their offset in the
    // mirror) and the mirror is the base.
    static int staticFields() {
        Object base = UnsafeTest.class;
        U.putBoolean(base, staticOffset("sz"), true);
        U.putByte(base, staticOffset("sb"), (byte) 12);
        U.putShort(base, staticOffset("ss"), (short) 1234);
        U.putChar(base, staticOffset("sc"), 'Z');
        U.putInt(base, staticOffset("si"), 77);
        U.putLong(base, staticOffset("sj"), -77L);
        U.putFloat(base, staticOffset("sf"), 0.25f);
        U.putDouble(base, staticOffset("sd"), 0.125);
        Object marker = new int[] {5};
        U.putReference(base, staticOffset("sl"), marker);
        if (!sz || sb != 12 || ss != 1234 || sc != 'Z') return 1;
        if (si != 77 || sj != -77L || sf != 0.25f || sd != 0.125) return 2;
        if (sl != marker) return 3;
        si = 5;
        if (U.getInt(base, staticOffset("si")) != 5) return 4;
        if (U.getReference(base, staticOffset("sl")) != marker) return 5;
        return 0;
    }

    // Through a java.lang.reflect.Field made by the C++ test (no reflection natives needed).
    static long staticFieldOffsetOf(java.lang.reflect.Field f) { return U.staticFieldOffset(f); }
    static Object staticFieldBaseOf(java.lang.reflect.Field f) { return U.staticFieldBase(f); }

    static int arrayBase(Object arrayClass) { return U.arrayBaseOffset((Class<?>) arrayClass); }
    static int arrayScale(Object arrayClass) { return U.arrayIndexScale((Class<?>) arrayClass); }

    static int arrays() {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        short[] s = new short[3];
        char[] c = new char[3];
        int[] i = new int[3];
        long[] j = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        Object[] l = new Object[3];
        String[] strs = new String[3];
        U.putBoolean(z, Unsafe.ARRAY_BOOLEAN_BASE_OFFSET + 2L * Unsafe.ARRAY_BOOLEAN_INDEX_SCALE, true);
        U.putByte(b, Unsafe.ARRAY_BYTE_BASE_OFFSET + 2L * Unsafe.ARRAY_BYTE_INDEX_SCALE, (byte) -1);
        U.putShort(s, Unsafe.ARRAY_SHORT_BASE_OFFSET + 2L * Unsafe.ARRAY_SHORT_INDEX_SCALE, (short) -2);
        U.putChar(c, Unsafe.ARRAY_CHAR_BASE_OFFSET + 2L * Unsafe.ARRAY_CHAR_INDEX_SCALE, 'c');
        U.putInt(i, Unsafe.ARRAY_INT_BASE_OFFSET + 2L * Unsafe.ARRAY_INT_INDEX_SCALE, -4);
        U.putLong(j, Unsafe.ARRAY_LONG_BASE_OFFSET + 2L * Unsafe.ARRAY_LONG_INDEX_SCALE, -5L);
        U.putFloat(f, Unsafe.ARRAY_FLOAT_BASE_OFFSET + 2L * Unsafe.ARRAY_FLOAT_INDEX_SCALE, 6.5f);
        U.putDouble(d, Unsafe.ARRAY_DOUBLE_BASE_OFFSET + 2L * Unsafe.ARRAY_DOUBLE_INDEX_SCALE, 7.5);
        U.putReference(l, Unsafe.ARRAY_OBJECT_BASE_OFFSET + 2L * Unsafe.ARRAY_OBJECT_INDEX_SCALE, b);
        U.putReference(strs, Unsafe.ARRAY_OBJECT_BASE_OFFSET + 1L * Unsafe.ARRAY_OBJECT_INDEX_SCALE, "s1");
        if (z[0] || z[1] || !z[2]) return 1;
        if (b[2] != -1 || b[1] != 0) return 2;
        if (s[2] != -2 || s[1] != 0) return 3;
        if (c[2] != 'c' || c[1] != 0) return 4;
        if (i[2] != -4 || i[1] != 0) return 5;
        if (j[2] != -5L || j[1] != 0) return 6;
        if (f[2] != 6.5f || f[1] != 0) return 7;
        if (d[2] != 7.5 || d[1] != 0) return 8;
        if (l[2] != b || l[1] != null) return 9;
        if (!"s1".equals(strs[1])) return 10;
        i[0] = 42;
        if (U.getInt(i, Unsafe.ARRAY_INT_BASE_OFFSET) != 42) return 11;
        l[0] = strs;
        if (U.getReference(l, Unsafe.ARRAY_OBJECT_BASE_OFFSET) != strs) return 12;
        // Little-endian: the low byte of an int comes first.
        i[1] = 0x11223344;
        if (U.getByte(i, Unsafe.ARRAY_INT_BASE_OFFSET + 4) != 0x44) return 13;
        if (U.getShort(i, Unsafe.ARRAY_INT_BASE_OFFSET + 6) != 0x1122) return 14;
        return 0;
    }

    // "ok" or the message of what a non-array class gets from arrayBaseOffset.
    static String arrayBaseOfNonArray() {
        try {
            U.arrayBaseOffset(int.class);
            return "ok";
        } catch (NoClassDefFoundError e) {
            return e.getMessage();
        }
    }

    // Off-heap memory: returns the address of a 64-byte block the C++ test then reads.
    static long allocate(long bytes) { return U.allocateMemory(bytes); }
    static void free(long address) { U.freeMemory(address); }
    static long reallocate(long address, long bytes) { return U.reallocateMemory(address, bytes); }

    static void fillPattern(long a) {
        U.putLong(a, 0x0102030405060708L);
        U.putInt(a + 8, 0xcafebabe);
        U.putShort(a + 12, (short) 0x1234);
        U.putByte(a + 14, (byte) 0x56);
        U.putChar(a + 15, 'A');  // unaligned
        U.putDouble(a + 24, 3.0);
        U.putFloat(a + 32, 2.0f);
        U.putBoolean(null, a + 36, true);
    }

    static int offHeap() {
        long a = U.allocateMemory(48);
        fillPattern(a);
        if (U.getLong(a) != 0x0102030405060708L) return 1;
        if (U.getByte(a) != 0x08 || U.getByte(a + 7) != 0x01) return 2;  // little-endian
        if (U.getInt(a + 8) != 0xcafebabe || U.getShort(a + 12) != 0x1234) return 3;
        if (U.getChar(a + 15) != 'A' || U.getDouble(a + 24) != 3.0 || U.getFloat(a + 32) != 2.0f) return 4;
        if (!U.getBoolean(null, a + 36) || U.getAddress(a) != 0x0102030405060708L) return 5;
        U.setMemory(a, 48, (byte) 0x7f);
        if (U.getLong(a + 40) != 0x7f7f7f7f7f7f7f7fL) return 6;
        U.setMemory(a + 1, 3, (byte) 0);  // unaligned fill
        if (U.getInt(a) != 0x0000007f || U.getInt(a + 4) != 0x7f7f7f7f) return 7;
        // Overlapping copies in both directions (conjoint, like memmove).
        for (int k = 0; k < 16; k++) U.putByte(a + k, (byte) k);
        U.copyMemory(a, a + 2, 8);
        if (U.getByte(a + 2) != 0 || U.getByte(a + 9) != 7) return 8;
        U.copyMemory(a + 2, a, 8);
        if (U.getByte(a) != 0 || U.getByte(a + 7) != 7) return 9;
        // Byte-swapping copies.
        U.putInt(a, 0x11223344);
        U.copySwapMemory(null, a, null, a + 16, 4, 4);
        if (U.getInt(a + 16) != 0x44332211) return 10;
        U.putLong(a, 0x0102030405060708L);
        U.copySwapMemory(null, a, null, a + 16, 8, 2);
        if (U.getLong(a + 16) != 0x0201040306050807L) return 11;
        U.copySwapMemory(null, a, null, a + 16, 8, 8);
        if (U.getLong(a + 16) != 0x0807060504030201L) return 12;
        // Reallocation keeps the contents.
        long b = U.reallocateMemory(a, 4096);
        if (U.getLong(b) != 0x0102030405060708L) return 13;
        U.putLong(b + 4088, 1L);
        long c = U.reallocateMemory(b, 8);
        if (U.getLong(c) != 0x0102030405060708L) return 14;
        U.freeMemory(c);
        // Zero bytes: no allocation, address 0.
        if (U.allocateMemory(0) != 0) return 15;
        return 0;
    }

    static String allocateTooMuch() {
        try {
            U.allocateMemory(Long.MAX_VALUE - 64);
            return "no error";
        } catch (OutOfMemoryError e) {
            return e.getMessage();
        }
    }

    // CAS loops, the JSR-166 helpers built on them (Java code), off-heap CAS.
    static long cas() {
        Holder h = new Holder();
        long count = U.objectFieldOffset(Holder.class, "count");
        long total = U.objectFieldOffset(Holder.class, "total");
        long ref = U.objectFieldOffset(Holder.class, "ref");
        for (int k = 0; k < 1000; k++) {
            int v;
            do {
                v = U.getIntVolatile(h, count);
            } while (!U.compareAndSetInt(h, count, v, v + 1));
        }
        if (h.count != 1000) return 1;
        if (U.compareAndSetInt(h, count, 5, 6)) return 2;  // wrong expected value
        if (U.compareAndExchangeInt(h, count, 5, 6) != 1000 || h.count != 1000) return 3;
        if (U.compareAndExchangeInt(h, count, 1000, -1) != 1000 || h.count != -1) return 4;
        if (!U.compareAndSetLong(h, total, 0L, Long.MAX_VALUE)) return 5;
        if (U.compareAndExchangeLong(h, total, 0L, 1L) != Long.MAX_VALUE) return 6;
        if (U.getAndAddLong(h, total, 1L) != Long.MAX_VALUE || h.total != Long.MIN_VALUE) return 7;
        if (U.getAndAddInt(h, count, 10) != -1 || h.count != 9) return 8;
        if (U.getAndSetInt(h, count, 3) != 9 || h.count != 3) return 9;
        Object a = new Object(), b = new Object();
        if (U.compareAndSetReference(h, ref, a, b)) return 10;  // ref is null
        if (!U.compareAndSetReference(h, ref, null, a) || h.ref != a) return 11;
        if (U.compareAndExchangeReference(h, ref, b, null) != a || h.ref != a) return 12;
        if (U.compareAndExchangeReference(h, ref, a, b) != a || h.ref != b) return 13;
        if (U.getAndSetReference(h, ref, a) != b || h.ref != a) return 14;
        long e = Unsafe.ARRAY_OBJECT_BASE_OFFSET + 3L * Unsafe.ARRAY_OBJECT_INDEX_SCALE;
        if (!U.compareAndSetReference(h.arr, e, null, b) || h.arr[3] != b) return 15;
        if (!U.weakCompareAndSetIntPlain(h, count, 3, 4) && h.count != 3) return 16;
        long mem = U.allocateMemory(16);
        U.putLong(mem, 0L);
        U.putInt(mem + 8, 0);
        if (!U.compareAndSetLong(null, mem, 0L, 42L) || U.getLong(mem) != 42L) return 17;
        if (U.compareAndExchangeInt(null, mem + 8, 0, 7) != 0 || U.getInt(mem + 8) != 7) return 18;
        if (U.getAndAddInt(null, mem + 8, 3) != 7 || U.getInt(mem + 8) != 10) return 19;
        U.freeMemory(mem);
        return 0;
    }

    // Old-to-young stores through putReference* and CAS must dirty the card: setupOld() makes
    // the holder, the C++ test promotes it with a full GC, storeYoung() stores young objects into
    // it, the test runs young GCs, and checkYoung() checks they survived intact.
    static void setupOld() { holder = new Holder(); }

    static void storeYoung() {
        Holder h = holder;
        U.putReference(h, U.objectFieldOffset(Holder.class, "ref"), new int[] {1, 2, 3});
        U.putReferenceVolatile(h, U.objectFieldOffset(Holder.class, "ref2"), new int[] {4, 5});
        U.compareAndSetReference(h, U.objectFieldOffset(Holder.class, "ref3"), null, new int[] {6});
        U.compareAndExchangeReference(h.arr, Unsafe.ARRAY_OBJECT_BASE_OFFSET + 3L * Unsafe.ARRAY_OBJECT_INDEX_SCALE,
                                      null, new long[] {7L});
    }

    static int checkYoung() {
        Holder h = holder;
        int[] a = (int[]) h.ref;
        int[] b = (int[]) h.ref2;
        int[] c = (int[]) h.ref3;
        long[] d = (long[]) h.arr[3];
        if (a.length != 3 || a[0] != 1 || a[2] != 3) return 1;
        if (b.length != 2 || b[1] != 5) return 2;
        if (c.length != 1 || c[0] != 6) return 3;
        if (d.length != 1 || d[0] != 7L) return 4;
        return 0;
    }

    static Object holderObject() { return holder; }

    // allocateInstance: no constructor runs; the class is initialized first.
    static Object allocate(Object cls) throws InstantiationException { return U.allocateInstance((Class<?>) cls); }

    static String allocateFails(Object cls) {
        try {
            U.allocateInstance((Class<?>) cls);
            return "no error";
        } catch (Exception e) {  // IllegalAccessException is thrown though not declared
            if (e instanceof IllegalAccessException) return "IllegalAccessException";
            if (!(e instanceof InstantiationException)) return "other";
            return e.getMessage() == null ? "InstantiationException" : e.getMessage();
        }
    }

    static boolean shouldBeInitialized(Object cls) { return U.shouldBeInitialized((Class<?>) cls); }
    static void ensureInitialized(Object cls) { U.ensureClassInitialized((Class<?>) cls); }

    static Object defineClass(String name, byte[] bytes) {
        return U.defineClass(name, bytes, 0, bytes.length, null, null);
    }

    static int defineAndUse(byte[] bytes) throws Exception {
        Class<?> c = U.defineClass(null, bytes, 0, bytes.length, null, null);
        UnsafeTestApi api = (UnsafeTestApi) U.allocateInstance(c);  // initializes: <clinit> sets BASE
        return api.value();
    }

    static String defineOutOfBounds(byte[] bytes) {
        try {
            U.defineClass(null, bytes, 1, bytes.length, null, null);
            return "no error";
        } catch (ArrayIndexOutOfBoundsException e) {
            return e.getMessage();
        }
    }

    static String throwIt(Throwable t) {
        try {
            U.throwException(t);
            return "not thrown";
        } catch (Throwable caught) {
            return caught == t ? "same" : "other";
        }
    }

    static int fences() {
        U.loadFence();
        U.storeFence();
        U.fullFence();
        U.loadLoadFence();
        U.storeStoreFence();
        return 0;
    }

    static int loadAverage() {
        double[] la = new double[3];
        int n = U.getLoadAverage(la, 3);
        if (n != 3) return 1;
        if (la[0] < 0 || la[1] < 0 || la[2] < 0) return 2;
        return 0;
    }

    static int constants() {
        if (U.addressSize() != 8 || U.pageSize() != 4096) return 1;
        if (U.isBigEndian() || !U.unalignedAccess()) return 2;
        if (U.dataCacheLineFlushSize() <= 0) return 3;
        return 0;
    }

    static class InitMe {
        static boolean initialized;
        int x = 5;
        static { initialized = true; }
        InitMe() { x = 6; }
    }

    static class Lazy {
        static int v;
        static { v = 7; }
    }

    abstract static class Abstract {}

    public static void main(String[] args) throws Exception {
        System.out.println("instanceFields " + instanceFields());
        System.out.println("staticFields " + staticFields());
        System.out.println("arrays " + arrays());
        System.out.println("arrayBaseOfNonArray " + arrayBaseOfNonArray());
        System.out.println("offHeap " + offHeap());
        System.out.println("allocateTooMuch " + allocateTooMuch());
        System.out.println("cas " + cas());
        setupOld();
        storeYoung();
        System.gc();
        System.out.println("checkYoung " + checkYoung());
        System.out.println("shouldBeInitialized " + shouldBeInitialized(InitMe.class));
        InitMe m = (InitMe) allocate(InitMe.class);
        System.out.println("allocated x=" + m.x + " initialized=" + InitMe.initialized);
        System.out.println(allocateFails(Abstract.class) + " / " + allocateFails(Runnable.class) + " / "
                           + allocateFails(int.class) + " / " + allocateFails(int[].class) + " / "
                           + allocateFails(Class.class));
        System.out.println("fences " + fences() + " loadAverage " + loadAverage() + " constants " + constants());
        System.out.println("throwIt " + throwIt(new RuntimeException("x")));
    }
}
