// Integer/Long bit operations and radix conversions: bitCount, highestOneBit,
// numberOfLeadingZeros/TrailingZeros, reverse, rotate, toBinaryString, toHexString,
// parseInt with radix and its NumberFormatException messages.
public class BitTricks {
    public static void main(String[] args) {
        int[] xs = {0, 1, -1, 42, 0x80000000, 0x7fffffff, 0x00F0F000, 12345678};
        for (int x : xs) {
            System.out.println(x + ": bitCount=" + Integer.bitCount(x) + " highest=" + Integer.highestOneBit(x) + " lowest=" + Integer.lowestOneBit(x)
                + " nlz=" + Integer.numberOfLeadingZeros(x) + " ntz=" + Integer.numberOfTrailingZeros(x) + " reverse=" + Integer.reverse(x)
                + " reverseBytes=" + Integer.toHexString(Integer.reverseBytes(x)) + " rotl3=" + Integer.rotateLeft(x, 3) + " rotr35=" + Integer.rotateRight(x, 35));
            System.out.println("   bin=" + Integer.toBinaryString(x) + " hex=" + Integer.toHexString(x) + " oct=" + Integer.toOctalString(x) + " r36=" + Integer.toString(x, 36) + " r7=" + Integer.toString(x, 7));
        }
        long[] ls = {0L, -1L, 1L << 40, Long.MIN_VALUE, 0x0123456789ABCDEFL};
        for (long l : ls) {
            System.out.println(l + ": bitCount=" + Long.bitCount(l) + " highest=" + Long.highestOneBit(l) + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz=" + Long.numberOfTrailingZeros(l)
                + " reverse=" + Long.reverse(l) + " bin=" + Long.toBinaryString(l) + " hex=" + Long.toHexString(l) + " r36=" + Long.toString(l, 36));
        }
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseInt("1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("+777", 8) + " " + Long.parseLong("-9223372036854775808") + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.valueOf("123", 5));
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        String[][] bad = {{"", "10"}, {"abc", "10"}, {"2147483648", "10"}, {"12", "2"}, {"-", "10"}, {"99", "40"}};
        for (String[] b : bad) {
            try {
                Integer.parseInt(b[0], Integer.parseInt(b[1]));
            } catch (NumberFormatException e) {
                System.out.println("NFE: " + e.getMessage());
            }
        }
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("NFE null: " + e.getMessage());
        }
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("NFE long: " + e.getMessage());
        }
        // classic tricks
        int v = 37;
        System.out.println("isPow2(64)=" + ((64 & 63) == 0) + " nextPow2(37)=" + (Integer.highestOneBit(v - 1) << 1) + " swapXor=" + swap(3, 9));
        int gray = v ^ (v >>> 1);
        System.out.println("gray(37)=" + Integer.toBinaryString(gray) + " parity=" + (Integer.bitCount(v) & 1) + " abs(-9) branchless=" + ((-9 ^ (-9 >> 31)) - (-9 >> 31)));
        System.out.println("compress: " + Integer.toHexString(0xDEADBEEF >>> 16) + " " + Integer.toHexString(0xDEADBEEF & 0xFFFF) + " " + Integer.toHexString((short) 0xBEEF));
        System.out.println("Short/Byte: " + Short.reverseBytes((short) 0x1234) + " " + Byte.toUnsignedInt((byte) -3) + " " + Short.toUnsignedInt((short) -3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println("Integer.toString(MIN)=" + Integer.toString(Integer.MIN_VALUE, 2) + " hex(MIN)=" + Integer.toHexString(Integer.MIN_VALUE));
        System.out.println("Character.forDigit(11,16)=" + Character.forDigit(11, 16) + " digit('f',16)=" + Character.digit('f', 16) + " digit('9',8)=" + Character.digit('9', 8));
    }

    static String swap(int a, int b) {
        a ^= b;
        b ^= a;
        a ^= b;
        return a + "," + b;
    }
}
