// ConcurrentHashMap updated from four threads: merge word counts, compute with a
// read-modify-write, computeIfAbsent creating each value exactly once, putIfAbsent races
// with exactly one winner per key, and the bulk operations (reduceValues, search,
// forEach with a parallelism threshold, mappingCount) whose results do not depend on
// order; ConcurrentSkipListMap/Set filled concurrently (sorted), null rejection,
// newKeySet, and a CopyOnWriteArrayList snapshot iterator.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcurrentMapMerge {
    static final String TEXT = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs over the hill quick quick";

    public static void main(String[] args) throws Exception {
        String[] words = TEXT.split(" ");
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Long> computed = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, List<Integer>> lists = new ConcurrentHashMap<>();
        AtomicInteger creations = new AtomicInteger();
        ConcurrentHashMap<String, Integer> firstWriter = new ConcurrentHashMap<>();
        AtomicInteger putWins = new AtomicInteger();
        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        Set<String> keySet = ConcurrentHashMap.newKeySet();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < 4; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                for (int rep = 0; rep < 250; rep++) {
                    for (String w : words) counts.merge(w, 1, Integer::sum);
                    computed.compute(rep % 7, (k, v) -> v == null ? 1L : v + 1);
                    List<Integer> l = lists.computeIfAbsent("L" + (rep % 5), k -> { creations.incrementAndGet(); return Collections.synchronizedList(new ArrayList<>()); });
                    l.add(id);
                    if (firstWriter.putIfAbsent("key" + rep, id) == null) putWins.incrementAndGet();
                    skip.put(rep * 4 + id, "t" + id);
                    keySet.add("w" + (rep % 13));
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("word counts " + new TreeMap<>(counts));
        System.out.println("compute " + new TreeMap<>(computed) + " computeIfAbsent creations " + creations.get() + " list sizes " + lists.values().stream().mapToInt(List::size).sum()
            + " putIfAbsent winners " + putWins.get() + " of " + firstWriter.size());
        System.out.println("skip list size " + skip.size() + " first " + skip.firstEntry() + " last " + skip.lastEntry() + " floor(501) " + skip.floorKey(501) + " head(8) " + skip.headMap(8) + " keySet size " + keySet.size());
        int total = counts.reduceValues(1, Integer::sum);
        String longWord = counts.search(1, (k, v) -> k.length() == 4 && v == 2000 ? k : null);
        LongAdder chars = new LongAdder();
        counts.forEach(1, (k, v) -> chars.add((long) k.length() * v));
        System.out.println("reduceValues " + total + " search " + longWord + " forEach chars " + chars.sum() + " mappingCount " + counts.mappingCount()
            + " reduceKeys max " + counts.reduceKeys(1, (a, b) -> a.compareTo(b) >= 0 ? a : b) + " reduceToLong " + counts.reduceValuesToLong(1, Integer::longValue, 0L, Long::sum));
        System.out.println("search for 'the' count " + counts.search(1, (k, v) -> k.equals("the") ? v : null) + " getOrDefault " + counts.getOrDefault("cat", 0));
        try { counts.put(null, 1); } catch (NullPointerException e) { System.out.println("null key: NPE"); }
        try { counts.put("x", null); } catch (NullPointerException e) { System.out.println("null value: NPE"); }
        try { counts.computeIfAbsent("self", k -> { counts.computeIfAbsent("self", k2 -> 1); return 2; }); }
        catch (IllegalStateException e) { System.out.println("recursive computeIfAbsent: " + e.getMessage()); }
        counts.replaceAll((k, v) -> v / 250);
        counts.entrySet().removeIf(e -> e.getValue() < 2);
        System.out.println("after replaceAll/removeIf " + new TreeMap<>(counts));
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        Iterator<Integer> snap = cow.iterator();
        cow.add(4); cow.remove(Integer.valueOf(1));
        StringBuilder sb = new StringBuilder();
        snap.forEachRemaining(v -> sb.append(v));
        System.out.println("COW snapshot " + sb + " current " + cow + " addIfAbsent " + cow.addIfAbsent(2) + cow.addIfAbsent(9));
        try { snap.remove(); } catch (UnsupportedOperationException e) { System.out.println("COW iterator remove: UOE"); }
        ConcurrentSkipListSet<String> css = new ConcurrentSkipListSet<>(Comparator.reverseOrder());
        css.addAll(List.of("b", "d", "a", "c"));
        System.out.println("skip list set " + css + " pollFirst " + css.pollFirst() + " ceiling(bb) " + css.ceiling("bb"));
    }
}
