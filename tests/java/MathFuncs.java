// java.lang.Math functions whose results are exactly specified: abs, min/max with -0.0
// and NaN, floorDiv/floorMod, sqrt, pow on exact cases, round, ceil/floor/rint, signum, hypot.
public class MathFuncs {
    public static void main(String[] args) {
        double nan = Double.NaN;
        System.out.println("abs: " + Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(nan));
        System.out.println("min(-0.0,0.0)=" + Math.min(-0.0, 0.0) + " max(-0.0,0.0)=" + Math.max(-0.0, 0.0) + " min(0.0f,-0.0f)=" + Math.min(0.0f, -0.0f));
        System.out.println("min(nan,1)=" + Math.min(nan, 1) + " max(1,nan)=" + Math.max(1, nan) + " max(3,7)=" + Math.max(3, 7) + " min(-3L,7L)=" + Math.min(-3L, 7L));
        int[][] fd = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {Integer.MIN_VALUE, -1}};
        for (int[] p : fd) {
            System.out.println("floorDiv(" + p[0] + "," + p[1] + ")=" + Math.floorDiv(p[0], p[1]) + " floorMod=" + Math.floorMod(p[0], p[1]) + " / " + (p[0] / p[1]) + " % " + (p[0] % p[1]));
        }
        double[] sq = {0, -0.0, 1, 2, 4, 10, 1e10, -1, nan, Double.POSITIVE_INFINITY, 0.25};
        for (double d : sq) System.out.print(Math.sqrt(d) + " ");
        System.out.println();
        System.out.println("pow: " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(0, 0) + " " + Math.pow(nan, 0) + " " + Math.pow(0, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(3, 0.5 * 2));
        double[] rs = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 3.7, -3.7, nan, 1e20, -1e20, Double.POSITIVE_INFINITY};
        for (double d : rs) {
            System.out.println("d=" + d + " round=" + Math.round(d) + " roundf=" + Math.round((float) d) + " rint=" + Math.rint(d) + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d));
        }
        System.out.println("signum: " + Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(-0.0) + " " + Math.signum(nan) + " " + Integer.signum(-42) + " " + Long.signum(99));
        System.out.println("hypot(3,4)=" + Math.hypot(3, 4) + " cbrt(27)=" + Math.cbrt(27) + " cbrt(-8)=" + Math.cbrt(-8));
        System.out.println("toRadians(180)=" + Math.toRadians(180) + " toDegrees(PI)=" + Math.toDegrees(Math.PI));
        System.out.println("PI=" + Math.PI + " E=" + Math.E);
        System.out.println("fma(2,3,4)=" + Math.fma(2.0, 3.0, 4.0) + " scalb(1,10)=" + Math.scalb(1.0, 10) + " getExponent(1024)=" + Math.getExponent(1024.0));
        System.out.println("IEEEremainder(5,3)=" + Math.IEEEremainder(5, 3) + " 5%3=" + (5.0 % 3));
        System.out.println("clamp-like: " + Math.max(0, Math.min(10, 15)) + " " + Math.max(0, Math.min(10, -5)));
        long sum = 0;
        for (int i = 1; i <= 1000; i++) sum += (long) Math.sqrt(i * 1000.0);
        System.out.println("sum of floor sqrt = " + sum);
        System.out.println("exact: " + Math.incrementExact(5) + " " + Math.decrementExact(-5L) + " " + Math.subtractExact(10, 20) + " " + Math.absExact(-7));
        try {
            Math.absExact(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("absExact: " + e.getMessage());
        }
        try {
            Math.floorMod(5, 0);
        } catch (ArithmeticException e) {
            System.out.println("floorMod: " + e.getMessage());
        }
    }
}
