// System.arraycopy: forward, overlapping in both directions, between element types, and
// every exception it throws with HotSpot's messages.
import java.util.Arrays;

public class ArrayCopy {
    static void tryCopy(String what, Object src, int sp, Object dst, int dp, int len) {
        try {
            System.arraycopy(src, sp, dst, dp, len);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] b = new int[10];
        System.arraycopy(a, 2, b, 0, 5);
        System.out.println("plain " + Arrays.toString(b));
        int[] o1 = a.clone();
        System.arraycopy(o1, 0, o1, 3, 7);
        System.out.println("overlap right " + Arrays.toString(o1));
        int[] o2 = a.clone();
        System.arraycopy(o2, 3, o2, 0, 7);
        System.out.println("overlap left  " + Arrays.toString(o2));
        char[] cs = "abcdefgh".toCharArray();
        System.arraycopy(cs, 1, cs, 2, 5);
        System.out.println("chars " + new String(cs));
        long[] ls = {1, 2, 3, 4};
        System.arraycopy(ls, 0, ls, 1, 3);
        System.out.println("longs " + Arrays.toString(ls));
        double[] ds = {1.5, 2.5, 3.5};
        System.arraycopy(ds, 1, ds, 0, 2);
        System.out.println("doubles " + Arrays.toString(ds));
        byte[] bs = {1, 2, 3, 4, 5, 6, 7};
        System.arraycopy(bs, 0, bs, 2, 5);
        System.out.println("bytes " + Arrays.toString(bs));
        short[] ss = {10, 20, 30};
        System.arraycopy(ss, 0, ss, 0, 3);
        boolean[] zs = {true, false, true};
        System.arraycopy(zs, 0, zs, 1, 2);
        System.out.println("shorts " + Arrays.toString(ss) + " booleans " + Arrays.toString(zs));
        String[] strs = {"a", "b", "c", "d"};
        System.arraycopy(strs, 0, strs, 1, 3);
        System.out.println("strings " + Arrays.toString(strs));
        Object[] objs = new Object[4];
        System.arraycopy(new String[] {"x", "y"}, 0, objs, 1, 2);
        System.out.println("String[] into Object[] " + Arrays.toString(objs));
        Object[] mixed = {"s1", "s2", 3, "s4"};
        String[] target = new String[4];
        tryCopy("mixed into String[]", mixed, 0, target, 0, 4);
        System.out.println("partial copy kept " + Arrays.toString(target));
        tryCopy("zero length at end", a, 10, b, 10, 0);
        tryCopy("src index negative", a, -1, b, 0, 1);
        tryCopy("dst index negative", a, 0, b, -2, 1);
        tryCopy("length negative", a, 0, b, 0, -3);
        tryCopy("src too short", a, 5, b, 0, 6);
        tryCopy("dst too short", a, 0, b, 8, 3);
        tryCopy("long src too short", new long[3], 1, new long[5], 0, 3);
        tryCopy("object dst too short", new String[2], 0, new Object[1], 0, 2);
        tryCopy("null src", null, 0, b, 0, 1);
        tryCopy("null dst", a, 0, null, 0, 1);
        tryCopy("int[] to long[]", a, 0, new long[10], 0, 1);
        tryCopy("int[] to Object[]", a, 0, new Object[10], 0, 1);
        tryCopy("String[] to int[]", strs, 0, a, 0, 1);
        tryCopy("src not an array", "string", 0, a, 0, 1);
        tryCopy("dst not an array", a, 0, Integer.valueOf(4), 0, 1);
        tryCopy("Integer[] to String[]", new Integer[] {1}, 0, new String[1], 0, 1);
        tryCopy("Object[] of Integer to Number[]", new Object[] {1, 2.0}, 0, new Number[2], 0, 2);
        tryCopy("int[][] to Object[]", new int[2][2], 0, new Object[2], 0, 2);
        tryCopy("int[][] to long[][]", new int[2][2], 0, new long[2][], 0, 2);
    }
}
