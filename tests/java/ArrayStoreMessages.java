// ArrayStoreException and System.arraycopy messages: aastore of a wrong type into
// String[], Integer[][] and interface arrays, and every arraycopy check with its exact
// text -- null source/destination, non-array arguments, primitive type mismatch,
// object-to-primitive, negative positions and lengths, last index out of bounds for
// source and destination, and an element that cannot be cast part way through an
// Object[] -> String[] copy (the elements before it are copied).
import java.util.*;

public class ArrayStoreMessages {
    interface Shape {}
    static class Circle implements Shape {}

    static void t(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (RuntimeException e) { System.out.println(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        t("Integer into String[]", () -> { Object[] a = new String[1]; a[0] = 1; });
        t("int[] into Integer[][]", () -> { Object[] a = new Integer[1][]; a[0] = new int[0]; });
        t("String into Shape[]", () -> { Object[] a = new Shape[1]; a[0] = "circle"; });
        t("Circle into Shape[]", () -> { Object[] a = new Shape[1]; a[0] = new Circle(); });
        t("String[] into Object[][]", () -> { Object[][] a = new Object[1][]; a[0] = new String[1]; Object[] inner = a[0]; inner[0] = 5; });
        t("null into String[]", () -> { Object[] a = new String[1]; a[0] = null; });
        int[] ints = {1, 2, 3, 4, 5};
        long[] longs = new long[5];
        Object[] objs = {"a", "b", 3, "d"};
        String[] strs = new String[4];
        t("null src", () -> System.arraycopy(null, 0, ints, 0, 1));
        t("null dst", () -> System.arraycopy(ints, 0, null, 0, 1));
        t("src not an array", () -> System.arraycopy("str", 0, ints, 0, 1));
        t("dst not an array", () -> System.arraycopy(ints, 0, new Object(), 0, 1));
        t("int[] to long[]", () -> System.arraycopy(ints, 0, longs, 0, 1));
        t("long[] to int[]", () -> System.arraycopy(longs, 0, ints, 0, 1));
        t("Object[] to int[]", () -> System.arraycopy(objs, 0, ints, 0, 1));
        t("int[] to Object[]", () -> System.arraycopy(ints, 0, objs, 0, 1));
        t("srcPos -1", () -> System.arraycopy(ints, -1, ints, 0, 1));
        t("dstPos -2", () -> System.arraycopy(ints, 0, ints, -2, 1));
        t("length -3", () -> System.arraycopy(ints, 0, ints, 0, -3));
        t("src last index", () -> System.arraycopy(ints, 3, ints, 0, 3));
        t("dst last index", () -> System.arraycopy(ints, 0, ints, 4, 2));
        t("object src last index", () -> System.arraycopy(objs, 2, strs, 0, 3));
        t("object dst last index", () -> System.arraycopy(objs, 0, strs, 3, 2));
        t("huge length", () -> System.arraycopy(ints, 0, ints, 0, Integer.MAX_VALUE));
        t("char[] last index", () -> System.arraycopy(new char[2], 1, new char[2], 0, 2));
        t("double[] dst last index", () -> System.arraycopy(new double[3], 0, new double[1], 0, 2));
        t("zero length at end is fine", () -> System.arraycopy(ints, 5, ints, 5, 0));
        t("Object[] to String[] element mismatch", () -> System.arraycopy(objs, 0, strs, 0, 4));
        System.out.println("  partially copied: " + Arrays.toString(strs));
        t("String[] to Integer[]", () -> System.arraycopy(new String[] {"x"}, 0, new Integer[1], 0, 1));
        t("empty String[] to Integer[]", () -> System.arraycopy(new String[0], 0, new Integer[1], 0, 0));
        t("Integer[][] to int[][] element", () -> System.arraycopy(new Object[] {new Integer[0]}, 0, new int[1][], 0, 1));
        t("Circle[] into Shape[] ok", () -> System.arraycopy(new Circle[] {new Circle()}, 0, new Shape[1], 0, 1));
        t("Shape[] with Circle into Circle[]", () -> System.arraycopy(new Shape[] {new Circle(), null}, 0, new Circle[2], 0, 2));
        t("Arrays.fill wrong type", () -> Arrays.fill(new String[2], 7));
        t("List.toArray into Integer[]", () -> new ArrayList<Object>(List.of("s")).toArray(new Integer[0]));
        t("Collections.addAll", () -> { Object[] a = new Number[2]; a[1] = 'c'; });
    }
}
