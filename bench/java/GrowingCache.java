// A cache that keeps growing (LinkedHashMap with bounded eviction that lags behind), with value
// churn: survivors age, get promoted, and the old generation fills to full collections.
import java.util.LinkedHashMap;
import java.util.Map;

public class GrowingCache {
    public static void main(String[] args) {
        Map<Integer, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> e) { return size() > 20_000; }
        };
        long sum = 0;
        for (int i = 0; i < 400_000; i++) {
            cache.put(i, new byte[256 + (i % 7) * 64]);
            if (i % 3 == 0) { byte[] hit = cache.get(i / 2); if (hit != null) sum += hit.length; }
            byte[] garbage = new byte[512];
            sum += garbage.length;
        }
        System.out.println("entries " + cache.size() + " sum " + sum);
    }
}
