// Character and Unicode data (printed as ASCII): getType categories, getName of code
// points (read from the JDK's uniName.dat), UnicodeBlock.of and UnicodeScript.of,
// isJavaIdentifierStart/Part, isIdeographic, isMirrored, getNumericValue (Roman numerals,
// fractions -> -2), digit in radix 36, forDigit, toChars/highSurrogate/lowSurrogate,
// isValidCodePoint/isBmpCodePoint/isSupplementaryCodePoint, toUpperCase of code points
// with no case, title case, reverseBytes, getDirectionality, and Character.codePointOf.
import java.util.*;

public class CharacterUnicode {
    public static void main(String[] args) {
        int[] cps = {'A', 'z', '5', ' ', '\t', '_', '$', 0x00e9, 0x00df, 0x0391, 0x0416, 0x05d0, 0x0660, 0x0967, 0x2163, 0x00bd, 0x4e2d, 0x1F600, 0x10400, 0xFEFF, 0x200B, 0xD800, 0x01C5};
        for (int cp : cps) {
            String name = Character.getName(cp);
            System.out.println(String.format("U+%04X", cp) + " type " + Character.getType(cp) + " name " + name + " block " + Character.UnicodeBlock.of(cp) + " script " + Character.UnicodeScript.of(cp)
                + " letter " + Character.isLetter(cp) + " digit " + Character.isDigit(cp) + " upper " + Character.isUpperCase(cp) + " title " + Character.isTitleCase(cp)
                + " jstart " + Character.isJavaIdentifierStart(cp) + " jpart " + Character.isJavaIdentifierPart(cp) + " ws " + Character.isWhitespace(cp) + " space " + Character.isSpaceChar(cp)
                + " numeric " + Character.getNumericValue(cp) + " dir " + Character.getDirectionality(cp) + " mirrored " + Character.isMirrored(cp) + " ideo " + Character.isIdeographic(cp)
                + " alpha " + Character.isAlphabetic(cp) + " defined " + Character.isDefined(cp) + " ignorable " + Character.isIdentifierIgnorable(cp));
        }
        System.out.println("case: upper(U+00E9) " + Integer.toHexString(Character.toUpperCase(0xe9)) + " upper(U+00DF) " + Integer.toHexString(Character.toUpperCase(0xdf)) + " title(U+01C6) " + Integer.toHexString(Character.toTitleCase(0x1c6))
            + " lower(U+10400) " + Integer.toHexString(Character.toLowerCase(0x10400)) + " upper('5') " + (char) Character.toUpperCase('5') + " String upper of sharp s " + "\u00df".toUpperCase(Locale.ROOT) + " lower of I-dot " + "\u0130".toLowerCase(Locale.ROOT).length());
        StringBuilder d = new StringBuilder();
        for (char c : "09azAZ!".toCharArray()) d.append(Character.digit(c, 36)).append(' ');
        System.out.println("digit radix 36 " + d + "| radix 10 of 'a' " + Character.digit('a', 10) + " arabic-indic digit " + Character.digit(0x0663, 10) + " forDigit " + Character.forDigit(11, 16) + Character.forDigit(35, 36) + Character.forDigit(5, 2) + "|");
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " high " + Integer.toHexString(Character.highSurrogate(0x1F600)) + " low " + Integer.toHexString(Character.lowSurrogate(0x1F600))
            + " toCodePoint " + Integer.toHexString(Character.toCodePoint(pair[0], pair[1])) + " isSurrogatePair " + Character.isSurrogatePair(pair[0], pair[1]) + " charCount " + Character.charCount(0x1F600) + Character.charCount('a'));
        System.out.println("valid " + Character.isValidCodePoint(0x10FFFF) + Character.isValidCodePoint(0x110000) + Character.isValidCodePoint(-1) + " bmp " + Character.isBmpCodePoint(0xFFFF) + Character.isBmpCodePoint(0x10000)
            + " supplementary " + Character.isSupplementaryCodePoint(0x10000) + " MIN/MAX " + Integer.toHexString(Character.MIN_SUPPLEMENTARY_CODE_POINT) + " " + Integer.toHexString(Character.MAX_CODE_POINT));
        try { Character.toChars(0x110000); } catch (IllegalArgumentException e) { System.out.println("toChars invalid: " + e.getMessage()); }
        try { Character.getName(-5); } catch (IllegalArgumentException e) { System.out.println("getName invalid: " + e.getMessage()); }
        System.out.println("codePointOf " + Integer.toHexString(Character.codePointOf("GREEK SMALL LETTER ALPHA")) + " " + Integer.toHexString(Character.codePointOf("latin capital letter a")) + " unassigned name " + Character.getName(0x0378));
        try { Character.codePointOf("NO SUCH CHARACTER NAME"); } catch (IllegalArgumentException e) { System.out.println("codePointOf unknown: " + e.getMessage()); }
        System.out.println("reverseBytes " + Integer.toHexString(Character.reverseBytes('\u1234')) + " compare " + Character.compare('a', 'b') + " hashCode " + Character.hashCode('A') + " valueOf cache " + (Character.valueOf('x') == Character.valueOf('x')) + " " + (Character.valueOf('\u0200') == Character.valueOf('\u0200')));
        System.out.println("UnicodeBlock.forName " + Character.UnicodeBlock.forName("Basic Latin") + " " + Character.UnicodeBlock.forName("CJK_UNIFIED_IDEOGRAPHS") + " script forName " + Character.UnicodeScript.forName("greek"));
        try { Character.UnicodeBlock.forName("Nope Block"); } catch (IllegalArgumentException e) { System.out.println("forName unknown: " + e.getMessage()); }
        int letters = 0, digits = 0, upper = 0;
        for (int cp = 0; cp <= 0x2FFFF; cp++) { if (Character.isLetter(cp)) letters++; if (Character.isDigit(cp)) digits++; if (Character.isUpperCase(cp)) upper++; }
        System.out.println("counts below U+30000: letters " + letters + " digits " + digits + " upper " + upper);
    }
}
