// Enums: values(), valueOf (and its IllegalArgumentException message), ordinal, compareTo,
// switch on enums (statement and expression), constant-specific bodies, fields and
// constructors, EnumMap, EnumSet ranges, enums implementing interfaces.
import java.util.*;

public class Enums {
    enum Color { RED, GREEN, BLUE }

    interface Op { int apply(int a, int b); }

    enum Operation implements Op {
        PLUS("+") { public int apply(int a, int b) { return a + b; } },
        MINUS("-") { public int apply(int a, int b) { return a - b; } },
        TIMES("*") { public int apply(int a, int b) { return a * b; } },
        DIVIDE("/") {
            public int apply(int a, int b) { return a / b; }
            @Override public String toString() { return "DIVIDE(careful)"; }
        };

        final String symbol;
        Operation(String s) { symbol = s; }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN;
        boolean weekend() { return this == SAT || this == SUN; }
        static { System.out.println("Day initialized with " + values().length + " values"); }
    }

    static String classic(Color c) {
        switch (c) {
            case RED: return "stop";
            case GREEN: return "go";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " ordinal " + c.ordinal() + " name " + c.name() + " " + classic(c) + " cmp BLUE " + c.compareTo(Color.BLUE));
        System.out.println(Color.valueOf("GREEN") + " " + Enum.valueOf(Color.class, "BLUE") + " same " + (Color.valueOf("RED") == Color.RED));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf: " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        for (Operation op : Operation.values()) {
            System.out.println(op + " " + op.symbol + " " + op.apply(12, 4) + " class " + op.getDeclaringClass().getSimpleName() + " body class differs " + (op.getClass() != Operation.class));
        }
        for (Planet p : Planet.values()) System.out.printf(Locale.ROOT, "%s %.2f%n", p, p.gravity());
        System.out.println("before Day use");
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        System.out.println(hours + " first " + hours.keySet().iterator().next() + " contains SUN " + hours.containsKey(Day.SUN));
        EnumSet<Day> weekend = EnumSet.noneOf(Day.class);
        for (Day d : Day.values()) if (d.weekend()) weekend.add(d);
        System.out.println(weekend + " complement " + EnumSet.complementOf(weekend) + " range " + EnumSet.range(Day.TUE, Day.THU) + " all " + EnumSet.allOf(Color.class));
        for (Day d : Day.values()) {
            String kind = switch (d) {
                case SAT, SUN -> "rest";
                case FRI -> "almost";
                default -> {
                    String s = d.name().toLowerCase();
                    yield "work(" + s + ")";
                }
            };
            System.out.print(kind + " ");
        }
        System.out.println();
        Map<Color, Long> counts = new TreeMap<>();
        for (String s : "RED BLUE RED GREEN RED BLUE".split(" ")) counts.merge(Color.valueOf(s), 1L, Long::sum);
        System.out.println(counts);
        System.out.println("hashCode is identity (not printed); equals " + Color.RED.equals(Color.RED) + " describeConstable " + Color.RED.describeConstable().isPresent());
        List<Day> sorted = new ArrayList<>(List.of(Day.SUN, Day.MON, Day.FRI));
        Collections.sort(sorted);
        System.out.println(sorted + " " + Day.valueOf("WED").ordinal());
    }
}
