// Narrowing and widening of char/short/byte, char arithmetic, compound assignment on small
// types, and sign/zero extension.
public class Narrowing {
    public static void main(String[] args) {
        int[] vals = {0, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, 70000, -70000, Integer.MAX_VALUE};
        for (int v : vals) {
            System.out.println(v + " -> byte " + (byte) v + ", short " + (short) v + ", char " + (int) (char) v);
        }
        byte b = 127;
        b++;
        System.out.println("byte 127++ = " + b);
        b += 200;
        System.out.println("byte += 200 -> " + b);
        short s = Short.MIN_VALUE;
        s--;
        System.out.println("short MIN-- = " + s);
        char c = 'A';
        c += 2;
        System.out.println("'A'+=2 -> " + c);
        c++;
        System.out.println("++ -> " + c);
        System.out.println("'a' + 1 = " + ('a' + 1) + ", (char)('a' + 1) = " + (char) ('a' + 1));
        System.out.println("'z' - 'a' = " + ('z' - 'a') + ", '0' + 5 = " + (char) ('0' + 5));
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("char MAX++ = " + (int) max);
        byte neg = -1;
        System.out.println("byte -1: >>> 4 = " + (neg >>> 4) + ", & 0xff >>> 4 = " + ((neg & 0xff) >>> 4) + ", (byte)(neg >>> 4) = " + (byte) (neg >>> 4));
        byte[] bytes = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};
        int word = 0;
        for (byte x : bytes) word = (word << 8) | (x & 0xff);
        System.out.println("word = " + Integer.toHexString(word));
        int wrong = 0;
        for (byte x : bytes) wrong = (wrong << 8) | x;
        System.out.println("sign-extended = " + Integer.toHexString(wrong));
        long l = 0xFFFF_FFFFL;
        System.out.println("long from int -1: " + (long) -1 + ", unsigned " + (-1 & 0xFFFF_FFFFL) + ", l = " + l);
        short[] shorts = new short[4];
        shorts[0] = (short) 40000;
        shorts[1] = (short) (shorts[0] * 2);
        shorts[2] += 70000;
        shorts[3] = (short) 'z';
        for (short x : shorts) System.out.print(x + " ");
        System.out.println();
        char[] cs = new char[5];
        for (int i = 0; i < cs.length; i++) cs[i] = (char) ('a' + i * 3);
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 3));
        char uc = '\u00e9';
        System.out.println("int value of e-acute " + (int) uc + ", upper " + (int) Character.toUpperCase(uc));
        System.out.println("ternary mixing: " + (true ? 'x' : 0) + " " + (true ? 'x' : 70000) + " " + (false ? 1 : 'y'));
        Object o = true ? 1 : "s";
        System.out.println("boxed ternary type " + o.getClass().getName());
        Object p = true ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println("numeric promotion in ternary: " + p);
    }
}
