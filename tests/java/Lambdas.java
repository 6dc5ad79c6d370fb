// Lambdas and method references (invokedynamic LambdaMetafactory): capturing and
// non-capturing lambdas, the four kinds of method references, java.util.function
// interfaces and their composition, custom functional interfaces, and recursion through
// a field.
import java.util.*;
import java.util.function.*;

public class Lambdas {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }

    interface IntOp { int op(int a, int b); }

    static int counter;
    static Function<Integer, Long> factorial;

    final String name;
    Lambdas(String name) { this.name = name; }
    String greet(String other) { return name + " greets " + other; }
    static int twice(int x) { return 2 * x; }

    public static void main(String[] args) {
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        int base = 10;
        IntOp add = (a, b) -> a + b + base;
        IntOp mul = (a, b) -> a * b;
        IntOp max = Math::max;
        System.out.println(add.op(1, 2) + " " + mul.op(3, 4) + " " + max.op(-1, 5));
        Function<Integer, Integer> inc = x -> x + 1;
        Function<Integer, Integer> dbl = Lambdas::twice;
        System.out.println("compose " + inc.compose(dbl).apply(5) + " andThen " + inc.andThen(dbl).apply(5) + " identity " + Function.<String>identity().apply("id"));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> list = sup.get();
        list.add("x");
        Function<String, Integer> len = String::length;
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        Lambdas bob = new Lambdas("bob");
        Function<String, String> bound = bob::greet;
        Function<String, Lambdas> ctor = Lambdas::new;
        BiFunction<Lambdas, String, String> unbound = Lambdas::greet;
        System.out.println(list + " " + len.apply("four") + " " + eq.apply("A", "a") + " " + bound.apply("ann") + " " + unbound.apply(ctor.apply("cat"), "dog"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        for (String s : new String[] {"", "ab", "abcd"}) System.out.print(empty.negate().and(longish.negate()).test(s) + " " + empty.or(longish).test(s) + " | ");
        System.out.println(Predicate.not(empty).test("z") + " " + Predicate.isEqual("q").test("q"));
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Comparator.naturalOrder());
        IntBinaryOperator ibo = (a, b) -> a % b;
        IntUnaryOperator neg = a -> -a;
        ToIntFunction<String> hash = String::hashCode;
        IntFunction<String[]> arr = String[]::new;
        IntPredicate even = i -> (i & 1) == 0;
        LongSupplier ls = () -> 1L << 40;
        DoubleUnaryOperator half = v -> v / 2;
        BooleanSupplier bs = () -> true;
        System.out.println(up.apply("up") + " " + minBy.apply(3, 2) + " " + ibo.applyAsInt(17, 5) + " " + neg.andThen(neg).applyAsInt(4) + " " + hash.applyAsInt("hi") + " " + arr.apply(3).length + " " + even.test(4) + " " + ls.getAsLong() + " " + half.applyAsDouble(3) + " " + bs.getAsBoolean());
        Consumer<StringBuilder> c1 = sb -> sb.append("one");
        Consumer<StringBuilder> c2 = sb -> sb.append("+two");
        StringBuilder sb = new StringBuilder();
        c1.andThen(c2).accept(sb);
        BiConsumer<String, Integer> printer = (k, v) -> System.out.print(k + "=" + v + ";");
        new TreeMap<>(Map.of("b", 2, "a", 1)).forEach(printer);
        System.out.println(" " + sb);
        TriFunction<Integer, Integer, Integer, Integer> tri = (a, b, c) -> a * 100 + b * 10 + c;
        System.out.println("tri " + tri.apply(1, 2, 3));
        factorial = n -> n <= 1 ? 1L : n * factorial.apply(n - 1);
        System.out.println("20! = " + factorial.apply(20));
        List<Supplier<Integer>> sups = new ArrayList<>();
        for (int i = 0; i < 4; i++) { int k = i; sups.add(() -> k * k); }
        for (Supplier<Integer> s : sups) System.out.print(s.get() + " ");
        System.out.println();
        Runnable incr = () -> counter++;
        for (int i = 0; i < 5; i++) incr.run();
        System.out.println("counter " + counter);
        Comparator<String> cmp = Comparator.comparing(String::length);
        cmp = cmp.thenComparing(Function.identity(), Comparator.reverseOrder());
        List<String> ws = new ArrayList<>(List.of("bb", "a", "ccc", "aa", "c", "b"));
        ws.sort(cmp);
        System.out.println(ws);
        Optional<String> opt = Optional.of("value");
        opt.ifPresent(v -> System.out.println("present " + v));
        System.out.println(opt.map(String::length).orElseGet(() -> -1) + " " + Optional.empty().or(() -> Optional.of("alt")).get());
        Callable0 thrower = () -> { throw new IllegalStateException("from lambda"); };
        try {
            thrower.call();
        } catch (Exception e) {
            System.out.println("lambda threw " + e);
        }
        Object fi = (Runnable & java.io.Serializable) () -> {};
        System.out.println("intersection cast implements Serializable " + (fi instanceof java.io.Serializable) + ", is a Runnable " + (fi instanceof Runnable));
        System.out.println("lambda class is synthetic/hidden " + r.getClass().isSynthetic() + " " + r.getClass().isHidden());
    }

    interface Callable0 { Object call() throws Exception; }
}
