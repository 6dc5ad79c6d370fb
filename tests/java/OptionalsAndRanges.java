// Optional, OptionalInt/Long/Double and primitive streams: map/flatMap/filter/or/ifPresentOrElse,
// orElseThrow messages ("No value present"), Optional.of(null) NPE, equals/toString, and
// IntStream/LongStream/DoubleStream ranges, boxed, mapToObj, asLongStream, summaryStatistics,
// average of an empty stream, chars/codePoints, and Collectors on primitive streams.
import java.util.*;
import java.util.stream.*;

public class OptionalsAndRanges {
    static Optional<Integer> parse(String s) {
        try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value"), none = Optional.empty();
        System.out.println(some + " " + none + " " + Optional.ofNullable(null) + " " + some.isPresent() + none.isEmpty());
        System.out.println(some.map(String::length).orElse(-1) + " " + none.map(String::length).orElse(-1) + " " + some.filter(s -> s.startsWith("x")).isPresent());
        System.out.println(parse("12").flatMap(x -> parse("" + (x * 2))).get() + " " + parse("zz").or(() -> Optional.of(0)).get());
        some.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        none.ifPresentOrElse(v -> System.out.println("present " + v), () -> System.out.println("absent"));
        try { none.get(); } catch (NoSuchElementException e) { System.out.println("get: " + e.getMessage()); }
        try { none.orElseThrow(); } catch (NoSuchElementException e) { System.out.println("orElseThrow: " + e.getMessage()); }
        try { none.orElseThrow(() -> new IllegalArgumentException("custom")); } catch (IllegalArgumentException e) { System.out.println("supplier: " + e.getMessage()); }
        try { Optional.of(null); } catch (NullPointerException e) { System.out.println("of(null): NPE " + (e.getMessage() == null ? "no message" : e.getMessage())); }
        System.out.println("equals " + Optional.of(3).equals(Optional.of(3)) + " hash " + Optional.of("a").hashCode() + " " + Optional.empty().hashCode() + " stream " + some.stream().count());
        System.out.println("elseGet " + none.orElseGet(() -> "computed"));
        OptionalInt oi = IntStream.of(4, 9, 2).max();
        OptionalDouble od = IntStream.empty().average();
        OptionalLong ol = LongStream.of(5L, 7L).reduce((x, y) -> x * y);
        System.out.println(oi + " " + od + " " + ol + " " + OptionalInt.empty() + " " + od.orElse(Double.NaN));
        try { od.getAsDouble(); } catch (NoSuchElementException e) { System.out.println("getAsDouble: " + e.getMessage()); }
        System.out.println(IntStream.range(0, 5).boxed().toList() + " " + IntStream.rangeClosed(-2, 2).mapToObj(i -> "<" + i + ">").collect(Collectors.joining()));
        System.out.println("empty range " + IntStream.range(5, 5).count() + " reversed-bounds " + IntStream.range(5, 1).count() + " rangeClosed(MAX-1,MAX) " + IntStream.rangeClosed(Integer.MAX_VALUE - 1, Integer.MAX_VALUE).count());
        System.out.println("long range count " + LongStream.range(0, 3_000_000_000L).limit(5).sum() + " " + LongStream.rangeClosed(1, 15).reduce(1, (x, y) -> x * y));
        System.out.println(IntStream.rangeClosed(1, 10).summaryStatistics());
        System.out.println(LongStream.of(-5, 10, 15).summaryStatistics());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).summaryStatistics());
        System.out.println("sum of 0.1 ten times " + DoubleStream.generate(() -> 0.1).limit(10).sum() + " naive " + naive());
        System.out.println("asLongStream " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum() + " int sum overflows " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("asDoubleStream " + IntStream.range(1, 4).asDoubleStream().map(d -> d / 2).boxed().toList());
        System.out.println("chars " + "hello".chars().mapToObj(c -> String.valueOf((char) (c - 32))).collect(Collectors.joining()) + " codePoints " + "a\uD83D\uDE00b".codePoints().count() + " chars " + "a\uD83D\uDE00b".chars().count());
        System.out.println("iterate " + Arrays.toString(IntStream.iterate(1, i -> i <= 100, i -> i * 3).toArray()) + " distinct sorted " + Arrays.toString(IntStream.of(5, 3, 5, 1, 3).distinct().sorted().toArray()));
        int[] squares = IntStream.rangeClosed(1, 6).map(i -> i * i).toArray();
        System.out.println(Arrays.stream(squares, 1, 4).sum() + " " + Arrays.stream(new double[] {1.5, 2.5}).map(Math::floor).sum() + " anyMatch " + IntStream.of(squares).anyMatch(x -> x == 25));
        System.out.println("firstOdd " + IntStream.of(2, 4, 7, 9).filter(x -> x % 2 == 1).findFirst() + " average " + IntStream.of(1, 2).average());
    }

    static double naive() {
        double d = 0;
        for (int i = 0; i < 10; i++) d += 0.1;
        return d;
    }
}
