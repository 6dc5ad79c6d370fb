// StringBuilder and StringBuffer: append, insert, reverse (with surrogate pairs),
// deleteCharAt, delete, replace, setCharAt, setLength, capacity growth and index errors.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(' ').append("world").append(1).append(2L).append(3.0f).append(true);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, ">> ").insert(sb.length(), " <<").insert(5, 42).insert(3, 'c').insert(4, 1.5);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        sb.delete(0, 5).replace(0, 3, "XYZW");
        System.out.println(sb);
        sb.setCharAt(1, '_');
        System.out.println(sb + " indexOf(o)=" + sb.indexOf("o") + " lastIndexOf(o)=" + sb.lastIndexOf("o") + " charAt(2)=" + sb.charAt(2));
        sb.setLength(4);
        System.out.println("[" + sb + "]");
        sb.setLength(6);
        System.out.println("padded with NUL: " + sb.length() + " " + (int) sb.charAt(5));
        StringBuilder pal = new StringBuilder("A man a plan a canal Panama".replace(" ", "").toLowerCase());
        System.out.println("palindrome " + pal.toString().equals(pal.reverse().toString()));
        StringBuilder sur = new StringBuilder("a\uD83D\uDE00b\uD83D\uDC4Dc");
        String rev = sur.reverse().toString();
        System.out.println("surrogates kept: " + rev.codePointCount(0, rev.length()) + " " + Integer.toHexString(rev.codePointAt(1)) + " " + Integer.toHexString(rev.codePointAt(4)));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big len " + big.length() + " sum " + big.chars().map(c -> c - '0').sum() + " substring " + big.substring(995));
        StringBuffer buf = new StringBuffer();
        buf.append("sync").insert(0, "un").reverse().append('!');
        System.out.println(buf + " " + buf.length());
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println("compareTo " + cmp.compareTo(new StringBuilder("abd")) + " equals(same content) " + cmp.equals(new StringBuilder("abc")) + " contentEquals " + "abc".contentEquals(cmp));
        StringBuilder e = new StringBuilder();
        System.out.println("empty reverse [" + e.reverse() + "] append null [" + e.append((String) null) + "]");
        StringBuilder chars = new StringBuilder();
        chars.appendCodePoint(0x1F600).append(new char[] {'x', 'y', 'z'}, 1, 2).append("abcdef", 2, 4);
        System.out.println(chars.length() + " " + chars.codePointCount(0, chars.length()) + " " + chars.substring(2));
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("deleteCharAt: " + ex.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("insert: " + ex.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("setLength: " + ex.getMessage());
        }
        try {
            new StringBuilder("abc").delete(2, 1);
        } catch (StringIndexOutOfBoundsException ex) {
            System.out.println("delete: " + ex.getMessage());
        }
    }
}
