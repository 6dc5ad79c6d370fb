// instanceof pattern matching (with && scoping and negation), switch expressions over
// ints/strings/enums, var, labeled break and continue, nested ternary chains.
import java.util.*;

public class PatternMatching {
    sealed interface Shape permits Circle, Rect, Tri {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {}
    static final class Tri implements Shape {
        final double b, h;
        Tri(double b, double h) { this.b = b; this.h = h; }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) return 3 * c.r() * c.r();
        if (s instanceof Rect r && r.w() == r.h()) return r.w() * r.w();
        if (s instanceof Rect r) return r.w() * r.h();
        if (!(s instanceof Tri t)) throw new AssertionError();
        return t.b * t.h / 2;
    }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        else if (o instanceof Integer i) return "int " + i;
        else if (o instanceof String s && !s.isEmpty()) return "string of " + s.length();
        else if (o instanceof int[] arr) return "int array of " + arr.length;
        else if (o instanceof List<?> l) return "list " + l.size();
        return "other " + o;
    }

    static String sign(int n) {
        return n > 0 ? "positive" : n < 0 ? "negative" : "zero";
    }

    static String grade(int score) {
        return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
    }

    static int daysIn(int month, boolean leap) {
        return switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> leap ? 29 : 28;
            default -> {
                if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
                yield 31;
            }
        };
    }

    public static void main(String[] args) {
        for (Shape s : List.of(new Circle(1), new Rect(2, 2), new Rect(2, 3), new Tri(4, 5))) System.out.println(s.getClass().getSimpleName() + " " + area(s));
        for (Object o : new Object[] {5, 50, "", "hey", new int[3], List.of(1, 2), 2.5, null}) System.out.println(describe(o));
        for (int n : new int[] {-3, 0, 8}) System.out.print(sign(n) + " ");
        System.out.println();
        for (int sc : new int[] {95, 85, 75, 65, 10}) System.out.print(grade(sc));
        System.out.println();
        int total = 0;
        for (int m = 1; m <= 12; m++) total += daysIn(m, false);
        System.out.println("days " + total + " leap feb " + daysIn(2, true));
        try {
            daysIn(13, false);
        } catch (IllegalArgumentException e) {
            System.out.println("bad " + e.getMessage());
        }
        var list = new ArrayList<Map<String, Integer>>();
        var map = new TreeMap<String, Integer>();
        map.put("k", 1);
        list.add(map);
        for (var m : list) for (var e : m.entrySet()) System.out.println("var entry " + e.getKey() + "=" + e.getValue());
        var lambdaLike = (Comparator<String>) (var a, var b) -> b.compareTo(a);
        var words = new ArrayList<>(List.of("b", "c", "a"));
        words.sort(lambdaLike);
        System.out.println(words);
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        {
            int[][] grid = {{1, 2}, {3, 42}, {5, 6}};
            for (int[] row : grid) for (int v : row) if (v == 42) { found = v; break search; }
            found = -2;
        }
        System.out.println("found " + found);
        int n = 0;
        loop:
        while (true) {
            n++;
            switch (n % 4) {
                case 0: continue loop;
                case 3: if (n > 10) break loop;
                default: System.out.print(n + ",");
            }
        }
        System.out.println(" end at " + n);
        int k = 10;
        do { k -= 3; } while (k > 0);
        System.out.println("do-while " + k);
        Object obj = "text";
        String r = obj instanceof String s ? s.toUpperCase() : obj instanceof Integer i ? "int" + i : "?";
        System.out.println(r);
    }
}
