// BigInteger and BigDecimal basics: arithmetic, pow, mod/modPow/modInverse, gcd, bit ops,
// radix conversion, factorial and Fibonacci beyond long, BigDecimal scale, rounding modes,
// exact division errors, compareTo vs equals, and MathContext.
import java.math.*;

public class BigNumbers {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = BigInteger.valueOf(987654321L);
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.divide(b) + " " + a.mod(b) + " " + a.remainder(b.negate()) + " " + a.negate().mod(b));
        BigInteger[] qr = a.divideAndRemainder(b);
        System.out.println("q " + qr[0] + " r " + qr[1] + " pow " + b.pow(5) + " gcd " + a.gcd(b) + " signum " + a.negate().signum());
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f + " bitLength " + f.bitLength() + " bitCount " + f.bitCount() + " lowestSetBit " + f.getLowestSetBit());
        BigInteger x = BigInteger.ZERO, y = BigInteger.ONE;
        for (int i = 0; i < 200; i++) { BigInteger t = x.add(y); x = y; y = t; }
        System.out.println("fib(200) = " + x);
        BigInteger p = new BigInteger("1000000007");
        System.out.println("modPow " + BigInteger.TWO.modPow(BigInteger.valueOf(1000000), p) + " modInverse " + BigInteger.valueOf(3).modInverse(p) + " isProbablePrime " + p.isProbablePrime(50) + " nextProbablePrime " + BigInteger.valueOf(1000).nextProbablePrime());
        System.out.println("hex " + a.toString(16) + " bin " + BigInteger.valueOf(-10).toString(2) + " parse " + new BigInteger("-ff", 16) + " shiftLeft " + BigInteger.ONE.shiftLeft(100) + " shiftRight " + a.shiftRight(50)
            + " and " + a.and(b) + " or " + a.or(b) + " xor " + a.xor(b) + " not " + b.not() + " testBit " + b.testBit(0));
        System.out.println("sqrt " + a.sqrt() + " longValue " + a.longValue() + " intValue " + a.intValue() + " doubleValue " + a.doubleValue() + " compare " + a.compareTo(b) + " max " + a.max(b).equals(a) + " bytes " + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()));
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero: " + e.getMessage());
        }
        BigDecimal d1 = new BigDecimal("10.25"), d2 = new BigDecimal("3");
        System.out.println(d1.add(d2) + " " + d1.subtract(d2) + " " + d1.multiply(d2) + " " + d1.divide(d2, 5, RoundingMode.HALF_UP) + " " + d1.divide(d2, MathContext.DECIMAL32) + " " + d1.remainder(d2) + " " + d1.negate().abs() + " " + d1.pow(3));
        try {
            d1.divide(d2);
        } catch (ArithmeticException e) {
            System.out.println("non-terminating: " + e.getMessage());
        }
        System.out.println("new BigDecimal(0.1) = " + new BigDecimal(0.1) + " valueOf(0.1) = " + BigDecimal.valueOf(0.1) + " scale " + new BigDecimal("1.500").scale() + " precision " + new BigDecimal("1.500").precision());
        System.out.println("equals " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " compareTo " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " strip " + new BigDecimal("2.500").stripTrailingZeros() + " strip 100 " + new BigDecimal("100").stripTrailingZeros() + " plain " + new BigDecimal("100").stripTrailingZeros().toPlainString());
        BigDecimal v = new BigDecimal("2.345");
        for (RoundingMode m : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
            System.out.print(m + "=" + v.setScale(2, m) + "/" + v.negate().setScale(2, m) + " ");
        }
        System.out.println();
        try {
            v.setScale(1, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        System.out.println("sci " + new BigDecimal("1E+5") + " " + new BigDecimal("1E+5").toPlainString() + " " + new BigDecimal("0.0000001") + " " + new BigDecimal("123.456e-10") + " engineering " + new BigDecimal("1E+5").toEngineeringString());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) sum = sum.add(new BigDecimal("0.1"));
        System.out.println("ten times 0.1 = " + sum + " (double: " + (0.1 * 10) + ")");
        System.out.println("sqrt(2) 30 digits " + new BigDecimal(2).sqrt(new MathContext(30)) + " movePointLeft " + new BigDecimal("12345").movePointLeft(3) + " unscaled " + new BigDecimal("12.345").unscaledValue() + " toBigInteger " + new BigDecimal("-9.99").toBigInteger());
        BigDecimal money = new BigDecimal("19.99").multiply(BigDecimal.valueOf(3)).multiply(new BigDecimal("1.0825")).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("money " + money + " doubleValue " + money.doubleValue() + " intValueExact of 7.0 " + new BigDecimal("7.0").intValueExact());
        try {
            new BigDecimal("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println("bad BigDecimal: " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("bad BigInteger: " + e.getMessage());
        }
    }
}
