// HashMap (String and Integer keys: iteration order is deterministic), TreeMap navigation,
// LinkedHashMap insertion and access order (an LRU cache with removeEldestEntry),
// merge/compute/getOrDefault/putIfAbsent, entry views, and collisions with resizing.
import java.util.*;

public class Maps {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> e) {
            boolean evict = size() > cap;
            if (evict) System.out.println("  evict " + e.getKey());
            return evict;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : text.split(" ")) hm.merge(w, 1, Integer::sum);
        System.out.println("HashMap " + hm);
        System.out.println("keys " + hm.keySet() + " values " + hm.values());
        System.out.println("get(the) " + hm.get("the") + " get(cat) " + hm.get("cat") + " getOrDefault " + hm.getOrDefault("cat", 0) + " containsValue(2) " + hm.containsValue(2));
        hm.putIfAbsent("cat", 9);
        hm.putIfAbsent("the", 100);
        hm.compute("dog", (k, v) -> v == null ? 1 : v * 10);
        hm.computeIfPresent("lazy", (k, v) -> null);
        hm.computeIfAbsent("new", String::length);
        hm.remove("end");
        System.out.println("after updates " + hm);
        Map<Integer, String> ints = new HashMap<>();
        for (int i = 20; i >= -5; i -= 3) ints.put(i * 17, "v" + i);
        ints.put(null, "null key");
        System.out.println("Integer keys " + ints);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 2000; i++) big.put(i * 64, i);          // many bucket collisions before resizes
        long sum = 0;
        int idx = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) { if (idx++ < 5) System.out.print(e + " "); sum += e.getKey() ^ e.getValue(); }
        System.out.println("... size " + big.size() + " checksum " + sum);
        TreeMap<String, Integer> tm = new TreeMap<>(hm);
        System.out.println("TreeMap " + tm);
        System.out.println("first " + tm.firstKey() + " last " + tm.lastEntry() + " floor(m) " + tm.floorKey("m") + " ceiling(m) " + tm.ceilingKey("m") + " higher(the) " + tm.higherKey("the") + " lower(a) " + tm.lowerKey("a"));
        System.out.println("headMap(fox) " + tm.headMap("fox") + " tailMap(quick) " + tm.tailMap("quick", false) + " sub " + tm.subMap("d", "p") + " descending " + tm.descendingMap().keySet());
        TreeMap<Integer, String> rev = new TreeMap<>(Comparator.reverseOrder());
        rev.putAll(Map.of(1, "one", 2, "two", 3, "three"));
        System.out.println("reverse TreeMap " + rev + " pollFirst " + rev.pollFirstEntry() + " left " + rev);
        Map<String, String> linked = new LinkedHashMap<>();
        for (String k : new String[] {"zeta", "alpha", "mid", "beta"}) linked.put(k, k.toUpperCase());
        linked.put("alpha", "again");
        System.out.println("LinkedHashMap insertion order " + linked);
        Lru<String, Integer> lru = new Lru<>(3);
        for (String k : new String[] {"a", "b", "c"}) lru.put(k, k.charAt(0) - 'a');
        lru.get("a");
        System.out.println("access order after get(a) " + lru.keySet());
        lru.put("d", 3);
        lru.get("c");
        lru.put("e", 4);
        System.out.println("LRU " + lru);
        Map<String, List<String>> groups = new TreeMap<>();
        for (String w : text.split(" ")) groups.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w);
        System.out.println("grouped " + groups);
        Iterator<Map.Entry<String, Integer>> it = hm.entrySet().iterator();
        while (it.hasNext()) { Map.Entry<String, Integer> e = it.next(); if (e.getValue() > 1) it.remove(); else e.setValue(e.getValue() + 1000); }
        System.out.println("after iterator remove/setValue " + hm);
        try {
            for (String k : hm.keySet()) if (k.startsWith("q")) hm.put("zzz", 0);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME on HashMap");
        }
        Map<String, Integer> imm = Map.of("k", 1);
        try {
            imm.put("j", 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.of is immutable");
        }
        try {
            Map.of("a", 1, "a", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("duplicate key: " + e.getMessage());
        }
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        System.out.println("freq " + freq + " Hashtable " + new Hashtable<>(Map.of("one", 1)) + " IdentityHashMap size " + new IdentityHashMap<>(Map.of("x", 1)).size());
        System.out.println("equals across kinds " + new HashMap<>(tm).equals(tm) + " " + new TreeMap<>(linked).equals(linked));
    }
}
