// Generic, nested and interface-implementing records: a generic Pair<A, B> with a generic
// static factory and map methods, a recursive sealed expression tree of records evaluated
// by switch/instanceof, records implementing Comparable and functional interfaces,
// records as map keys, static nested records in an interface, a record with a varargs
// component, and records inside lambdas and local scopes.
import java.util.*;
import java.util.function.*;

public class RecordGenericNested {
    record Pair<A, B>(A first, B second) {
        static <X> Pair<X, X> twin(X x) { return new Pair<>(x, x); }
        <C> Pair<C, B> mapFirst(Function<? super A, ? extends C> f) { return new Pair<>(f.apply(first), second); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
    }

    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr inner) implements Expr {}

    static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Mul m) return eval(m.left()) * eval(m.right());
        if (e instanceof Neg ng) return -eval(ng.inner());
        throw new AssertionError();
    }

    static String show(Expr e) {
        return switch (e.getClass().getSimpleName()) {
            case "Num" -> Integer.toString(((Num) e).value());
            case "Add" -> "(" + show(((Add) e).left()) + " + " + show(((Add) e).right()) + ")";
            case "Mul" -> show(((Mul) e).left()) + " * " + show(((Mul) e).right());
            default -> "-" + show(((Neg) e).inner());
        };
    }

    interface Shape {
        double area();
        record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
        record Rect(double w, double h) implements Shape { public double area() { return w * h; } }
    }

    record Version(int major, int minor, int patch) implements Comparable<Version> {
        static Version parse(String s) {
            String[] p = s.split("\\.");
            return new Version(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }
        public int compareTo(Version o) {
            return Comparator.comparingInt(Version::major).thenComparingInt(Version::minor).thenComparingInt(Version::patch).compare(this, o);
        }
    }

    record Adder(int amount) implements IntUnaryOperator {
        public int applyAsInt(int x) { return x + amount; }
    }

    record Args(String name, int... values) {
        int sum() { return Arrays.stream(values).sum(); }
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + p.mapFirst(String::length) + " " + Pair.twin('x') + " " + p.equals(new Pair<>("one", 1)));
        Pair<Pair<Integer, Integer>, List<String>> nested = new Pair<>(new Pair<>(1, 2), List.of("a"));
        System.out.println("nested " + nested + " first.second " + nested.first().second());
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(2))));
        System.out.println(show(e) + " = " + eval(e) + " record " + e);
        System.out.println("equal trees " + e.equals(new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(2))))));
        List<Shape> shapes = List.of(new Shape.Circle(1), new Shape.Rect(2, 3.5));
        for (Shape s : shapes) System.out.printf(Locale.ROOT, "%s %.4f%n", s, s.area());
        List<Version> vs = new ArrayList<>();
        for (String s : "1.10.0 1.2.3 1.2.10 0.9.9 1.2.3".split(" ")) vs.add(Version.parse(s));
        Collections.sort(vs);
        System.out.println("sorted versions " + vs + " distinct " + new TreeSet<>(vs).size());
        Map<Pair<String, String>, Integer> dist = new HashMap<>();
        dist.put(new Pair<>("a", "b"), 5);
        dist.put(new Pair<>("b", "c"), 7);
        System.out.println("record key lookup " + dist.get(new Pair<>("b", "c")) + " missing " + dist.get(new Pair<>("c", "b")));
        IntUnaryOperator add5 = new Adder(5);
        System.out.println("record as functional interface " + add5.andThen(new Adder(100)).applyAsInt(1) + " " + new Adder(5));
        Args a = new Args("nums", 1, 2, 3, 4);
        System.out.println("varargs component sum " + a.sum() + " length " + a.values().length + " equals copy " + a.equals(new Args("nums", 1, 2, 3, 4)));
        Function<Integer, Object> mk = i -> { record Tmp(int i, String s) {} return new Tmp(i, "t" + i); };
        System.out.println("record in lambda " + mk.apply(3) + " class " + mk.apply(4).getClass().getSimpleName() + " isRecord " + mk.apply(5).getClass().isRecord());
        System.out.println("generic erasure same class " + (new Pair<>(1, 2).getClass() == new Pair<>("x", 'y').getClass()));
    }
}
