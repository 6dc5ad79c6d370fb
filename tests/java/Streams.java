// Streams: map/filter/collect, groupingBy (into TreeMap for order), partitioningBy,
// sorted, reduce, IntStream.range/rangeClosed, flatMap, distinct, limit/skip, joining,
// summary statistics, iterate, and short-circuiting operations. Sequential only.
import java.util.*;
import java.util.stream.*;

public class Streams {
    record Employee(String name, String dept, int salary, int age) {}

    public static void main(String[] args) {
        List<Employee> staff = List.of(
            new Employee("Ann", "eng", 120, 34), new Employee("Bob", "eng", 100, 45),
            new Employee("Cid", "ops", 80, 29), new Employee("Dee", "sales", 90, 51),
            new Employee("Eve", "ops", 85, 38), new Employee("Fay", "eng", 130, 27));
        System.out.println(staff.stream().filter(e -> e.salary() > 88).map(Employee::name).collect(Collectors.toList()));
        System.out.println(staff.stream().map(Employee::dept).distinct().sorted().collect(Collectors.joining(", ", "[", "]")));
        Map<String, List<String>> byDept = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println(byDept);
        Map<String, Long> counts = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.counting()));
        Map<String, Integer> totals = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.summingInt(Employee::salary)));
        Map<String, Double> avgAge = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.averagingInt(Employee::age)));
        System.out.println(counts + " " + totals + " " + avgAge);
        Map<Boolean, List<String>> part = staff.stream().collect(Collectors.partitioningBy(e -> e.age() >= 35, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println(part);
        Map<String, Integer> hashGrouped = staff.stream().collect(Collectors.toMap(Employee::name, Employee::age));
        System.out.println("toMap (HashMap order) " + hashGrouped);
        System.out.println(staff.stream().sorted(Comparator.comparingInt(Employee::salary).reversed()).map(e -> e.name() + ":" + e.salary()).collect(Collectors.joining(" ")));
        System.out.println("max " + staff.stream().max(Comparator.comparingInt(Employee::age)).map(Employee::name).orElse("?") + " total " + staff.stream().mapToInt(Employee::salary).sum()
            + " reduce " + staff.stream().map(Employee::salary).reduce(0, Integer::sum) + " anyMatch " + staff.stream().anyMatch(e -> e.dept().equals("hr")) + " allMatch " + staff.stream().allMatch(e -> e.age() > 20));
        IntSummaryStatistics st = staff.stream().mapToInt(Employee::salary).summaryStatistics();
        System.out.println(st);
        System.out.println(IntStream.range(0, 10).boxed().collect(Collectors.toList()) + " " + IntStream.rangeClosed(1, 5).map(i -> i * i).sum() + " " + IntStream.range(0, 20).filter(i -> i % 3 == 0).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(8).toList() + " " + Stream.iterate(1, x -> x < 200, x -> x * 2).skip(2).toList());
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).map(String::toUpperCase).toList());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " " + DoubleStream.of(1.5, 2.5, 3.0).average().getAsDouble() + " " + IntStream.of(3, 1, 2).sorted().boxed().toList());
        TreeMap<Integer, String> byLength = Stream.of("x", "yy", "zzz").collect(Collectors.toMap(String::length, s -> s, (a, b) -> a, TreeMap::new));
        System.out.println(byLength);
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of(), List.of(4, 5, 6));
        System.out.println(nested.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().getAsInt() + " " + nested.stream().mapToInt(List::size).boxed().toList());
        String sentence = "the rain in spain falls mainly on the plain";
        Map<Integer, Set<String>> byLen = Arrays.stream(sentence.split(" ")).collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toCollection(TreeSet::new)));
        System.out.println(byLen);
        Map<Character, Long> letterFreq = sentence.chars().filter(Character::isLetter).mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println(letterFreq);
        Optional<String> firstLong = Arrays.stream(sentence.split(" ")).filter(w -> w.length() > 5).findFirst();
        System.out.println(firstLong.orElse("none") + " " + Stream.<String>empty().findAny().isPresent() + " count " + Stream.of(1, 2, 3).peek(x -> {}).count());
        int[] primes = IntStream.rangeClosed(2, 60).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).toArray();
        System.out.println("primes " + Arrays.toString(primes));
        System.out.println(Stream.of(5, 3, 8, 1).sorted(Comparator.reverseOrder()).map(String::valueOf).reduce("", String::concat) + " " + Stream.of("b", "a", "c").takeWhile(s -> !s.equals("c")).dropWhile(s -> s.equals("b")).toList());
        System.out.println(Collectors.class.getSimpleName() + " teeing " + Stream.of(1, 2, 3, 4).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (n, s) -> s + "/" + n)));
    }
}
