// Integer/Long/Short/Byte parsing and unsigned arithmetic: parseInt with radixes 2-36,
// signs, MIN_VALUE, the NumberFormatException messages (empty, null, overflow, bad digit,
// bad radix, lone sign), decode (0x, #, 0 octal, negative hex), parseUnsignedInt/Long,
// toUnsignedString, divideUnsigned/remainderUnsigned/compareUnsigned, parseInt on a
// CharSequence range, valueOf caches, Integer.toString(radix) of negatives, and
// Short/Byte range errors ("Value out of range").
import java.util.*;

public class IntegerParsing {
    static void p(String what, java.util.concurrent.Callable<Object> c) {
        try { System.out.println(what + " = " + c.call()); }
        catch (Exception e) { System.out.println(what + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        p("parseInt(\"-2147483648\")", () -> Integer.parseInt("-2147483648"));
        p("parseInt(\"2147483648\")", () -> Integer.parseInt("2147483648"));
        p("parseInt(\"+42\")", () -> Integer.parseInt("+42"));
        p("parseInt(\"-\")", () -> Integer.parseInt("-"));
        p("parseInt(\"\")", () -> Integer.parseInt(""));
        p("parseInt(null)", () -> Integer.parseInt(null));
        p("parseInt(\" 1\")", () -> Integer.parseInt(" 1"));
        p("parseInt(\"1_000\")", () -> Integer.parseInt("1_000"));
        p("parseInt(\"zz\", 36)", () -> Integer.parseInt("zz", 36));
        p("parseInt(\"ZZ\", 36)", () -> Integer.parseInt("ZZ", 36));
        p("parseInt(\"102\", 2)", () -> Integer.parseInt("102", 2));
        p("parseInt(\"1\", 37)", () -> Integer.parseInt("1", 37));
        p("parseInt(\"1\", 1)", () -> Integer.parseInt("1", 1));
        p("parseInt(\"-80000000\", 16)", () -> Integer.parseInt("-80000000", 16));
        p("parseInt(\"80000000\", 16)", () -> Integer.parseInt("80000000", 16));
        p("parseInt(\"\\u0663\\u0664\")", () -> Integer.parseInt("\u0663\u0664"));
        p("parseInt(seq, 2, 5, 10)", () -> Integer.parseInt("ab123cd", 2, 5, 10));
        p("parseInt(seq, 2, 9, 10)", () -> Integer.parseInt("ab123cd", 2, 9, 10));
        p("parseLong(\"9223372036854775807\")", () -> Long.parseLong("9223372036854775807"));
        p("parseLong(\"9223372036854775808\")", () -> Long.parseLong("9223372036854775808"));
        p("parseLong(\"12L\")", () -> Long.parseLong("12L"));
        p("parseLong(\"-zzzzzzzzzzzz\", 36)", () -> Long.parseLong("-zzzzzzzzzzzz", 36));
        p("parseUnsignedInt(\"4294967295\")", () -> Integer.parseUnsignedInt("4294967295"));
        p("parseUnsignedInt(\"4294967296\")", () -> Integer.parseUnsignedInt("4294967296"));
        p("parseUnsignedInt(\"-1\")", () -> Integer.parseUnsignedInt("-1"));
        p("parseUnsignedLong(\"18446744073709551615\")", () -> Long.parseUnsignedLong("18446744073709551615"));
        p("parseUnsignedLong(\"18446744073709551616\")", () -> Long.parseUnsignedLong("18446744073709551616"));
        for (String s : List.of("0x1F", "0X1f", "#ff", "-0x10", "010", "-010", "0", "+7", "0x", "08", "0x80000000", "-0x80000000"))
            p("decode(\"" + s + "\")", () -> Integer.decode(s));
        p("Long.decode(\"#7fffffffffffffff\")", () -> Long.decode("#7fffffffffffffff"));
        p("Short.parseShort(\"40000\")", () -> Short.parseShort("40000"));
        p("Short.parseShort(\"-32768\")", () -> Short.parseShort("-32768"));
        p("Byte.parseByte(\"128\")", () -> Byte.parseByte("128"));
        p("Byte.parseByte(\"-80\", 16)", () -> Byte.parseByte("-80", 16));
        p("Byte.valueOf(\"x\")", () -> Byte.valueOf("x"));
        p("Short.decode(\"0x8000\")", () -> Short.decode("0x8000"));
        System.out.println("toUnsignedString " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " radix 16 " + Integer.toUnsignedString(-16, 16) + " " + Long.toUnsignedString(Long.MIN_VALUE, 2).length());
        System.out.println("divideUnsigned " + Integer.divideUnsigned(-1, 3) + " remainderUnsigned " + Integer.remainderUnsigned(-1, 3) + " long " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10)
            + " compareUnsigned " + Integer.compareUnsigned(-1, 1) + " " + Long.compareUnsigned(1, -1) + " toUnsignedLong " + Integer.toUnsignedLong(-2));
        System.out.println("toString radix " + Integer.toString(-255, 16) + " " + Integer.toString(255, 37) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Integer.toHexString(-255) + " " + Integer.toOctalString(-1) + " " + Integer.toBinaryString(-8).length()
            + " " + Long.toHexString(Long.MIN_VALUE));
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println("cache " + (a == b) + " " + (c == d) + " valueOf(-128) " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + " Long " + (Long.valueOf(127) == Long.valueOf(127)) + " " + (Long.valueOf(128) == Long.valueOf(128))
            + " Short " + (Short.valueOf((short) 100) == Short.valueOf((short) 100)) + " Byte always " + (Byte.valueOf((byte) -100) == Byte.valueOf((byte) -100)));
        System.out.println("getInteger missing " + Integer.getInteger("no.such.property") + " default " + Integer.getInteger("no.such.property", 9) + " Integer.sum/max/min " + Integer.sum(3, 4) + Integer.max(3, 4) + Integer.min(3, 4)
            + " signum " + Integer.signum(-9) + Long.signum(0) + " hashCode(long) " + Long.hashCode(1L << 32) + " Short.toUnsignedInt " + Short.toUnsignedInt((short) -1) + " Byte.toUnsignedInt " + Byte.toUnsignedInt((byte) -1));
        System.out.println("Double/Float parse " + Double.parseDouble(" 1e3 ") + " " + Double.parseDouble("0x1p4") + " " + Float.parseFloat("1.1f") + " " + Double.valueOf("-Infinity") + " " + Double.parseDouble("NaN"));
        p("Double.parseDouble(\"1,5\")", () -> Double.parseDouble("1,5"));
        p("Double.parseDouble(\"\")", () -> Double.parseDouble(""));
        p("Float.parseFloat(null)", () -> Float.parseFloat(null));
        p("new java.math.BigInteger(\"\")", () -> new java.math.BigInteger(""));
    }
}
