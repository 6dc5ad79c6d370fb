// float and double: NaN and infinity comparisons, signed zero, casts of NaN and huge values
// to int and long, printing (Double.toString/Float.toString shortest digits), strictfp-free
// arithmetic that is exact in IEEE 754.
public class FloatDouble {
    static double dzero = 0.0;
    static float fzero = 0.0f;

    public static void main(String[] args) {
        double nan = 0.0 / dzero, inf = 1.0 / dzero, ninf = -1.0 / dzero;
        System.out.println("nan=" + nan + " inf=" + inf + " -inf=" + ninf + " 0/0f=" + (0.0f / fzero));
        System.out.println("nan==nan " + (nan == nan) + ", nan!=nan " + (nan != nan) + ", nan<1 " + (nan < 1) + ", nan>1 " + (nan > 1) + ", nan>=nan " + (nan >= nan));
        System.out.println("Double.compare(nan,inf) " + Double.compare(nan, inf) + ", equals " + Double.valueOf(nan).equals(nan));
        System.out.println("inf>max " + (inf > Double.MAX_VALUE) + ", inf-inf " + (inf - inf) + ", inf*0 " + (inf * 0) + ", 1/inf " + (1 / inf));
        double nz = -0.0;
        System.out.println("-0.0==0.0 " + (nz == 0.0) + ", compare " + Double.compare(nz, 0.0) + ", 1/-0.0 " + (1 / nz) + ", -0.0 prints " + nz + ", 0.0*-1 " + (0.0 * -1));
        double[] ds = {nan, inf, ninf, 1e10, -1e10, 1e19, -1e19, 3.99, -3.99, 2147483647.5, -2147483648.7, 0.5, -0.5, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println("(int)" + d + "=" + (int) d + " (long)=" + (long) d + " (char)=" + (int) (char) d + " (short)=" + (short) d + " (byte)=" + (byte) d + " (float)=" + (float) d);
        }
        float[] fs = {Float.NaN, Float.POSITIVE_INFINITY, 3e9f, -3e9f, 1.5e20f, 0.1f, 16777217f, Float.MIN_VALUE, Float.MAX_VALUE};
        for (float f : fs) {
            System.out.println("(int)" + f + "f=" + (int) f + " (long)=" + (long) f + " (double)=" + (double) f);
        }
        System.out.println("0.1+0.2 = " + (0.1 + 0.2) + ", 0.1f+0.2f = " + (0.1f + 0.2f));
        System.out.println("1.0/3 = " + (1.0 / 3) + ", 2.0f/3 = " + (2.0f / 3));
        System.out.println("100.0 = " + 100.0 + ", 1e7 = " + 1e7 + ", 1e-3 = " + 1e-3 + ", 1e-4 = " + 1e-4 + ", 123456789.0 = " + 123456789.0 + ", 1e21 = " + 1e21);
        System.out.println("float 1e7f = " + 1e7f + ", 1.0E-5f = " + 1.0E-5f + ", 3.4028235E38f = " + Float.MAX_VALUE);
        System.out.println("Double.MAX=" + Double.MAX_VALUE + " MIN=" + Double.MIN_VALUE + " MIN_NORMAL=" + Double.MIN_NORMAL);
        System.out.println("5.0 % 3 = " + (5.0 % 3) + ", -5.5 % 2 = " + (-5.5 % 2) + ", 5 % -0.0 = " + (5 % nz) + ", inf % 2 = " + (inf % 2) + ", 2 % inf = " + (2 % inf));
        System.out.println("bits: " + Long.toHexString(Double.doubleToLongBits(1.5)) + " " + Integer.toHexString(Float.floatToIntBits(-2.25f)) + " " + Long.toHexString(Double.doubleToLongBits(nan)) + " " + Double.longBitsToDouble(0x4009_21FB_5444_2D18L));
        System.out.println("isNaN " + Double.isNaN(nan) + " isInfinite " + Double.isInfinite(ninf) + " isFinite " + Double.isFinite(1e308 * 10));
        float acc = 0;
        for (int i = 0; i < 1000; i++) acc += 0.1f;
        double dacc = 0;
        for (int i = 0; i < 1000; i++) dacc += 0.1;
        System.out.println("sum of 0.1: float " + acc + " double " + dacc);
        long l = Long.MAX_VALUE;
        System.out.println("(double)Long.MAX " + (double) l + " (float) " + (float) l + " (long)(double) " + (long) (double) l);
        int big = 123456789;
        System.out.println("(float)123456789 = " + (float) big + ", back = " + (int) (float) big);
        System.out.println("ulp(1.0) = " + Math.ulp(1.0) + ", nextUp(1.0) = " + Math.nextUp(1.0) + ", copySign " + Math.copySign(3.0, -0.0));
        System.out.println("hex: " + Double.toHexString(0.1) + " " + Float.toHexString(1.0f));
    }
}
