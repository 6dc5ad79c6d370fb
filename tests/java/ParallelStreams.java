// Parallel streams whose results do not depend on scheduling: sum/reduce with an identity
// and associative operators, collect(toList) keeping encounter order, forEachOrdered,
// findFirst, groupingByConcurrent copied into a TreeMap, parallel sorted, distinct and
// limit, Arrays.parallelSort/parallelSetAll/parallelPrefix, isParallel/sequential, a
// parallel stream run inside a custom ForkJoinPool(2), and an exception thrown from a
// worker propagated to the caller.
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

public class ParallelStreams {
    public static void main(String[] args) throws Exception {
        System.out.println("sum " + IntStream.rangeClosed(1, 200_000).parallel().asLongStream().sum() + " reduce " + LongStream.rangeClosed(1, 20).parallel().reduce(1, (a, b) -> a * b)
            + " count " + IntStream.range(0, 100_000).parallel().filter(i -> i % 7 == 3).count());
        List<Integer> ordered = IntStream.range(0, 50).parallel().map(i -> i * i).boxed().collect(Collectors.toList());
        System.out.println("ordered toList " + ordered.subList(0, 10) + " ... last " + ordered.get(49) + " size " + ordered.size());
        StringBuilder sb = new StringBuilder();
        Stream.of("a", "b", "c", "d", "e", "f").parallel().map(String::toUpperCase).forEachOrdered(sb::append);
        System.out.println("forEachOrdered " + sb);
        System.out.println("findFirst " + IntStream.range(0, 1_000_000).parallel().filter(i -> i > 1000 && i % 997 == 0).findFirst().getAsInt()
            + " anyMatch " + IntStream.range(0, 1000).parallel().anyMatch(i -> i == 999) + " allMatch " + IntStream.range(0, 1000).parallel().allMatch(i -> i < 1000));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) words.add(Integer.toString(i * 7919 % 10007, 36));
        ConcurrentMap<Integer, Long> byLen = words.parallelStream().collect(Collectors.groupingByConcurrent(String::length, Collectors.counting()));
        System.out.println("groupingByConcurrent " + new TreeMap<>(byLen));
        Map<Character, List<String>> grouped = words.parallelStream().filter(w -> w.length() == 2).collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toList()));
        System.out.println("groupingBy (order kept per key) first key " + grouped.keySet().iterator().next() + " -> " + grouped.values().iterator().next());
        System.out.println("sorted " + words.parallelStream().sorted().limit(8).toList() + " distinct " + words.parallelStream().map(String::length).distinct().sorted().toList()
            + " joining " + words.parallelStream().limit(5).collect(Collectors.joining(",")));
        System.out.println("max " + words.parallelStream().max(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).get()
            + " summary " + words.parallelStream().mapToInt(String::length).summaryStatistics());
        int[] big = new int[200_000];
        Arrays.parallelSetAll(big, i -> (int) ((i * 2654435761L) % 1000003));
        Arrays.parallelSort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) { sorted = false; break; }
        long checksum = 0;
        for (int i = 0; i < big.length; i += 1000) checksum = checksum * 31 + big[i];
        System.out.println("parallelSort sorted " + sorted + " min " + big[0] + " max " + big[big.length - 1] + " checksum " + checksum);
        long[] pre = LongStream.rangeClosed(1, 10).toArray();
        Arrays.parallelPrefix(pre, Long::sum);
        System.out.println("parallelPrefix " + Arrays.toString(pre));
        Stream<Integer> s = List.of(1, 2, 3).parallelStream();
        System.out.println("isParallel " + s.isParallel() + " after sequential " + s.sequential().isParallel());
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            long inPool = pool.submit(() -> IntStream.rangeClosed(1, 10_000).parallel().mapToLong(i -> (long) i * i).sum()).get();
            System.out.println("inside ForkJoinPool(2) " + inPool + " parallelism " + pool.getParallelism());
        } finally {
            pool.shutdown();
        }
        try {
            IntStream.range(0, 10_000).parallel().map(i -> { if (i == 7777) throw new IllegalStateException("bad element " + i); return i; }).sum();
        } catch (IllegalStateException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("exception from a worker: " + root.getMessage() + " (rethrown as a copy with cause when thrown in another thread)");
        }
        double dsum = DoubleStream.iterate(0.1, d -> d + 0.1).limit(1000).parallel().map(d -> Math.round(d * 10) / 10.0).boxed().collect(Collectors.summingDouble(Double::doubleValue));
        System.out.println("rounded double sum " + Math.round(dsum));
        Set<Integer> unordered = IntStream.range(0, 500).parallel().unordered().map(i -> i % 50).boxed().collect(Collectors.toCollection(TreeSet::new));
        System.out.println("unordered distinct values " + unordered.size() + " first " + ((TreeSet<Integer>) unordered).first() + " last " + ((TreeSet<Integer>) unordered).last());
    }
}
