// StrictMath (fdlibm, bit-for-bit reproducible) on a grid of arguments, printed as raw
// double bits: sin/cos/tan/asin/acos/atan/atan2/exp/log/log10/log1p/expm1/sinh/cosh/
// tanh/cbrt/hypot/pow; plus exactly specified Math operations: floorDiv/floorMod with
// negative operands, the *Exact family and its "integer overflow"/"long overflow"
// messages, fma, IEEEremainder, rint/round/floor/ceil ties, nextUp/nextDown/nextAfter,
// ulp, scalb, getExponent, copySign, signum, and Math.abs(MIN_VALUE).
import java.util.function.*;

public class StrictMathBits {
    static long checksum = 0;
    static void row(String name, DoubleUnaryOperator f, double... xs) {
        StringBuilder sb = new StringBuilder(String.format("%-6s", name));
        for (double x : xs) {
            long bits = Double.doubleToRawLongBits(f.applyAsDouble(x));
            checksum = checksum * 31 + bits;
            sb.append(' ').append(Long.toHexString(bits));
        }
        System.out.println(sb);
    }

    static void exact(String what, java.util.function.LongSupplier s) {
        try { System.out.println(what + " = " + s.getAsLong()); } catch (ArithmeticException e) { System.out.println(what + " -> " + e.getMessage()); }
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, -1.5, 3.0, 10.0, 1e-300, 1e300, 100.0, Double.NaN, Double.POSITIVE_INFINITY};
        row("sin", StrictMath::sin, xs);
        row("cos", StrictMath::cos, xs);
        row("tan", StrictMath::tan, xs);
        row("asin", StrictMath::asin, 0.0, 0.5, -1.0, 1.0, 1.5, 1e-10);
        row("acos", StrictMath::acos, 0.0, 0.5, -1.0, 1.0, 1.5, 1e-10);
        row("atan", StrictMath::atan, xs);
        row("exp", StrictMath::exp, xs);
        row("log", StrictMath::log, xs);
        row("log10", StrictMath::log10, xs);
        row("log1p", StrictMath::log1p, xs);
        row("expm1", StrictMath::expm1, xs);
        row("sinh", StrictMath::sinh, xs);
        row("cosh", StrictMath::cosh, xs);
        row("tanh", StrictMath::tanh, xs);
        row("cbrt", StrictMath::cbrt, xs);
        row("sqrt", StrictMath::sqrt, xs);
        row("atan2", x -> StrictMath.atan2(x, -2.0), xs);
        row("hypot", x -> StrictMath.hypot(x, 3.0), xs);
        row("pow", x -> StrictMath.pow(x, 2.5), xs);
        row("pow2", x -> StrictMath.pow(-2.0, x), xs);
        System.out.println("checksum " + Long.toHexString(checksum) + " sin(pi) " + StrictMath.sin(Math.PI) + " exp(1) " + StrictMath.exp(1) + " log(E) " + StrictMath.log(Math.E) + " pow(2,0.5) " + StrictMath.pow(2, 0.5));
        System.out.println("floorDiv " + Math.floorDiv(-7, 2) + " " + Math.floorDiv(7, -2) + " " + Math.floorDiv(-7, -2) + " floorMod " + Math.floorMod(-7, 2) + " " + Math.floorMod(7, -2) + " " + Math.floorMod(-7L, 3) + " / % " + (-7 / 2) + " " + (-7 % 2)
            + " floorDiv(MIN,-1) " + Math.floorDiv(Integer.MIN_VALUE, -1));
        exact("addExact(MAX,1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        exact("subtractExact(MIN,1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        exact("multiplyExact(1<<16,1<<16)", () -> Math.multiplyExact(1 << 16, 1 << 16));
        exact("multiplyExact(long)", () -> Math.multiplyExact(1L << 32, 1L << 31));
        exact("multiplyExact(long,int)", () -> Math.multiplyExact(Long.MAX_VALUE, 2));
        exact("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        exact("negateExact(MIN)", () -> Math.negateExact(Long.MIN_VALUE));
        exact("toIntExact(1L<<31)", () -> Math.toIntExact(1L << 31));
        exact("addExact ok", () -> Math.addExact(1L << 40, 5L));
        exact("floorMod(1,0)", () -> Math.floorMod(1, 0));
        exact("multiplyHigh", () -> Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE));
        System.out.println("fma " + Math.fma(0.1, 10.0, -1.0) + " vs " + (0.1 * 10.0 - 1.0) + " float " + Math.fma(1.1f, 1.1f, -1.21f) + " IEEEremainder " + Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + StrictMath.IEEEremainder(-7.5, 2));
        System.out.println("rint " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5) + " round " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-0.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(Float.NaN) + " " + Math.round(1e20)
            + " floor " + Math.floor(-0.5) + " ceil " + Math.ceil(-0.5) + " " + Math.ceil(-0.0));
        System.out.println("nextUp " + Math.nextUp(1.0) + " nextDown " + Math.nextDown(1.0) + " nextAfter " + Math.nextAfter(0.0, -1) + " " + Math.nextUp(Float.MAX_VALUE) + " ulp " + Math.ulp(1.0) + " " + Math.ulp(1e300) + " " + Math.ulp(0.0f)
            + " scalb " + Math.scalb(1.5, 4) + " " + Math.scalb(1.0, -1075) + " getExponent " + Math.getExponent(1024.0) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.MIN_VALUE));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " " + StrictMath.copySign(3.0, Double.NaN) + " signum " + Math.signum(-2.0) + " " + Math.signum(-0.0) + " abs(MIN) " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0)
            + " absExact? " + absExact() + " max(-0.0,0.0) " + Math.max(-0.0, 0.0) + " min " + Math.min(-0.0, 0.0) + " max NaN " + Math.max(Double.NaN, 1));
        System.out.println("toRadians " + Double.doubleToLongBits(StrictMath.toRadians(180)) + " toDegrees " + StrictMath.toDegrees(Math.PI / 3) + " sqrt(-1) " + StrictMath.sqrt(-1) + " cbrt(-27) " + StrictMath.cbrt(-27) + " hypot(inf,nan) " + StrictMath.hypot(Double.POSITIVE_INFINITY, Double.NaN));
    }

    static String absExact() {
        try { return String.valueOf(Math.negateExact(Integer.MIN_VALUE)); } catch (ArithmeticException e) { return e.getMessage(); }
    }
}
