// Immutable collections and their exceptions: List.of/Set.of/Map.of/Map.ofEntries/copyOf
// reject nulls (NPE) and duplicates (IllegalArgumentException "duplicate element: x",
// "duplicate key: k"), every mutator throws UnsupportedOperationException (message null),
// List.of equality with ArrayList, subList of an immutable list, toList() of a stream,
// Collectors.toUnmodifiableList, and unmodifiable views that reflect later changes.
// Set.of/Map.of iteration order is salted per run, so only sorted copies are printed.
import java.util.*;
import java.util.stream.*;

public class ImmutableCollections {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": allowed");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> list = List.of("a", "b", "c");
        Set<Integer> set = Set.of(3, 1, 2);
        Map<String, Integer> map = Map.of("x", 1, "y", 2);
        attempt("List.add", () -> list.add("d"));
        attempt("List.set", () -> list.set(0, "z"));
        attempt("List.remove", () -> list.remove(0));
        attempt("List.sort", () -> list.sort(null));
        attempt("List.clear on empty List.of", () -> List.of().clear());
        attempt("List.removeIf", () -> list.removeIf(s -> s.equals("q")));
        attempt("Set.add", () -> set.add(4));
        attempt("Map.put", () -> map.put("z", 3));
        attempt("Map.merge", () -> map.merge("x", 1, Integer::sum));
        attempt("Map.entry setValue", () -> map.entrySet().iterator().next().setValue(5));
        attempt("iterator remove", () -> { Iterator<String> it = list.iterator(); it.next(); it.remove(); });
        attempt("List.of(null)", () -> List.of("a", null));
        attempt("List.contains(null)", () -> list.contains(null));
        attempt("Set.of dup", () -> Set.of("p", "q", "p"));
        attempt("Map.of dup", () -> Map.of("k", 1, "k", 2));
        attempt("Map.ofEntries dup", () -> Map.ofEntries(Map.entry("e", 1), Map.entry("e", 1)));
        attempt("Map.entry null", () -> Map.entry(null, 1));
        attempt("List.get(3)", () -> list.get(3));
        attempt("List.copyOf with null", () -> List.copyOf(Arrays.asList("a", null)));
        attempt("stream toList add", () -> Stream.of(1, 2).toList().add(3));
        attempt("toUnmodifiableList add", () -> Stream.of(1, 2).collect(Collectors.toUnmodifiableList()).add(3));
        attempt("toUnmodifiableList null", () -> Stream.of(1, null).collect(Collectors.toUnmodifiableList()));
        attempt("stream toList null", () -> System.out.print(Stream.of(1, null).toList() + " "));
        attempt("Collections.unmodifiableMap put", () -> Collections.unmodifiableMap(new HashMap<String, Integer>()).put("a", 1));
        attempt("subList add", () -> list.subList(0, 2).add("q"));
        attempt("subList(2,1)", () -> list.subList(2, 1));
        System.out.println("equals ArrayList " + list.equals(new ArrayList<>(List.of("a", "b", "c"))) + " hash " + list.hashCode() + " " + new ArrayList<>(list).hashCode());
        System.out.println("Set equals " + set.equals(new HashSet<>(List.of(1, 2, 3))) + " sorted " + new TreeSet<>(set) + " Map sorted " + new TreeMap<>(map));
        System.out.println("copyOf same instance " + (List.copyOf(list) == list) + " indexOf " + list.indexOf("c") + " subList " + list.subList(1, 3));
        List<String> backing = new ArrayList<>(List.of("m"));
        List<String> view = Collections.unmodifiableList(backing);
        List<String> copy = List.copyOf(backing);
        backing.add("n");
        System.out.println("view sees change " + view + " copy does not " + copy);
        Map<String, List<Integer>> deep = Map.of("k", new ArrayList<>(List.of(1)));
        deep.get("k").add(2);
        System.out.println("shallow immutability " + deep.get("k"));
        System.out.println("Map.of get missing " + map.get("nope") + " getOrDefault " + map.getOrDefault("nope", -1) + " containsValue " + map.containsValue(2));
        System.out.println("List.of sizes " + List.of().size() + " " + List.of(1).size() + " " + List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).size() + " " + Set.of(new Integer[] {5, 6, 7}).size());
        System.out.println("toString " + List.of(1, 2) + " " + Map.of("only", 1) + " " + Set.of("single"));
    }
}
