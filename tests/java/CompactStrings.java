// Strings of both internal coders (Latin-1 and UTF-16, java.lang.String.COMPACT_STRINGS set
// by the VM): equality, compareTo, indexOf, concat and StringBuilder inflation when a
// non-Latin-1 char arrives, regionMatches, hashing, and case mapping across coders.
// Output is ASCII: non-ASCII characters are printed as \\uXXXX.
public class CompactStrings {
    static String esc(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String latin = "caf\u00e9 na\u00efve";          // Latin-1 (chars < 256)
        String utf16 = "caf\u00e9 \u0394\u03b5\u03bb\u03c4\u03b1";   // needs UTF-16
        String ascii = "cafe";
        System.out.println(esc(latin) + " len " + latin.length() + " | " + esc(utf16) + " len " + utf16.length());
        System.out.println("compareTo " + latin.compareTo(utf16) + " " + utf16.compareTo(latin) + " " + ascii.compareTo(latin) + " equals " + latin.substring(0, 4).equals(utf16.substring(0, 4)));
        System.out.println("indexOf " + utf16.indexOf('\u00e9') + " " + utf16.indexOf("\u03bb\u03c4") + " " + latin.indexOf('\u03bb') + " " + utf16.indexOf("caf") + " " + latin.lastIndexOf('a'));
        String mixed = latin + utf16;
        System.out.println("concat " + esc(mixed) + " hash " + mixed.hashCode() + " " + latin.hashCode() + " " + utf16.hashCode());
        StringBuilder sb = new StringBuilder("plain ascii");
        sb.append(' ').append('\u20ac').append(" then latin \u00ff");
        sb.insert(0, '\u4e2d');
        sb.setCharAt(1, 'P');
        System.out.println("builder " + esc(sb) + " len " + sb.length() + " reverse " + esc(new StringBuilder(sb).reverse()));
        sb.deleteCharAt(0);
        String back = sb.toString();
        System.out.println("after delete " + esc(back) + " equals latin-only copy " + back.equals(new String(back.toCharArray())));
        System.out.println("upper " + esc(latin.toUpperCase(java.util.Locale.ROOT)) + " " + esc(utf16.toUpperCase(java.util.Locale.ROOT)) + " lower " + esc("\u0130".toLowerCase(java.util.Locale.ROOT)) + " " + "\u00df".toUpperCase(java.util.Locale.ROOT));
        System.out.println("regionMatches " + utf16.regionMatches(0, latin, 0, 5) + " ignoreCase " + "CAF\u00c9".equalsIgnoreCase("caf\u00e9") + " " + "\u0394".equalsIgnoreCase("\u03b4"));
        System.out.println("contentEquals " + latin.contentEquals(new StringBuilder(latin)) + " startsWith " + mixed.startsWith(latin) + " endsWith " + mixed.endsWith(utf16) + " replace " + esc(utf16.replace('\u00e9', 'e')));
        System.out.println("chars sum " + utf16.chars().sum() + " codePoints " + "a\uD834\uDD1Eb".codePoints().count() + " bytes UTF-8 " + utf16.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " ISO-8859-1 " + latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1).length
            + " UTF-16 " + ascii.getBytes(java.nio.charset.StandardCharsets.UTF_16).length);
        System.out.println("unmappable to ISO-8859-1 becomes '?' " + new String(utf16.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.ISO_8859_1).replace('\u00e9', 'E'));
        System.out.println("String.valueOf(char) " + esc(String.valueOf('\u0100')) + " " + String.valueOf('\u00ff').length() + " join " + esc(String.join("|", latin, utf16, ascii)) + " repeat " + esc("\u03a9".repeat(3)));
        System.out.println("intern across coders " + (new String("caf\u00e9") .intern() == "caf\u00e9") + " strip " + esc("\u2002x\u2002".strip()) + " split " + java.util.Arrays.toString(esc(utf16).split(" ")));
    }
}
