// switch on strings (hashCode/equals lowering, including colliding hashes "Aa"/"BB"),
// fall-through, default, and switch expressions with yield on strings, ints and chars.
public class StringSwitch {
    static String classic(String s) {
        String r = "";
        switch (s) {
            case "apple":
                r += "fruit ";
            case "carrot":
                r += "food";
                break;
            case "Aa":
                r = "Aa (hash " + s.hashCode() + ")";
                break;
            case "BB":
                r = "BB (hash " + s.hashCode() + ")";
                break;
            case "":
                r = "empty";
                break;
            default:
                r = "unknown " + s;
        }
        return r;
    }

    static int arrow(String s) {
        return switch (s) {
            case "one", "uno", "eins" -> 1;
            case "two", "dos" -> 2;
            case "three" -> {
                int x = 1;
                for (int i = 0; i < 2; i++) x++;
                yield x;
            }
            default -> s.length() * -1;
        };
    }

    static String ints(int n) {
        switch (n) {
            case -1000000: return "very negative";
            case 0: return "zero";
            case 1: case 2: case 3: return "small";
            case 100: return "hundred";
            case Integer.MAX_VALUE: return "max";
            default: return "other";
        }
    }

    static String dense(int n) {
        return switch (n) {
            case 10 -> "ten";
            case 11 -> "eleven";
            case 12 -> "twelve";
            case 13 -> "thirteen";
            case 14 -> "fourteen";
            default -> "?";
        };
    }

    static int chars(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case ' ' -> 0;
            default -> Character.isLetter(c) ? 2 : 3;
        };
    }

    public static void main(String[] args) {
        for (String s : new String[] {"apple", "carrot", "Aa", "BB", "", "pear", "APPLE"}) System.out.println(s + " -> " + classic(s));
        for (String s : new String[] {"uno", "eins", "dos", "three", "seventeen"}) System.out.println(s + " => " + arrow(s));
        for (int n : new int[] {-1000000, 0, 2, 100, Integer.MAX_VALUE, 7, Integer.MIN_VALUE}) System.out.println(n + ": " + ints(n));
        for (int n = 9; n <= 15; n++) System.out.print(dense(n) + " ");
        System.out.println();
        int[] hist = new int[4];
        for (char c : "the quick brown fox, 1 2 3".toCharArray()) hist[chars(c)]++;
        System.out.println("space/vowel/consonant/other = " + hist[0] + "/" + hist[1] + "/" + hist[2] + "/" + hist[3]);
        try {
            String n = null;
            classic(n);
        } catch (NullPointerException e) {
            System.out.println("switch on null string throws NPE");
        }
    }
}
