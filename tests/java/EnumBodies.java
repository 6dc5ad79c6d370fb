// Enums with constant-specific class bodies and abstract methods: getClass() vs
// getDeclaringClass() (the body is an anonymous subclass named
// EnumBodies$Op$1), isEnum/isAnonymousClass of the body class, constructors with fields,
// static lookup maps built in a static initializer, enums implementing interfaces,
// overriding toString, values() returning a fresh clone each call, and Enum.valueOf on
// the enum class with its error messages.
import java.util.*;
import java.util.function.IntBinaryOperator;

public class EnumBodies {
    enum Op implements IntBinaryOperator {
        ADD("+") { public int applyAsInt(int a, int b) { return a + b; } },
        SUB("-") { public int applyAsInt(int a, int b) { return a - b; } },
        MUL("*") {
            public int applyAsInt(int a, int b) { return a * b; }
            @Override boolean commutative() { return true; }
        },
        DIV("/") {
            public int applyAsInt(int a, int b) { return a / b; }
            @Override public String toString() { return "divide"; }
        };

        final String symbol;
        private static final Map<String, Op> BY_SYMBOL = new HashMap<>();
        static { for (Op o : values()) BY_SYMBOL.put(o.symbol, o); }

        Op(String symbol) { this.symbol = symbol; }
        boolean commutative() { return this == ADD; }
        static Op of(String s) {
            Op o = BY_SYMBOL.get(s);
            if (o == null) throw new IllegalArgumentException("no operator " + s);
            return o;
        }
    }

    enum Level {
        LOW(1), MEDIUM(5), HIGH(10);
        private final int weight;
        Level(int w) { weight = w; }
        Level next() { return values()[(ordinal() + 1) % values().length]; }
    }

    enum Shape {
        CIRCLE { double area(double s) { return Math.PI * s * s; } },
        SQUARE { double area(double s) { return s * s; } };
        abstract double area(double size);
    }

    public static void main(String[] args) {
        for (Op o : Op.values()) {
            System.out.println(o.name() + " " + o + " " + o.symbol + " 12" + o.symbol + "4=" + o.applyAsInt(12, 4) + " commutative " + o.commutative()
                + " class " + o.getClass().getName() + " declaring " + o.getDeclaringClass().getSimpleName() + " isEnum " + o.getClass().isEnum()
                + " anon " + o.getClass().isAnonymousClass() + " super " + o.getClass().getSuperclass().getSimpleName());
        }
        System.out.println("Op.of(*) " + Op.of("*") + " valueOf " + Op.valueOf("DIV") + " Enum.valueOf " + Enum.valueOf(Op.class, "SUB"));
        try { Op.of("%"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Op.valueOf("MOD"); } catch (IllegalArgumentException e) { System.out.println("valueOf: " + e.getMessage()); }
        try { Op.valueOf(null); } catch (NullPointerException e) { System.out.println("valueOf(null): " + e.getMessage()); }
        try { Op.DIV.applyAsInt(1, 0); } catch (ArithmeticException e) { System.out.println("DIV by zero: " + e.getMessage()); }
        System.out.println("values clone distinct " + (Op.values() != Op.values()) + " equal contents " + Arrays.equals(Op.values(), Op.values()));
        Op[] vs = Op.values();
        vs[0] = null;
        System.out.println("mutating the copy leaves values() intact " + Op.values()[0]);
        for (Level l : Level.values()) System.out.print(l + "(" + l.weight + ")->" + l.next() + " ");
        System.out.println();
        System.out.println("Level class isEnum " + Level.class.isEnum() + " final " + java.lang.reflect.Modifier.isFinal(Level.class.getModifiers())
            + " Op final " + java.lang.reflect.Modifier.isFinal(Op.class.getModifiers()) + " Shape abstract " + java.lang.reflect.Modifier.isAbstract(Shape.class.getModifiers()));
        for (Shape s : Shape.values()) System.out.printf(Locale.ROOT, "%s %.5f %s%n", s, s.area(2), s.getClass().getSuperclass() == Shape.class);
        System.out.println("compareTo " + Level.LOW.compareTo(Level.HIGH) + " " + Op.DIV.compareTo(Op.ADD) + " ordinal " + Op.MUL.ordinal() + " equals " + Op.ADD.equals(Op.of("+")));
        System.out.println("getEnumConstants " + Arrays.toString(Op.class.getEnumConstants()) + " body class constants " + Op.ADD.getClass().getEnumConstants());
        System.out.println("describeConstable " + Op.MUL.describeConstable().isPresent() + " Enum generic super " + Op.class.getGenericSuperclass().getTypeName());
        EnumMap<Op, Integer> uses = new EnumMap<>(Op.class);
        for (String sym : "+ * + / - + *".split(" ")) uses.merge(Op.of(sym), 1, Integer::sum);
        System.out.println("usage " + uses);
    }
}
