// VM-thrown errors at arithmetic and allocation limits: "/ by zero" from idiv, irem,
// ldiv, lrem (plain, compound assignment, char and byte operands, in a static
// initializer via ExceptionInInitializerError), no exception for MIN_VALUE / -1 or
// floating-point division by zero, NegativeArraySizeException messages from newarray,
// anewarray, multianewarray and Array.newInstance, OutOfMemoryError "Requested array
// size exceeds VM limit" for arrays longer than the VM allows and "Java heap space" for
// an array larger than the maximum heap, and StackOverflowError caught and recovered from.
import java.lang.reflect.Array;

public class ArithmeticAndLimits {
    static int zero = 0;
    static long lzero = 0L;

    static class BadInit {
        static final int VALUE = 10 / zero;
    }

    static void t(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (Throwable e) { System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage()); }
    }

    static int depth;
    static void recurse() { depth++; recurse(); }

    public static void main(String[] args) {
        t("int /", () -> System.out.print(7 / zero));
        t("int %", () -> System.out.print(7 % zero));
        t("long /", () -> System.out.print(7L / lzero));
        t("long %", () -> System.out.print(7L % lzero));
        t("compound /=", () -> { int x = 5; x /= zero; });
        t("compound %= long", () -> { long x = 5; x %= lzero; });
        t("char / char", () -> { char a = 'a', b = (char) zero; System.out.print(a / b); });
        t("byte % byte", () -> { byte a = 9, b = (byte) zero; System.out.print(a % b); });
        t("Math.floorDiv", () -> Math.floorDiv(1, zero));
        t("Math.floorMod long", () -> Math.floorMod(1L, lzero));
        t("Integer.divideUnsigned", () -> Integer.divideUnsigned(1, zero));
        t("Long.remainderUnsigned", () -> Long.remainderUnsigned(1L, lzero));
        t("static initializer", () -> System.out.print(BadInit.VALUE));
        t("static initializer again", () -> System.out.print(BadInit.VALUE));
        System.out.println("MIN_VALUE / -1 = " + (Integer.MIN_VALUE / (zero - 1)) + ", % -1 = " + (Integer.MIN_VALUE % (zero - 1)) + ", long " + (Long.MIN_VALUE / (lzero - 1)) + " " + (Long.MIN_VALUE % (lzero - 1)));
        System.out.println("floating division by zero " + (1.0 / zero) + " " + (-1.0f / zero) + " " + (0.0 / zero) + " " + (5.0 % zero) + " " + (int) (1.0 / zero) + " " + (long) (0.0 / zero));
        t("new int[-1]", () -> { int[] a = new int[zero - 1]; });
        t("new String[MIN]", () -> { String[] a = new String[Integer.MIN_VALUE + zero]; });
        t("new long[2][-3]", () -> { long[][] a = new long[2][zero - 3]; });
        t("new Object[-4][2]", () -> { Object[][] a = new Object[zero - 4][2]; });
        t("new int[0][-1] (inner never allocated)", () -> { int[][] a = new int[zero][zero - 1]; });
        t("new int[1][2][-5]", () -> { int[][][] a = new int[1][2][zero - 5]; });
        t("Array.newInstance(-7)", () -> Array.newInstance(int.class, -7));
        t("Array.newInstance(2,-8)", () -> Array.newInstance(String.class, 2, -8));
        t("new int[MAX]", () -> { int[] a = new int[Integer.MAX_VALUE]; });
        t("new byte[MAX-1]", () -> { byte[] a = new byte[Integer.MAX_VALUE - 1]; });
        t("new Object[MAX]", () -> { Object[] a = new Object[Integer.MAX_VALUE]; });
        t("new long[MAX][1]", () -> { long[][] a = new long[Integer.MAX_VALUE][1]; });
        t("Array.newInstance(double, MAX)", () -> Array.newInstance(double.class, Integer.MAX_VALUE));
        long max = Runtime.getRuntime().maxMemory();
        int tooMany = (int) Math.min(Integer.MAX_VALUE - 1024L, max / 8 + (64L << 20));
        System.out.println("array larger than the heap: " + ((long) tooMany * 8 > max));
        t("new long[> max heap]", () -> { long[] a = new long[tooMany]; System.out.print(a.length); });
        int[] after = new int[1000];
        System.out.println("allocation works after OOM: " + after.length);
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("StackOverflowError caught, message " + e.getMessage() + ", depth > 1000: " + (depth > 1000) + ", has stack trace " + (e.getStackTrace().length > 0));
        }
        depth = 0;
        try { recurse(); } catch (StackOverflowError e) { System.out.println("second overflow also caught: " + (depth > 1000)); }
        System.out.println("normal calls still work: " + Integer.toString(12345).length());
    }
}
