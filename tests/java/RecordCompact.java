// Records with compact canonical constructors (validation with exception messages,
// normalization of parameters before the implicit field assignment, defensive copies),
// explicit canonical constructors, extra constructors delegating to the canonical one,
// static factories and fields, overridden accessors, custom equals of array components
// (default equals compares arrays by reference), toString of nested and null components,
// and equals/hashCode for float/double components (NaN, -0.0).
import java.util.*;

public class RecordCompact {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException(String.format("(%d,%d)", lo, hi));
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
        static Range EMPTY = new Range(0, 0);
    }

    record Name(String first, String last) {
        Name {
            Objects.requireNonNull(first, "first");
            first = first.strip();
            last = last == null ? "" : last.strip().toUpperCase();
        }
        @Override public String last() { return last.isEmpty() ? "?" : last; }
    }

    record Tags(List<String> tags) {
        Tags { tags = List.copyOf(tags); }
    }

    record Raw(int[] data) {}

    record Sized(int[] data) {
        @Override public boolean equals(Object o) { return o instanceof Sized s && Arrays.equals(data, s.data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public String toString() { return "Sized" + Arrays.toString(data); }
    }

    record Explicit(String a, int b) {
        Explicit(String a, int b) {
            this.a = a + "!";
            this.b = b * 2;
        }
    }

    record Floats(double d, float f) {}
    record Pair(Object left, Object right) {}

    public static void main(String[] args) {
        Range r = new Range(3, 9);
        System.out.println(r + " length " + r.length() + " single " + new Range(5) + " EMPTY " + Range.EMPTY);
        try { new Range(9, 3); } catch (IllegalArgumentException e) { System.out.println("compact validation: " + e.getMessage()); }
        Name n = new Name("  Ada ", " lovelace ");
        System.out.println(n + " last() " + n.last() + " first() [" + n.first() + "]");
        Name noLast = new Name("Plato", null);
        System.out.println(noLast + " accessor " + noLast.last() + " equals " + noLast.equals(new Name("Plato ", "  ")));
        try { new Name(null, "x"); } catch (NullPointerException e) { System.out.println("requireNonNull: " + e.getMessage()); }
        List<String> src = new ArrayList<>(List.of("a", "b"));
        Tags t = new Tags(src);
        src.add("c");
        System.out.println("defensive copy " + t + " immutable " + tryAdd(t.tags()));
        int[] arr = {1, 2};
        System.out.println("Raw same array " + new Raw(arr).equals(new Raw(arr)) + ", equal contents " + new Raw(arr).equals(new Raw(new int[] {1, 2})));
        System.out.println("Sized " + new Sized(arr).equals(new Sized(new int[] {1, 2})) + " " + (new Sized(arr).hashCode() == new Sized(new int[] {1, 2}).hashCode()) + " " + new Sized(arr));
        System.out.println("explicit canonical " + new Explicit("x", 21));
        Floats nan1 = new Floats(Double.NaN, Float.NaN), nan2 = new Floats(0.0 / 0.0, 0f / 0f);
        System.out.println("NaN equal " + nan1.equals(nan2) + " hash " + (nan1.hashCode() == nan2.hashCode()) + " zero vs -zero " + new Floats(0.0, 0f).equals(new Floats(-0.0, 0f)) + " " + nan1);
        System.out.println("hash " + new Floats(1.5, 2.5f).hashCode() + " " + new Range(1, 2).hashCode() + " " + new Name("a", "b").hashCode() + " " + new Pair(null, null).hashCode());
        Pair p = new Pair(new Pair(1, "one"), null);
        System.out.println(p + " equals " + p.equals(new Pair(new Pair(1, "one"), null)) + " " + p.equals(null));
        Set<Range> set = new HashSet<>(List.of(new Range(1, 2), new Range(1, 2), new Range(2, 3)));
        System.out.println("set size " + set.size() + " contains " + set.contains(new Range(2, 3)));
        record Local(String k, long v) implements Comparable<Local> {
            public int compareTo(Local o) { return Long.compare(v, o.v); }
        }
        List<Local> ls = new ArrayList<>(List.of(new Local("c", 30), new Local("a", 10), new Local("b", 20)));
        Collections.sort(ls);
        System.out.println("local record sorted " + ls);
    }

    static String tryAdd(List<String> l) {
        try { l.add("z"); return "no"; } catch (UnsupportedOperationException e) { return "yes"; }
    }
}
