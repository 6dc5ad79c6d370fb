// java.lang.String methods: split (regex and limit), replace/replaceAll, substring, indexOf,
// compareTo, case conversion, join, repeat, strip/trim, chars, intern and literal identity.
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public class StringMethods {
    /** Non-ASCII characters as \\uXXXX, so the output does not depend on stdout's encoding. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "  The quick brown fox jumps over the lazy dog  ";
        String t = s.strip();
        System.out.println("[" + t + "] len " + t.length() + " trim==strip " + s.trim().equals(t));
        System.out.println("[" + s.stripLeading() + "][" + s.stripTrailing() + "] blank " + "   ".isBlank() + " empty " + "".isEmpty());
        System.out.println(Arrays.toString(t.split(" ")));
        System.out.println(Arrays.toString(t.split("o", 3)));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + "a,b,,c,,".split(",").length + " " + Arrays.toString("a,b,,c,,".split(",", -1)));
        System.out.println(Arrays.toString("one1two22three333four".split("\\d+")));
        System.out.println(Arrays.toString("".split(",")) + " " + Arrays.toString(" x  y ".split("\\s+")));
        System.out.println(t.replace('o', '0') + " | " + t.replace("the", "THE") + " | " + t.replaceAll("[aeiou]", "*") + " | " + t.replaceFirst("\\s\\w+", "_"));
        System.out.println(t.substring(4) + " | " + t.substring(4, 9) + " | " + t.subSequence(10, 15));
        System.out.println(t.indexOf('o') + " " + t.indexOf('o', 13) + " " + t.lastIndexOf('o') + " " + t.indexOf("the") + " " + t.indexOf("cat") + " " + t.lastIndexOf("o", 20));
        System.out.println(t.charAt(4) + " " + t.codePointAt(4) + " " + t.contains("fox") + " " + t.startsWith("The") + " " + t.endsWith("dog") + " " + t.startsWith("quick", 4));
        String[] words = {"apple", "Apple", "banana", "app", "", "b", "APPLE"};
        for (String w : words) {
            System.out.println("'" + w + "' compareTo apple " + w.compareTo("apple") + ", ignoreCase " + w.compareToIgnoreCase("apple") + ", equalsIgnoreCase " + w.equalsIgnoreCase("apple"));
        }
        System.out.println(t.toUpperCase(Locale.ROOT) + " / " + ascii("MiXeD \u00c4\u00d6\u00dc \u00df".toLowerCase(Locale.ROOT)) + " / " + "stra\u00dfe".toUpperCase(Locale.ROOT));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join(", ", List.of("x", "y")) + " [" + String.join("/", new String[0]) + "]");
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println("hello".chars().sum() + " " + "hello".chars().filter(ch -> ch == 'l').count() + " " + Arrays.toString("h\u00e9llo".chars().toArray()));
        System.out.println(Arrays.toString("hello".toCharArray()) + " " + Arrays.toString("hi!".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + " " + Arrays.toString("\u00e9\u20ac".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println(ascii(new String(new byte[] {72, 105, (byte) 0xC3, (byte) 0xA9}, java.nio.charset.StandardCharsets.UTF_8)));
        String lit = "hello";
        String built = new String("hello");
        String concat = "hel" + "lo";
        String runtime = new StringBuilder("hel").append("lo").toString();
        System.out.println("literal==concat " + (lit == concat) + ", literal==new " + (lit == built) + ", equals " + lit.equals(built) + ", intern " + (lit == runtime.intern()) + ", runtime==lit " + (runtime == lit));
        System.out.println("matches " + "abc123".matches("[a-z]+\\d+") + " " + "2024-01-15".matches("\\d{4}-\\d{2}-\\d{2}"));
        System.out.println("valueOf: " + String.valueOf((Object) null) + " " + String.valueOf(3.5) + " " + String.valueOf(new char[] {'o', 'k'}));
        System.out.println("lines: " + "a\nb\r\nc".lines().count() + " indent: [" + "x\ny".indent(2).replace("\n", "\\n") + "]");
        System.out.println("regionMatches " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5) + " contentEquals " + "ab".contentEquals(new StringBuilder("ab")));
        System.out.println("codePoints: " + "a\uD83D\uDE00b".length() + " " + "a\uD83D\uDE00b".codePointCount(0, 4) + " " + Integer.toHexString("a\uD83D\uDE00b".codePointAt(1)));
        System.out.println("translateEscapes: " + "tab\\there".translateEscapes() + " strip unicode: [" + "\u2003x\u2003".strip() + "] trim keeps: " + "\u2003x\u2003".trim().length());
        try {
            "abc".substring(2, 5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".charAt(7);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        try {
            "abc".substring(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
    }
}
