// java.lang.Character: classification, case mapping, digits, code points, surrogates,
// Character cache and names of general categories.
public class CharacterMethods {
    public static void main(String[] args) {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '\n', '_', '$', '!', '\u00e9', '\u00df', '\u0660', '\u2003', '\u03a9', '\u4e2d', '\u0000'};
        for (char c : cs) {
            System.out.println((int) c + ": letter=" + Character.isLetter(c) + " digit=" + Character.isDigit(c) + " letterOrDigit=" + Character.isLetterOrDigit(c)
                + " alpha=" + Character.isAlphabetic(c) + " upper=" + Character.isUpperCase(c) + " lower=" + Character.isLowerCase(c)
                + " ws=" + Character.isWhitespace(c) + " space=" + Character.isSpaceChar(c) + " jstart=" + Character.isJavaIdentifierStart(c)
                + " jpart=" + Character.isJavaIdentifierPart(c) + " type=" + Character.getType(c) + " toUpper=" + (int) Character.toUpperCase(c)
                + " toLower=" + (int) Character.toLowerCase(c) + " numeric=" + Character.getNumericValue(c) + " iso=" + Character.isISOControl(c));
        }
        System.out.println(Character.toChars(0x1F600).length + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.charCount(0x1F600) + " " + Character.isValidCodePoint(0x110000));
        char[] pair = Character.toChars(0x1F600);
        System.out.println(Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " high=" + Character.isHighSurrogate(pair[0]) + " low=" + Character.isLowSurrogate(pair[1]) + " cp=" + Integer.toHexString(Character.toCodePoint(pair[0], pair[1])));
        System.out.println("digit: " + Character.digit('7', 10) + " " + Character.digit('z', 36) + " " + Character.digit('g', 16) + " " + Character.forDigit(35, 36));
        System.out.println("compare: " + Character.compare('a', 'b') + " " + Character.valueOf('x').compareTo('a') + " " + (int) Character.reverseBytes('\u1234'));
        Character c1 = 'x', c2 = 'x', c3 = '\u0200', c4 = '\u0200';
        System.out.println("cache: " + (c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
        System.out.println("toString: " + Character.toString('q') + Character.toString(0x1F600).length() + " name: " + Character.getName('A') + " / " + Character.getName(0x1F600));
        System.out.println("titlecase: " + (int) Character.toTitleCase('\u01c6') + " mirrored: " + Character.isMirrored('(') + " defined: " + Character.isDefined(0x0378));
        System.out.println("block: " + Character.UnicodeBlock.of('\u4e2d') + " script: " + Character.UnicodeScript.of('\u03a9'));
        int letters = 0, digits = 0, others = 0;
        for (char c : "Hello, World 2024! \u00f1".toCharArray()) {
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
            else others++;
        }
        System.out.println(letters + " letters, " + digits + " digits, " + others + " others");
        StringBuilder caesar = new StringBuilder();
        for (char c : "Attack at Dawn".toCharArray()) {
            if (Character.isUpperCase(c)) caesar.append((char) ('A' + (c - 'A' + 3) % 26));
            else if (Character.isLowerCase(c)) caesar.append((char) ('a' + (c - 'a' + 3) % 26));
            else caesar.append(c);
        }
        System.out.println(caesar);
    }
}
