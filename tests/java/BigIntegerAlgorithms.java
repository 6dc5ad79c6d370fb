// BigInteger algorithms with exact results: textbook RSA (modPow encrypt/decrypt,
// modInverse for the private exponent), gcd/lcm, the extended Euclid checked against
// modInverse, 300! (digit count and digit sum), Fibonacci by fast doubling, integer sqrt
// and sqrtAndRemainder, isProbablePrime on known primes and Carmichael numbers,
// nextProbablePrime, bit operations on negative numbers (two's complement semantics),
// toByteArray/new BigInteger(byte[]) round trips, radix conversions, and the exception
// messages of division by zero, negative exponents and non-invertible moduli.
import java.math.BigInteger;
import java.util.*;

public class BigIntegerAlgorithms {
    static BigInteger[] fib(int n) {
        if (n == 0) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        BigInteger[] ab = fib(n / 2);
        BigInteger a = ab[0], b = ab[1];
        BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
        BigInteger d = a.multiply(a).add(b.multiply(b));
        return n % 2 == 0 ? new BigInteger[] {c, d} : new BigInteger[] {d, c.add(d)};
    }

    public static void main(String[] args) {
        BigInteger p = new BigInteger("1000000007"), q = new BigInteger("998244353");
        BigInteger n = p.multiply(q), phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537), d = e.modInverse(phi);
        BigInteger msg = new BigInteger("123456789012345678");
        BigInteger c = msg.modPow(e, n);
        System.out.println("RSA n " + n + " d " + d + " cipher " + c + " decrypted " + c.modPow(d, n) + " ok " + c.modPow(d, n).equals(msg));
        BigInteger a = new BigInteger("462552251851681025"), b = new BigInteger("1071021");
        BigInteger g = a.gcd(b);
        System.out.println("gcd " + g + " lcm " + a.divide(g).multiply(b) + " gcd(0,0) " + BigInteger.ZERO.gcd(BigInteger.ZERO) + " gcd negative " + BigInteger.valueOf(-12).gcd(BigInteger.valueOf(18)));
        BigInteger m = BigInteger.valueOf(1_000_003), x = BigInteger.valueOf(123_456);
        BigInteger[] r = {m, x}, s = {BigInteger.ZERO, BigInteger.ONE};
        while (!r[1].equals(BigInteger.ZERO)) {
            BigInteger qq = r[0].divide(r[1]);
            BigInteger t = r[0].subtract(qq.multiply(r[1])); r[0] = r[1]; r[1] = t;
            t = s[0].subtract(qq.multiply(s[1])); s[0] = s[1]; s[1] = t;
        }
        System.out.println("extended Euclid inverse " + s[0].mod(m) + " modInverse " + x.modInverse(m) + " check " + x.multiply(x.modInverse(m)).mod(m));
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 300; i++) f = f.multiply(BigInteger.valueOf(i));
        String fs = f.toString();
        System.out.println("300! digits " + fs.length() + " digit sum " + fs.chars().map(ch -> ch - '0').sum() + " trailing zeros " + (fs.length() - fs.replaceAll("0+$", "").length()) + " bitLength " + f.bitLength() + " lowestSetBit " + f.getLowestSetBit());
        BigInteger f1000 = fib(1000)[0];
        System.out.println("fib(1000) digits " + f1000.toString().length() + " head " + f1000.toString().substring(0, 20) + " mod 1e9+7 " + f1000.mod(p));
        BigInteger big = BigInteger.TEN.pow(50).add(BigInteger.valueOf(12345));
        BigInteger[] sr = big.sqrtAndRemainder();
        System.out.println("sqrt " + big.sqrt() + " remainder " + sr[1] + " check " + sr[0].pow(2).add(sr[1]).equals(big));
        for (long v : new long[] {2, 97, 561, 1105, 7919, 1_000_000_007L, 2147483647L, 2147483649L})
            System.out.print(v + (BigInteger.valueOf(v).isProbablePrime(50) ? ":prime " : ":composite "));
        System.out.println();
        System.out.println("nextProbablePrime after 10^12 " + BigInteger.TEN.pow(12).nextProbablePrime() + " after 1000 " + BigInteger.valueOf(1000).nextProbablePrime() + " M127 prime " + BigInteger.TWO.pow(127).subtract(BigInteger.ONE).isProbablePrime(20));
        BigInteger neg = BigInteger.valueOf(-20);
        System.out.println("negative bits: and " + neg.and(BigInteger.valueOf(0xff)) + " or " + neg.or(BigInteger.valueOf(3)) + " xor " + neg.xor(BigInteger.ONE) + " not " + neg.not() + " andNot " + neg.andNot(BigInteger.valueOf(4))
            + " shiftRight " + neg.shiftRight(3) + " shiftLeft " + neg.shiftLeft(70) + " testBit(2) " + neg.testBit(2) + " bitCount " + neg.bitCount() + " bitLength " + neg.bitLength() + " setBit(0) " + neg.setBit(0) + " flipBit(4) " + neg.flipBit(4));
        for (long v : new long[] {0, 127, 128, -128, -129, 255, 65536, Long.MIN_VALUE}) {
            byte[] bytes = BigInteger.valueOf(v).toByteArray();
            StringBuilder hex = new StringBuilder();
            for (byte by : bytes) hex.append(String.format("%02x", by & 0xff));
            System.out.print(v + "=" + hex + (new BigInteger(bytes).longValue() == v ? "" : "!") + " ");
        }
        System.out.println();
        System.out.println("unsigned magnitude ctor " + new BigInteger(1, new byte[] {(byte) 0xff, (byte) 0xff}) + " signed " + new BigInteger(new byte[] {(byte) 0xff, (byte) 0xff}) + " radix 36 " + new BigInteger("zz", 36)
            + " toString(2) " + BigInteger.valueOf(-10).toString(2) + " toString(16) " + f.toString(16).length() + " hex digits, parse back " + new BigInteger(f.toString(16), 16).equals(f));
        System.out.println("divideAndRemainder(-17, 5) " + Arrays.toString(BigInteger.valueOf(-17).divideAndRemainder(BigInteger.valueOf(5))) + " mod " + BigInteger.valueOf(-17).mod(BigInteger.valueOf(5)) + " rem " + BigInteger.valueOf(-17).remainder(BigInteger.valueOf(5)));
        System.out.println("longValueExact " + BigInteger.valueOf(Long.MAX_VALUE).longValueExact() + " intValue wraps " + BigInteger.TWO.pow(40).add(BigInteger.valueOf(7)).intValue() + " doubleValue " + BigInteger.TEN.pow(400).doubleValue());
        String[] errs = new String[6];
        try { BigInteger.ONE.divide(BigInteger.ZERO); } catch (ArithmeticException ex) { errs[0] = ex.getMessage(); }
        try { BigInteger.TWO.pow(-1); } catch (ArithmeticException ex) { errs[1] = ex.getMessage(); }
        try { BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9)); } catch (ArithmeticException ex) { errs[2] = ex.getMessage(); }
        try { BigInteger.ONE.mod(BigInteger.valueOf(-3)); } catch (ArithmeticException ex) { errs[3] = ex.getMessage(); }
        try { BigInteger.TWO.pow(64).longValueExact(); } catch (ArithmeticException ex) { errs[4] = ex.getMessage(); }
        try { new BigInteger("12a"); } catch (NumberFormatException ex) { errs[5] = ex.getMessage(); }
        System.out.println("errors " + Arrays.toString(errs));
    }
}
