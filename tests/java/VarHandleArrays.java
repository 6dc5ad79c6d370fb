// Array and byte-view VarHandles: arrayElementVarHandle on int[], long[], Object[] and
// String[] (CAS, getAndAdd, AIOOBE messages, ArrayStoreException for the wrong element
// type), byteArrayViewVarHandle and byteBufferViewVarHandle in big- and little-endian
// order (int, long, short, char, float, double views; misaligned access allowed for plain
// get/set, rejected for CAS with IllegalStateException), and a multi-threaded counter
// array updated with getAndAdd (totals are exact).
import java.lang.invoke.*;
import java.nio.*;
import java.util.*;

public class VarHandleArrays {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        VarHandle ints = MethodHandles.arrayElementVarHandle(int[].class);
        int[] ia = {1, 2, 3};
        ints.set(ia, 0, 10);
        System.out.println("int[] get " + (int) ints.get(ia, 0) + " getAndAdd " + (int) ints.getAndAdd(ia, 1, 5) + " CAS " + ints.compareAndSet(ia, 2, 3, 33) + " " + ints.compareAndSet(ia, 2, 3, 44) + " " + Arrays.toString(ia));
        try { ints.get(ia, 3); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE: " + e.getMessage()); }
        try { ints.set(ia, -1, 0); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE: " + e.getMessage()); }
        System.out.println("coordinates " + ints.coordinateTypes() + " varType " + ints.varType());
        VarHandle longs = MethodHandles.arrayElementVarHandle(long[].class);
        long[] la = new long[2];
        longs.setVolatile(la, 1, -1L);
        System.out.println("long[] getAndBitwiseAnd " + (long) longs.getAndBitwiseAnd(la, 1, 0xFFL) + " -> " + la[1] + " getAndSet " + (long) longs.getAndSet(la, 0, 7L));
        VarHandle objs = MethodHandles.arrayElementVarHandle(Object[].class);
        Object[] strings = new String[2];
        try { objs.set(strings, 0, Integer.valueOf(5)); } catch (ArrayStoreException e) { System.out.println("ArrayStoreException: " + e.getMessage()); }
        objs.set(strings, 0, "ok");
        System.out.println("Object[] view of String[] " + Arrays.toString(strings) + " CAS null->x " + objs.compareAndSet(strings, 1, null, "x") + " " + Arrays.toString(strings));
        VarHandle strs = MethodHandles.arrayElementVarHandle(String[].class);
        System.out.println("String[] getAndSet " + strs.getAndSet(new String[] {"old"}, 0, "new") + " varType " + strs.varType().getSimpleName());
        try { strs.getAndAdd(new String[1], 0, "x"); } catch (UnsupportedOperationException e) { System.out.println("getAndAdd on String[]: UOE"); }
        VarHandle beInt = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
        VarHandle leInt = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
        VarHandle leLong = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        VarHandle beShort = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
        VarHandle beChar = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.BIG_ENDIAN);
        VarHandle leFloat = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
        VarHandle beDouble = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
        byte[] buf = new byte[16];
        beInt.set(buf, 0, 0xCAFEBABE);
        leInt.set(buf, 4, 0xCAFEBABE);
        System.out.println("int views " + hex(buf));
        leLong.set(buf, 8, 0x0102030405060708L);
        System.out.println("long LE " + hex(buf) + " read BE int at 8 " + Integer.toHexString((int) beInt.get(buf, 8)) + " LE int at 1 (misaligned) " + Integer.toHexString((int) leInt.get(buf, 1)));
        beShort.set(buf, 0, (short) -2);
        beChar.set(buf, 2, 'Z');
        System.out.println("short/char " + hex(Arrays.copyOf(buf, 4)) + " short " + (short) beShort.get(buf, 0) + " char " + (char) beChar.get(buf, 2));
        leFloat.set(buf, 0, 1.5f);
        beDouble.set(buf, 8, Math.PI);
        System.out.println("float/double " + hex(buf) + " " + (float) leFloat.get(buf, 0) + " " + (double) beDouble.get(buf, 8));
        try { beInt.compareAndSet(buf, 1, 0, 1); } catch (IllegalStateException e) { System.out.println("misaligned CAS: " + e.getMessage()); }
        System.out.println("aligned CAS " + beInt.compareAndSet(buf, 4, (int) beInt.get(buf, 4), 42) + " -> " + (int) beInt.get(buf, 4));
        try { beInt.get(buf, 13); } catch (IndexOutOfBoundsException e) { System.out.println("view out of bounds: " + e.getMessage()); }
        ByteBuffer bb = ByteBuffer.allocate(8);
        VarHandle bbLong = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
        bbLong.set(bb, 0, 0x1122334455667788L);
        System.out.println("ByteBuffer view " + Long.toHexString(bb.getLong(0)) + " order-agnostic getInt " + Integer.toHexString(bb.order(ByteOrder.LITTLE_ENDIAN).getInt(0)));
        try { bbLong.set(ByteBuffer.allocate(8).asReadOnlyBuffer(), 0, 1L); } catch (ReadOnlyBufferException e) { System.out.println("read-only buffer: ReadOnlyBufferException"); }
        int[] counters = new int[8];
        long[] sums = new long[1];
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 20000; i++) { ints.getAndAdd(counters, (i + id) % 8, 1); longs.getAndAdd(sums, 0, (long) i); }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counters " + Arrays.toString(counters) + " sum " + sums[0]);
    }
}
