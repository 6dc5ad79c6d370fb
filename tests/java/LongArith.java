// long arithmetic: overflow, shifts by more than 63, MIN_VALUE / -1, division by zero,
// mixed int/long promotion.
public class LongArith {
    static long zero = 0L;

    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*3 = " + (max * 3));
        System.out.println("min/-1 = " + div(min, -1));
        System.out.println("min%-1 = " + rem(min, -1));
        System.out.println("Math.abs(min) = " + Math.abs(min));
        long[] as = {7, -7, 7, -7, 1L << 40, -(1L << 40) - 3};
        long[] bs = {2, 2, -2, -2, 3, 7};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + div(as[i], bs[i]) + ", % = " + rem(as[i], bs[i]));
        }
        long x = 0x123456789ABCDEFL;
        for (int s : new int[] {0, 1, 8, 31, 32, 63, 64, 65, 127, -1}) {
            System.out.println("shift " + s + ": << " + (x << s) + " >> " + (-x >> s) + " >>> " + (-x >>> s));
        }
        System.out.println("1L << 63 = " + (1L << 63) + ", 1L << 64 = " + (1L << 64) + ", 1 << 63 (int) = " + (1 << 63));
        int big = Integer.MAX_VALUE;
        System.out.println("int*int widened late = " + (long) (big * 2) + ", early = " + ((long) big * 2));
        try {
            System.out.println(div(5, zero));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
        }
        try {
            System.out.println(rem(-5, zero));
        } catch (ArithmeticException e) {
            System.out.println("caught % " + e.getMessage());
        }
        long h = 1125899906842597L;
        for (int i = 0; i < 100; i++) h = 31 * h + i;
        System.out.println("accumulation = " + h);
        System.out.println("compare: " + Long.compare(min, max) + " " + Long.compareUnsigned(min, max) + " " + Long.signum(-9));
        System.out.println("unsigned: " + Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println("Integer unsigned: " + Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2) + " " + Integer.divideUnsigned(-1, 3));
        System.out.println("l2i: " + (int) 0x1_0000_0005L + " " + (int) -1L + " " + (int) 0x8000_0000L + " " + (short) 0x12345L + " " + (byte) 0x1FFL);
        try {
            Math.negateExact(min);
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }
        System.out.println("floorDiv/floorMod: " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorDiv(min, -1L));
        System.out.println("multiplyHigh: " + Math.multiplyHigh(max, max));
    }
}
