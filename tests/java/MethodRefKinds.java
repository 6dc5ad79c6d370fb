// Method references of every kind: static (Integer::parseInt), bound (str::concat,
// this::m, super::m), unbound (String::length, with a receiver-first BiFunction),
// constructor (ArrayList::new with and without arguments, a generic class constructor),
// array constructor (int[]::new, String[][]::new), varargs targets, references to
// overloaded methods picked by the target type, interface default/static methods, and
// a bound reference whose receiver is evaluated (and null-checked) once at capture time.
import java.util.*;
import java.util.function.*;

public class MethodRefKinds {
    static class Base {
        String who() { return "Base.who"; }
    }

    static class Derived extends Base {
        final String tag;
        Derived(String tag) { this.tag = tag; }
        Derived() { this("default"); }
        @Override String who() { return "Derived.who(" + tag + ")"; }
        Supplier<String> superRef() { return super::who; }
        Supplier<String> thisRef() { return this::who; }
    }

    record Box<T>(T value) {}

    interface Shape {
        double area();
        default String describe() { return getClass().getSimpleName() + " area " + area(); }
        static Shape square(double s) { return () -> s * s; }
    }

    static String join(String... parts) { return String.join("+", parts); }
    static String over(Object o) { return "Object:" + o; }
    static String over(Integer i) { return "Integer:" + i; }
    static int calls;
    static String receiver() { calls++; return "recv"; }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> len = String::length;
        BiFunction<String, String, Boolean> starts = String::startsWith;
        String hello = "hello";
        Function<String, String> concat = hello::concat;
        System.out.println(parse.apply("123") + 1 + " " + len.applyAsInt("four") + " " + starts.apply("prefix", "pre") + " " + concat.apply(" world"));
        BinaryOperator<Integer> max = Math::max;
        Comparator<String> cmp = String::compareToIgnoreCase;
        System.out.println(max.apply(3, 9) + " " + cmp.compare("ABC", "abd") + " " + ((IntBinaryOperator) Integer::compare).applyAsInt(5, 2));
        Supplier<List<String>> mk = ArrayList::new;
        IntFunction<List<String>> mkCap = ArrayList::new;
        Function<Collection<String>, List<String>> mkCopy = ArrayList::new;
        List<String> l = mk.get(); l.add("x");
        System.out.println(l + " " + mkCap.apply(100).size() + " " + mkCopy.apply(Set.of("only")));
        Function<String, Derived> dnew = Derived::new;
        Supplier<Derived> dnew0 = Derived::new;
        Function<Integer, Box<Integer>> boxNew = Box::new;
        System.out.println(dnew.apply("t1").tag + " " + dnew0.get().tag + " " + boxNew.apply(7));
        IntFunction<int[]> intArr = int[]::new;
        IntFunction<String[][]> strArr = String[][]::new;
        int[] made = intArr.apply(4);
        String[][] grid = strArr.apply(2);
        System.out.println(made.length + " " + made.getClass().getSimpleName() + " " + grid.length + " " + grid.getClass().getName() + " " + Arrays.toString(grid));
        String[] fromStream = List.of("p", "q").stream().toArray(String[]::new);
        System.out.println(Arrays.toString(fromStream));
        Derived d = new Derived("obj");
        System.out.println(d.superRef().get() + " " + d.thisRef().get());
        Function<Base, String> unboundVirtual = Base::who;
        System.out.println(unboundVirtual.apply(new Base()) + " " + unboundVirtual.apply(d));
        Function<String[], String> varargsAsArray = MethodRefKinds::join;
        BiFunction<String, String, String> varargsSpread = MethodRefKinds::join;
        Supplier<String> varargsNone = MethodRefKinds::join;
        System.out.println(varargsAsArray.apply(new String[] {"a", "b", "c"}) + " " + varargsSpread.apply("x", "y") + " [" + varargsNone.get() + "]");
        Function<Integer, String> o1 = MethodRefKinds::over;
        Function<String, String> o2 = MethodRefKinds::over;
        System.out.println(o1.apply(5) + " " + o2.apply("s"));
        Shape sq = Shape.square(3);
        Supplier<String> desc = sq::describe;
        DoubleSupplier area = sq::area;
        System.out.println(desc.get().replaceAll("\\$\\$Lambda.*? ", "Lambda ") + " " + area.getAsDouble());
        Supplier<Integer> boundLen = receiver()::length;
        System.out.println("calls after capture " + calls + " results " + boundLen.get() + boundLen.get() + " calls " + calls);
        String nothing = null;
        try {
            Supplier<Integer> bad = nothing::length;
            System.out.println("captured null?");
        } catch (NullPointerException e) {
            System.out.println("bound ref on null receiver: NPE at capture");
        }
        Function<Integer, Integer> id = Function.identity();
        UnaryOperator<String> upper = String::toUpperCase;
        System.out.println(id.apply(42) + " " + upper.andThen(s -> s + "!").apply("hey"));
        Consumer<Object> printer = System.out::println;
        printer.accept("printed via System.out::println");
        Runnable r = Thread::yield;
        r.run();
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.negate().test("") + " " + Predicate.not(String::isBlank).test("  "));
    }
}
