// Switch expressions and statements: arrow and colon forms with yield, multiple labels
// per case, switch on String (including hash collisions "Aa"/"BB" and the empty string),
// on enums (qualified constant use, exhaustive without default), on char/byte/short and
// boxed Integer, fall-through in colon form, nested switch expressions, switch in a
// lambda, and NullPointerException for a null String or enum selector.
import java.util.*;
import java.util.function.*;

public class SwitchYield {
    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER, SATURN, URANUS, NEPTUNE }

    static String classify(Planet p) {
        return switch (p) {
            case MERCURY, VENUS, EARTH, MARS -> "rocky";
            case JUPITER, SATURN -> { String g = "gas"; yield g + " giant"; }
            case URANUS, NEPTUNE -> "ice giant";
        };
    }

    static int days(String month, boolean leap) {
        return switch (month) {
            case "feb": yield leap ? 29 : 28;
            case "apr", "jun", "sep", "nov": yield 30;
            default:
                if (month.length() != 3) throw new IllegalArgumentException("bad month " + month);
                yield 31;
        };
    }

    static String collide(String s) {
        switch (s) {
            case "Aa": return "Aa-branch";
            case "BB": return "BB-branch";
            case "": return "empty";
            case "AaAa": case "BBBB": return "four:" + s;
            default: return "other(" + s.hashCode() + ")";
        }
    }

    static String fallThrough(int n) {
        StringBuilder sb = new StringBuilder();
        switch (n) {
            case 1: sb.append("one ");
            case 2: sb.append("two ");
                break;
            case 3: sb.append("three ");
            default: sb.append("default ");
            case 4: sb.append("four ");
        }
        return sb.toString().trim();
    }

    static String chars(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case ' ' -> "space";
            default -> {
                if (Character.isDigit(c)) yield "digit " + (c - '0');
                yield Character.isLetter(c) ? "consonant" : "symbol " + (int) c;
            }
        };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (Planet p : Planet.values()) sb.append(p.name().charAt(0)).append('=').append(classify(p)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(days("feb", true) + " " + days("feb", false) + " " + days("sep", false) + " " + days("jan", false));
        try { days("sept", false); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (String s : List.of("Aa", "BB", "", "AaAa", "BBBB", "AaBB", "C#")) System.out.print(collide(s) + "; ");
        System.out.println();
        for (int i = 0; i <= 5; i++) System.out.print(i + ":[" + fallThrough(i) + "] ");
        System.out.println();
        for (char c : "a7 x!".toCharArray()) System.out.print(chars(c) + ", ");
        System.out.println();
        byte b = -3; short sh = 1000; Integer boxed = 42;
        String bs = switch (b) { case -3 -> "minus three"; case 127 -> "max"; default -> "?"; };
        String ss = switch (sh) { case 1000 -> "thousand"; default -> "?"; };
        String is = switch (boxed) { case 41, 42, 43 -> "around 42"; default -> "far"; };
        System.out.println(bs + " " + ss + " " + is);
        int x = 7, y = -2;
        String quad = switch (Integer.signum(x)) {
            case 1 -> switch (Integer.signum(y)) { case 1 -> "I"; case -1 -> "IV"; default -> "x-axis"; };
            case -1 -> switch (Integer.signum(y)) { case 1 -> "II"; case -1 -> "III"; default -> "x-axis"; };
            default -> "y-axis";
        };
        System.out.println("quadrant " + quad);
        Function<Integer, String> fizz = n -> switch (n % 15) { case 0 -> "FizzBuzz"; case 3, 6, 9, 12 -> "Fizz"; case 5, 10 -> "Buzz"; default -> Integer.toString(n); };
        StringJoiner sj = new StringJoiner(" ");
        for (int i = 1; i <= 15; i++) sj.add(fizz.apply(i));
        System.out.println(sj);
        int big = switch (1 << 20) { case 1 -> 0; case 1 << 20 -> 20; case Integer.MIN_VALUE -> 31; default -> -1; };
        int sparse = 0;
        for (int v : new int[] {-1000000, 0, 17, 99999, Integer.MAX_VALUE}) sparse += switch (v) { case -1000000 -> 1; case 17 -> 10; case Integer.MAX_VALUE -> 100; default -> 1000; };
        System.out.println("big " + big + " sparse " + sparse);
        String nullStr = null;
        try { collide(nullStr); } catch (NullPointerException e) { System.out.println("null string switch: " + e.getMessage()); }
        Planet nullPlanet = null;
        try { classify(nullPlanet); } catch (NullPointerException e) { System.out.println("null enum switch: " + e.getMessage()); }
        Object o = Planet.MARS;
        String viaStatement;
        switch (((Planet) o).ordinal() % 3) {
            case 0 -> viaStatement = "zero";
            case 1 -> { viaStatement = "one"; }
            default -> viaStatement = "two";
        }
        System.out.println("arrow statement " + viaStatement);
    }
}
