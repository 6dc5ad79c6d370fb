// String methods added in Java 11-17 and their edge cases: repeat (and its error
// messages), strip/stripLeading/stripTrailing vs trim (Unicode whitespace), isBlank,
// lines, indent (positive, negative, normalizing line ends), stripIndent,
// translateEscapes (and its error), formatted, transform, describeConstable, chars/
// codePoints, String.join/valueOf/copyValueOf, compareToIgnoreCase, regionMatches,
// contentEquals, intern identity, StringIndexOutOfBoundsException messages of charAt/
// substring/codePointAt, and String constructors from byte/char/int arrays with offsets.
import java.util.*;
import java.util.stream.*;

public class StringApis {
    static String show(String s) { return "[" + s.replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u2003", "<emsp>").replace("\u00a0", "<nbsp>") + "]"; }

    static void oob(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); } catch (RuntimeException | OutOfMemoryError e) { System.out.println(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage()); }
    }

    public static void main(String[] args) {
        System.out.println("repeat " + show("ab".repeat(3)) + show("x".repeat(0)) + show("".repeat(5)));
        oob("repeat(-1)", () -> "a".repeat(-1));
        oob("repeat overflow", () -> "abc".repeat(Integer.MAX_VALUE / 2));
        String ws = "\u2003 \t hi there \n\u2003";
        System.out.println("strip " + show(ws.strip()) + " trim " + show(ws.trim()) + " leading " + show(ws.stripLeading()) + " trailing " + show(ws.stripTrailing()) + " nbsp strip " + show("\u00a0x\u00a0".strip()));
        System.out.println("isBlank " + "".isBlank() + " " + " \t\u2003".isBlank() + " " + "\u00a0".isBlank() + " isEmpty " + " ".isEmpty());
        System.out.println("lines " + "a\nb\r\nc\rd\n\ne".lines().map(StringApis::show).toList() + " count trailing " + "x\n".lines().count());
        String block = "line1\n  line2\r\nline3";
        System.out.println("indent(2) " + show(block.indent(2)) + " indent(-1) " + show(block.indent(-1)) + " indent(0) " + show(block.indent(0)) + " empty " + show("".indent(3)));
        System.out.println("stripIndent " + show("   a\n     b\n   c   \n".stripIndent()) + " " + show("  x\n\ty".stripIndent()));
        System.out.println("translateEscapes " + show("tab\\tnl\\nq\\\"oct\\101\\0end\\s.".translateEscapes()) + " line continuation " + show("a\\\nb".translateEscapes()));
        oob("translateEscapes bad", () -> "bad \\q escape".translateEscapes());
        System.out.println("formatted " + "%s=%05.1f".formatted("pi", Math.PI) + " transform " + "hello".transform(s -> s.length() * 2) + " describeConstable " + "k".describeConstable().get());
        System.out.println("chars " + "abc".chars().sum() + " codePoints " + "a\ud83d\ude00".codePoints().mapToObj(Integer::toHexString).toList() + " codePointCount " + "a\ud83d\ude00".codePointCount(0, 3) + " offsetByCodePoints " + "a\ud83d\ude00b".offsetByCodePoints(0, 2));
        System.out.println("join " + String.join("/", List.of("a", "b")) + String.join("-", "x") + String.join(",") + " valueOf " + String.valueOf((Object) null) + String.valueOf(new char[] {'o', 'k'}) + String.valueOf(3.0f) + " copyValueOf " + String.copyValueOf("abcdef".toCharArray(), 2, 3));
        System.out.println("compareTo " + "apple".compareTo("apricot") + " " + "a".compareTo("abc") + " ignoreCase " + "HELLO".compareToIgnoreCase("help") + " equalsIgnoreCase " + "\u00df".equalsIgnoreCase("SS") + " CASE_INSENSITIVE_ORDER " + String.CASE_INSENSITIVE_ORDER.compare("b", "A"));
        System.out.println("regionMatches " + "Hello World".regionMatches(6, "world", 0, 5) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5) + " contentEquals " + "abc".contentEquals(new StringBuilder("abc")) + " " + "abc".contentEquals("ab"));
        String built = new StringBuilder("inte").append("rned").toString();
        System.out.println("intern " + (built == "interned") + " " + (built.intern() == "interned") + " concat const " + ("inter" + "ned" == "interned"));
        System.out.println("indexOf " + "banana".indexOf("an") + " " + "banana".indexOf("an", 2) + " " + "banana".lastIndexOf('a') + " " + "banana".lastIndexOf("an", 2) + " " + "banana".indexOf('z') + " " + "banana".indexOf("", 10) + " " + "a\ud83d\ude00".indexOf(0x1f600));
        System.out.println("replace " + "aaa".replace("aa", "b") + " " + "abc".replace("", "-") + " toCharArray " + Arrays.toString("hi".toCharArray()) + " split/join " + String.join("|", "a:b::c".split(":")) + " endsWith empty " + "x".endsWith(""));
        oob("charAt(5)", () -> "abc".charAt(5));
        oob("charAt(-1)", () -> "abc".charAt(-1));
        oob("substring(2,1)", () -> "abc".substring(2, 1));
        oob("substring(4)", () -> "abc".substring(4));
        oob("substring(-1,2)", () -> "abc".substring(-1, 2));
        oob("subSequence(0,9)", () -> "abc".subSequence(0, 9));
        oob("codePointAt(3)", () -> "abc".codePointAt(3));
        oob("new String(char[],2,5)", () -> new String(new char[4], 2, 5));
        oob("getChars", () -> "abc".getChars(0, 4, new char[4], 0));
        oob("String.valueOf(char[] null)", () -> String.valueOf((char[]) null));
        System.out.println("from bytes " + new String(new byte[] {72, 105, 33, 63}, 1, 2, java.nio.charset.StandardCharsets.US_ASCII) + " from code points " + new String(new int[] {72, 0x1F600, 33}, 0, 3).length()
            + " hashCode " + "polygenelubricants".hashCode() + " " + "".hashCode() + " toUpperCase ROOT " + "title \u00df".toUpperCase(Locale.ROOT).length());
        System.out.println("stream collect " + Stream.of("x", "y", "z").collect(Collectors.joining("+", "(", ")")) + " StringJoiner empty value " + new StringJoiner(",", "[", "]").setEmptyValue("EMPTY") + " " + new StringJoiner("-").add("a").add("b").length());
    }
}
