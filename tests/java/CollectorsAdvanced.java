// Collectors beyond the basics: groupingBy with nested downstream collectors (mapping,
// filtering, flatMapping, reducing, summarizing, maxBy), toMap with merge functions and its
// duplicate-key IllegalStateException message, collectingAndThen, teeing, partitioningBy
// with counting, joining with prefix/suffix, and toCollection into sorted sets.
import java.util.*;
import java.util.function.Function;
import java.util.stream.*;

public class CollectorsAdvanced {
    record Sale(String region, String product, int units, double price) {
        double total() { return units * price; }
    }

    public static void main(String[] args) {
        List<Sale> sales = List.of(
            new Sale("north", "apple", 10, 1.5), new Sale("south", "pear", 4, 2.25),
            new Sale("north", "pear", 7, 2.0), new Sale("east", "apple", 3, 1.75),
            new Sale("south", "apple", 12, 1.25), new Sale("east", "plum", 9, 3.0),
            new Sale("north", "plum", 1, 3.5), new Sale("south", "plum", 6, 2.75));
        Map<String, Map<String, Integer>> nested = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
            Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::units))));
        System.out.println("nested " + nested);
        Map<String, Set<String>> bigProducts = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
            Collectors.filtering(s -> s.units() > 5, Collectors.mapping(Sale::product, Collectors.toCollection(TreeSet::new)))));
        System.out.println("filtering " + bigProducts);
        Map<String, Optional<Sale>> best = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new,
            Collectors.maxBy(Comparator.comparingDouble(Sale::total))));
        best.forEach((k, v) -> System.out.println("best " + k + " -> " + v.map(s -> s.region() + " " + s.total()).orElse("-")));
        Map<String, DoubleSummaryStatistics> stats = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
            Collectors.summarizingDouble(Sale::total)));
        stats.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s n=%d sum=%.3f min=%.3f max=%.3f avg=%.4f%n", k, v.getCount(), v.getSum(), v.getMin(), v.getMax(), v.getAverage()));
        Map<String, Integer> reduced = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new,
            Collectors.reducing(0, Sale::units, Integer::sum)));
        System.out.println("reducing " + reduced);
        Map<String, List<Character>> letters = Stream.of("north", "south", "east").collect(Collectors.groupingBy(s -> s.substring(0, 1), TreeMap::new,
            Collectors.flatMapping(s -> s.chars().mapToObj(c -> (char) c).distinct(), Collectors.toList())));
        System.out.println("flatMapping " + letters);
        Map<String, Double> merged = sales.stream().collect(Collectors.toMap(Sale::product, Sale::total, Double::sum, TreeMap::new));
        System.out.println("toMap merge " + merged);
        try {
            sales.stream().collect(Collectors.toMap(Sale::region, Sale::units));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate: " + e.getMessage());
        }
        List<String> unmodifiable = sales.stream().map(Sale::product).distinct().collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
        try {
            unmodifiable.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("collectingAndThen unmodifiable " + unmodifiable + " " + e.getClass().getSimpleName());
        }
        String range = sales.stream().collect(Collectors.teeing(
            Collectors.minBy(Comparator.comparingInt(Sale::units)), Collectors.maxBy(Comparator.comparingInt(Sale::units)),
            (lo, hi) -> lo.get().units() + ".." + hi.get().units()));
        System.out.println("teeing " + range);
        Map<Boolean, Long> cheap = sales.stream().collect(Collectors.partitioningBy(s -> s.price() < 2.0, Collectors.counting()));
        System.out.println("partitioning " + cheap);
        System.out.println(sales.stream().map(Sale::region).distinct().collect(Collectors.joining("|", "<", ">")));
        System.out.println("empty joining [" + Stream.<String>empty().collect(Collectors.joining(",", "{", "}")) + "]");
        Map<Integer, Long> byUnitsBucket = sales.stream().collect(Collectors.groupingBy(s -> s.units() / 5 * 5, TreeMap::new, Collectors.counting()));
        System.out.println("buckets " + byUnitsBucket);
        Map<String, Sale> byKey = sales.stream().collect(Collectors.toMap(s -> s.region() + "/" + s.product(), Function.identity()));
        System.out.println("HashMap keys " + byKey.keySet());
        IntSummaryStatistics is = sales.stream().collect(Collectors.summarizingInt(Sale::units));
        System.out.println(is);
        System.out.println("averagingDouble " + sales.stream().collect(Collectors.averagingDouble(Sale::price)));
        System.out.println("toUnmodifiableMap size " + sales.stream().collect(Collectors.toUnmodifiableMap(s -> s.region() + s.product(), Sale::units)).size());
    }
}
