// BigDecimal scale and rounding: every RoundingMode on a table of positive and negative
// ties and non-ties, setScale (and "Rounding necessary" for UNNECESSARY), divide with a
// scale or MathContext and the "Non-terminating decimal expansion" message, precision vs
// scale, MathContext.DECIMAL32/64/128, round, stripTrailingZeros, toString vs
// toPlainString vs toEngineeringString with exponents, equals vs compareTo (2.0 vs 2.00),
// new BigDecimal(double) vs valueOf(double), movePointLeft/Right, sqrt, remainder,
// and unscaledValue/scale of parsed strings.
import java.math.*;
import java.util.*;

public class BigDecimalRounding {
    public static void main(String[] args) {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.15"};
        StringBuilder header = new StringBuilder(String.format("%-8s", "value"));
        for (RoundingMode m : RoundingMode.values()) if (m != RoundingMode.UNNECESSARY) header.append(String.format("%-10s", m.name().replace("HALF_", "H_")));
        System.out.println(header);
        for (String v : values) {
            BigDecimal bd = new BigDecimal(v);
            StringBuilder row = new StringBuilder(String.format("%-8s", v));
            for (RoundingMode m : RoundingMode.values()) {
                if (m == RoundingMode.UNNECESSARY) continue;
                row.append(String.format("%-10s", bd.setScale(bd.scale() - 1, m).toPlainString()));
            }
            System.out.println(row);
        }
        try { new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println("UNNECESSARY: " + e.getMessage()); }
        System.out.println("UNNECESSARY exact " + new BigDecimal("1.20").setScale(1, RoundingMode.UNNECESSARY) + " setScale up " + new BigDecimal("1.2").setScale(4));
        BigDecimal one = BigDecimal.ONE, three = new BigDecimal(3);
        try { one.divide(three); } catch (ArithmeticException e) { System.out.println("1/3: " + e.getMessage()); }
        try { one.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println("1/0: " + e.getMessage()); }
        try { BigDecimal.ZERO.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println("0/0: " + e.getMessage()); }
        System.out.println("1/8 exact " + one.divide(new BigDecimal(8)) + " 1/3 scale 10 " + one.divide(three, 10, RoundingMode.HALF_UP) + " 2/3 DECIMAL32 " + new BigDecimal(2).divide(three, MathContext.DECIMAL32)
            + " DECIMAL64 " + new BigDecimal(2).divide(three, MathContext.DECIMAL64) + " DECIMAL128 " + new BigDecimal(2).divide(three, MathContext.DECIMAL128));
        BigDecimal x = new BigDecimal("123.4500");
        System.out.println("precision " + x.precision() + " scale " + x.scale() + " unscaled " + x.unscaledValue() + " strip " + x.stripTrailingZeros() + " signum " + x.negate().signum());
        BigDecimal big = new BigDecimal("1234500000");
        System.out.println("strip of integer " + big.stripTrailingZeros() + " plain " + big.stripTrailingZeros().toPlainString() + " engineering " + big.stripTrailingZeros().toEngineeringString() + " scale " + big.stripTrailingZeros().scale());
        for (String s : List.of("1E+3", "1.23E-7", "-4.5e10", "0.000001", "0.0000001", "123E-2", "0E+5", "0.00"))
            System.out.println("  " + s + " -> toString " + new BigDecimal(s) + " plain " + new BigDecimal(s).toPlainString() + " eng " + new BigDecimal(s).toEngineeringString() + " scale " + new BigDecimal(s).scale() + " precision " + new BigDecimal(s).precision());
        System.out.println("equals 2.0 vs 2.00 " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " compareTo " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00"))
            + " hashCodes " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode() + " TreeSet size " + new TreeSet<>(List.of(new BigDecimal("2.0"), new BigDecimal("2.00"))).size()
            + " HashSet size " + new HashSet<>(List.of(new BigDecimal("2.0"), new BigDecimal("2.00"))).size());
        System.out.println("new BigDecimal(0.1) " + new BigDecimal(0.1) + "\n valueOf(0.1) " + BigDecimal.valueOf(0.1) + " valueOf(long, scale) " + BigDecimal.valueOf(12345, 3) + " valueOf(1e-10) " + BigDecimal.valueOf(1e-10));
        MathContext mc5 = new MathContext(5, RoundingMode.HALF_EVEN);
        System.out.println("round to 5 digits " + new BigDecimal("123456789").round(mc5) + " " + new BigDecimal("0.000123456789").round(mc5) + " " + new BigDecimal("99999.5").round(mc5) + " mc " + mc5);
        System.out.println("movePointLeft " + new BigDecimal("12.5").movePointLeft(3) + " movePointRight " + new BigDecimal("12.5").movePointRight(4) + " scaleByPowerOfTen " + new BigDecimal("12.5").scaleByPowerOfTen(4));
        System.out.println("sqrt(2) 30 digits " + new BigDecimal(2).sqrt(new MathContext(30)) + " sqrt(0.0144) " + new BigDecimal("0.0144").sqrt(MathContext.DECIMAL64));
        try { new BigDecimal(-1).sqrt(MathContext.DECIMAL64); } catch (ArithmeticException e) { System.out.println("sqrt(-1): " + e.getMessage()); }
        System.out.println("remainder " + new BigDecimal("10.75").remainder(new BigDecimal("3")) + " divideToIntegralValue " + new BigDecimal("-10.75").divideToIntegralValue(new BigDecimal("3"))
            + " divideAndRemainder " + Arrays.toString(new BigDecimal("7.5").divideAndRemainder(new BigDecimal("2"))));
        System.out.println("multiply scale " + new BigDecimal("1.10").multiply(new BigDecimal("2.005")) + " add scale " + new BigDecimal("1.1").add(new BigDecimal("2.005")) + " pow " + new BigDecimal("1.05").pow(10)
            + " pow mc " + new BigDecimal("1.05").pow(10, MathContext.DECIMAL32));
        System.out.println("intValueExact ok " + new BigDecimal("42.000").intValueExact() + " longValue truncates " + new BigDecimal("-9.99").longValue() + " doubleValue " + new BigDecimal("1e400").doubleValue());
        try { new BigDecimal("42.5").intValueExact(); } catch (ArithmeticException e) { System.out.println("intValueExact: " + e.getMessage()); }
        try { new BigDecimal("1e10").intValueExact(); } catch (ArithmeticException e) { System.out.println("intValueExact big: " + e.getMessage()); }
        try { new BigDecimal("1.2.3"); } catch (NumberFormatException e) { System.out.println("parse 1.2.3: " + e.getMessage()); }
        try { new BigDecimal(Double.NaN); } catch (NumberFormatException e) { System.out.println("NaN: " + e.getMessage()); }
        System.out.println("max/min " + new BigDecimal("1.50").max(new BigDecimal("1.5")) + " " + new BigDecimal("1.5").min(new BigDecimal("1.50")) + " ulp " + new BigDecimal("1.230").ulp() + " plus(mc) " + new BigDecimal("3.14159").plus(new MathContext(3)));
    }
}
