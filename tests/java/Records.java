// Records (Java 16): generated accessors, equals/hashCode/toString (via ObjectMethods
// bootstrap, invokedynamic), compact constructors with validation, static factories,
// nested records, records implementing interfaces, and record patterns by instanceof.
import java.util.*;

public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point {
            if (x < -1000 || y < -1000) throw new IllegalArgumentException("out of range: " + x + "," + y);
        }
        Point scale(int k) { return new Point(x * k, y * k); }
        double dist() { return Math.sqrt(x * x + y * y); }
    }

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException(String.format("lo %d > hi %d", lo, hi));
        }
        int length() { return hi - lo; }
    }

    record Person(String name, int age, List<String> tags) implements Comparable<Person> {
        Person(String name) { this(name, 0, List.of()); }
        public int compareTo(Person o) { return Integer.compare(age, o.age); }
        @Override public String name() { return name.toUpperCase(); }
    }

    record Line(Point from, Point to) {}

    record Mixed(boolean z, byte b, short s, char c, long l, float f, double d, String str, int[] arr) {}

    record Empty() {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        Point q = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist() + " scaled " + p.scale(2) + " origin " + Point.ORIGIN);
        System.out.println("equals " + p.equals(q) + " same hash " + (p.hashCode() == q.hashCode()) + " hash " + p.hashCode() + " != other " + p.equals(new Point(4, 3)));
        System.out.println(new Range(2, 9) + " length " + new Range(2, 9).length());
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        Person ann = new Person("ann", 31, List.of("a", "b"));
        Person bob = new Person("bob");
        System.out.println(ann + " name() " + ann.name() + " " + bob + " compare " + ann.compareTo(bob));
        System.out.println("Person hash " + ann.hashCode() + " equals copy " + ann.equals(new Person("ann", 31, List.of("a", "b"))));
        Line line = new Line(p, Point.ORIGIN);
        System.out.println(line + " hash " + line.hashCode());
        Mixed m = new Mixed(true, (byte) -1, (short) 7, 'q', 1L << 40, 1.5f, -0.0, null, null);
        System.out.println(m + " hash " + m.hashCode() + " equals self copy " + m.equals(new Mixed(true, (byte) -1, (short) 7, 'q', 1L << 40, 1.5f, -0.0, null, null)));
        System.out.println("NaN double component equals: " + new Mixed(false, (byte) 0, (short) 0, 'a', 0, Float.NaN, Double.NaN, "s", null).equals(new Mixed(false, (byte) 0, (short) 0, 'a', 0, Float.NaN, Double.NaN, "s", null)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " hash " + new Empty().hashCode());
        Object o = line;
        if (o instanceof Line l && l.from().x() > 0) System.out.println("pattern: from.x = " + l.from().x());
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 5; i++) set.add(new Point(i % 3, 0));
        System.out.println("distinct points " + set.size() + " " + new TreeSet<>(Comparator.comparingInt(Point::x)) {{ addAll(set); }});
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 1), "one-one");
        System.out.println("lookup " + names.get(new Point(1, 1)));
        System.out.println("isRecord " + Point.class.isRecord() + " components " + Arrays.stream(Point.class.getRecordComponents()).map(rc -> rc.getName() + ":" + rc.getType().getSimpleName()).toList()
            + " super " + Point.class.getSuperclass().getName());
        List<Person> people = new ArrayList<>(List.of(new Person("c", 50, List.of()), ann, bob));
        Collections.sort(people);
        System.out.println(people.stream().map(Person::name).toList());
    }
}
