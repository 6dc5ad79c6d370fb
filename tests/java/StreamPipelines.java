// Stream pipelines: flatMap over nested structures, sorted with composed comparators
// (thenComparing, reversed, nullsFirst/nullsLast, comparingInt), distinct on records,
// skip/limit, takeWhile/dropWhile, iterate with a predicate, generate, reduce with identity
// and combiner, mapMulti, peek order in lazy evaluation, and a stream that is reused
// (IllegalStateException message).
import java.util.*;
import java.util.stream.*;

public class StreamPipelines {
    record Person(String first, String last, int age) {}

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ann", "Smith", 31), new Person("Bob", "Jones", 25),
            new Person("Cat", "Smith", 25), new Person("Dan", "Adams", 40), new Person("Eve", "Jones", 31),
            new Person("Ann", "Adams", 19));
        System.out.println(people.stream().sorted(Comparator.comparing(Person::last).thenComparing(Person::first))
            .map(p -> p.first() + " " + p.last()).toList());
        System.out.println(people.stream().sorted(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::first, Comparator.reverseOrder()))
            .map(p -> p.first() + p.age()).toList());
        List<String> withNulls = Arrays.asList("pear", null, "apple", "fig", null, "banana");
        List<String> a = new ArrayList<>(withNulls);
        a.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        List<String> b = new ArrayList<>(withNulls);
        b.sort(Comparator.nullsLast(Comparator.comparingInt(String::length)));
        System.out.println("nullsFirst " + a + " nullsLast by length " + b);
        List<List<String>> words = List.of(List.of("a", "bb"), List.of(), List.of("ccc", "a", "dd"));
        System.out.println("flatMap distinct " + words.stream().flatMap(List::stream).distinct().toList());
        System.out.println("flatMapToInt " + words.stream().flatMapToInt(l -> l.stream().mapToInt(String::length)).sum());
        List<Object> expanded = Stream.of(1, 2, 3).<Object>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + "." + i); }).toList();
        System.out.println("mapMulti " + expanded);
        StringBuilder log = new StringBuilder();
        List<Integer> r = Stream.of(5, 1, 4, 2, 3).peek(x -> log.append("p").append(x)).filter(x -> x % 2 == 1).map(x -> { log.append("m").append(x); return x * 10; }).limit(2).toList();
        System.out.println("lazy " + r + " log " + log);
        StringBuilder log2 = new StringBuilder();
        Stream.of(3, 1, 2).peek(x -> log2.append("a").append(x)).sorted().forEach(x -> log2.append("b").append(x));
        System.out.println("sorted is a barrier " + log2);
        System.out.println("takeWhile " + Stream.of(1, 2, 3, 10, 4, 5).takeWhile(x -> x < 5).toList() + " dropWhile " + Stream.of(1, 2, 3, 10, 4, 5).dropWhile(x -> x < 5).toList());
        System.out.println("iterate " + Stream.iterate("a", s -> s.length() < 5, s -> s + (char) ('a' + s.length())).toList());
        int[] counter = {0};
        System.out.println("generate " + Stream.generate(() -> ++counter[0] * counter[0]).skip(2).limit(4).toList());
        int sumLen = people.stream().reduce(0, (acc, p) -> acc + p.first().length() + p.last().length(), Integer::sum);
        System.out.println("reduce with combiner " + sumLen);
        Optional<String> longest = people.stream().map(Person::last).reduce((x, y) -> x.length() >= y.length() ? x : y);
        System.out.println("reduce optional " + longest.get());
        System.out.println("distinct records " + Stream.of(new Person("A", "B", 1), new Person("A", "B", 1), new Person("A", "B", 2)).distinct().count());
        Stream<String> s = Stream.of("x", "y");
        s.count();
        try {
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
        System.out.println("min/max " + Stream.of("kiwi", "fig", "banana").min(Comparator.naturalOrder()).get() + " " + Stream.of("kiwi", "fig", "banana").max(Comparator.comparingInt(String::length)).get());
        System.out.println("concat " + Stream.concat(Stream.of(1, 2), Stream.of(3)).map(String::valueOf).collect(Collectors.joining("+")));
        System.out.println("toArray " + Arrays.toString(people.stream().map(Person::first).distinct().toArray(String[]::new)));
        Iterator<Integer> it = Stream.of(7, 8, 9).iterator();
        System.out.print("iterator");
        while (it.hasNext()) System.out.print(" " + it.next());
        System.out.println();
        System.out.println("noneMatch " + people.stream().noneMatch(p -> p.age() > 50) + " anyMatch " + people.stream().anyMatch(p -> p.last().startsWith("J")));
        System.out.println("unordered sum " + IntStream.rangeClosed(1, 100).unordered().sum() + " onClose ran " + runOnClose());
    }

    static boolean runOnClose() {
        boolean[] ran = {false};
        try (Stream<Integer> st = Stream.of(1).onClose(() -> ran[0] = true)) { st.count(); }
        return ran[0];
    }
}
