// Functional interface composition: Function.andThen/compose/identity, BiFunction.andThen,
// Predicate and/or/negate/not/isEqual (with short-circuit evidence), Consumer.andThen,
// UnaryOperator/BinaryOperator.minBy/maxBy, Comparator composition (comparing with key
// comparator, thenComparingInt, reversed, nullsLast), Supplier memoization, primitive
// specializations (IntUnaryOperator.andThen, IntPredicate), and a custom functional
// interface with default combinators.
import java.util.*;
import java.util.function.*;

public class FunctionComposition {
    @FunctionalInterface
    interface Parser<T> {
        Optional<Map.Entry<T, String>> parse(String in);
        default <R> Parser<R> map(Function<? super T, ? extends R> f) {
            return in -> parse(in).map(e -> Map.entry(f.apply(e.getKey()), e.getValue()));
        }
        default Parser<T> or(Parser<T> other) {
            return in -> { var r = parse(in); return r.isPresent() ? r : other.parse(in); };
        }
        static Parser<Character> ch(char c) {
            return in -> !in.isEmpty() && in.charAt(0) == c ? Optional.of(Map.entry(c, in.substring(1))) : Optional.empty();
        }
    }

    static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] cache = {null};
        boolean[] done = {false};
        return () -> { if (!done[0]) { cache[0] = s.get(); done[0] = true; } @SuppressWarnings("unchecked") T t = (T) cache[0]; return t; };
    }

    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2, times3 = x -> x * 3;
        System.out.println(plus2.andThen(times3).apply(1) + " " + plus2.compose(times3).apply(1) + " " + Function.<Integer>identity().andThen(plus2).apply(0));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(rep.andThen(String::length).apply("ab", 4) + " " + rep.andThen(s -> "[" + s + "]").apply("z", 3));
        List<String> log = new ArrayList<>();
        Predicate<Integer> pos = x -> { log.add("pos(" + x + ")"); return x > 0; };
        Predicate<Integer> even = x -> { log.add("even(" + x + ")"); return x % 2 == 0; };
        System.out.println(pos.and(even).test(-4) + " " + pos.or(even).test(3) + " " + pos.negate().test(5) + " " + pos.and(even.negate()).test(7) + " log " + log);
        System.out.println(Predicate.isEqual("x").test("x") + " " + Predicate.isEqual(null).test(null) + " " + Predicate.not(String::isEmpty).test(""));
        StringBuilder sb = new StringBuilder();
        Consumer<String> c1 = s -> sb.append("1:").append(s).append(' ');
        Consumer<String> c2 = s -> sb.append("2:").append(s.length()).append(' ');
        c1.andThen(c2).andThen(c1).accept("abc");
        System.out.println(sb.toString().trim());
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println(shorter.apply("aaa", "bb") + " " + longer.apply("aaa", "bb") + " tie " + shorter.apply("xx", "yy"));
        UnaryOperator<String> trim = String::trim;
        Function<String, String> pipeline = trim.andThen(String::toLowerCase).andThen(s -> s.replace(' ', '_'));
        System.out.println(pipeline.apply("  Hello Big World  "));
        record P(String name, Integer rank, int score) {}
        List<P> ps = new ArrayList<>(List.of(new P("d", 2, 50), new P("a", null, 70), new P("c", 1, 50), new P("b", 2, 90)));
        ps.sort(Comparator.comparing(P::rank, Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(P::score).thenComparing(P::name, Comparator.reverseOrder()));
        System.out.println(ps.stream().map(P::name).toList());
        ps.sort(Comparator.comparingInt(P::score).reversed().thenComparing(P::name));
        System.out.println(ps.stream().map(p -> p.name() + p.score()).toList());
        int[] calls = {0};
        Supplier<String> expensive = memoize(() -> { calls[0]++; return "computed"; });
        System.out.println(expensive.get() + expensive.get() + expensive.get() + " calls " + calls[0]);
        IntUnaryOperator inc = x -> x + 1, sq = x -> x * x;
        IntPredicate small = x -> x < 10;
        System.out.println(inc.andThen(sq).applyAsInt(3) + " " + inc.compose(sq).applyAsInt(3) + " " + small.and(x -> x > 0).test(5) + " " + small.negate().test(5));
        ToIntBiFunction<String, String> cmpLen = (a, b) -> a.length() - b.length();
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        LongFunction<String> hex = Long::toHexString;
        System.out.println(cmpLen.applyAsInt("abc", "a") + " " + hyp.applyAsDouble(3, 4) + " " + hex.apply(255L) + " " + ((ObjDoubleConsumer<String>) (s, d) -> {}).getClass().getInterfaces()[0].getSimpleName());
        Parser<Character> ab = Parser.ch('a').or(Parser.ch('b'));
        Parser<String> abUpper = ab.map(c -> Character.toString(Character.toUpperCase(c)));
        System.out.println(abUpper.parse("bcd") + " " + abUpper.parse("xyz") + " " + ab.parse("a"));
        BiConsumer<List<Integer>, Integer> adder = List::add;
        List<Integer> li = new ArrayList<>();
        adder.andThen((l, x) -> l.add(-x)).accept(li, 8);
        System.out.println(li);
    }
}
