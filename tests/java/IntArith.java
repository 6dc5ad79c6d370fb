// int arithmetic: overflow, shifts by more than 31, division and remainder signs,
// MIN_VALUE / -1, and the ArithmeticException of an integer division by zero.
public class IntArith {
    static int zero = 0;

    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*2 = " + (max * 2));
        System.out.println("max*max = " + (max * max));
        System.out.println("-min = " + (-min));
        System.out.println("min/-1 = " + div(min, -1));
        System.out.println("min%-1 = " + rem(min, -1));
        System.out.println("Math.abs(min) = " + Math.abs(min));
        int[] as = {7, -7, 7, -7, 0, 13, -13};
        int[] bs = {2, 2, -2, -2, 5, 4, -4};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + div(as[i], bs[i]) + ", % = " + rem(as[i], bs[i]));
        }
        int x = 0x12345678;
        for (int s : new int[] {0, 1, 4, 31, 32, 33, 63, 64, -1, -31}) {
            System.out.println("shift " + s + ": << " + (x << s) + " >> " + (-x >> s) + " >>> " + (-x >>> s));
        }
        System.out.println("1 << 31 = " + (1 << 31) + ", 1 << 32 = " + (1 << 32));
        System.out.println("-1 >>> 28 = " + (-1 >>> 28) + ", -1 >> 28 = " + (-1 >> 28));
        try {
            System.out.println(div(5, zero));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e);
            System.out.println("message: " + e.getMessage());
        }
        try {
            System.out.println(rem(5, zero));
        } catch (ArithmeticException e) {
            System.out.println("caught % " + e.getMessage());
        }
        int acc = 1;
        for (int i = 0; i < 40; i++) acc = acc * 31 + i;
        System.out.println("hash-like accumulation = " + acc);
        int i = 5;
        i += 3.7;             // compound assignment narrows
        System.out.println("i += 3.7 -> " + i);
        i = i++ + ++i;
        System.out.println("i++ + ++i -> " + i);
        int neg = -17;
        System.out.println("~neg = " + (~neg) + ", neg & 0xff = " + (neg & 0xff) + ", neg | 3 = " + (neg | 3) + ", neg ^ -1 = " + (neg ^ -1));
        System.out.println("Integer.MIN_VALUE % 7 = " + (min % 7) + ", max % -7 = " + (max % -7));
        System.out.println("Math.addExact ok = " + Math.addExact(1, 2));
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(min, -1);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
    }
}
