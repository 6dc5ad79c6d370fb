// Allocation churn for the collector: many short-lived objects, a long-lived linked
// structure that survives many young collections, arrays of every type, references from
// old objects to young ones (card marking), and a finalizer-free weak reference check of
// a strongly held object. Prints checksums only (no GC counts: those depend on the VM).
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GcChurn {
    static final class Node {
        final int value;
        Node next;
        Object payload;
        Node(int v, Node n) { value = v; next = n; }
    }

    public static void main(String[] args) {
        Node longLived = null;
        for (int i = 0; i < 2000; i++) longLived = new Node(i, longLived);
        long garbage = 0;
        for (int round = 0; round < 200; round++) {
            List<String> tmp = new ArrayList<>();
            for (int i = 0; i < 200; i++) tmp.add("s" + round + "-" + i);
            garbage += tmp.get(round % 200).length();
            int[] ints = new int[500];
            long[] longs = new long[100];
            double[] ds = new double[100];
            byte[] bytes = new byte[1000];
            char[] chars = new char[300];
            Object[] objs = new Object[50];
            for (int i = 0; i < objs.length; i++) objs[i] = new int[] {i, round};
            ints[round % 500] = round;
            longs[round % 100] = round * 3L;
            ds[round % 100] = round / 2.0;
            bytes[round % 1000] = (byte) round;
            chars[round % 300] = (char) ('a' + round % 26);
            garbage += ints[round % 500] + longs[round % 100] + (long) ds[round % 100] + bytes[round % 1000] + chars[round % 300] + ((int[]) objs[round % 50])[1];
            Node n = longLived;
            for (int k = 0; k < round % 50; k++) n = n.next;
            n.payload = new int[] {round};          // old -> young reference
        }
        long sum = 0, payloads = 0;
        for (Node n = longLived; n != null; n = n.next) {
            sum += n.value;
            if (n.payload != null) payloads += ((int[]) n.payload)[0];
        }
        System.out.println("garbage checksum " + garbage + " list sum " + sum + " payload sum " + payloads);
        Map<Integer, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < 30000; i++) {
            map.computeIfAbsent(i % 100, k -> new ArrayList<>()).add(i);
            if (i % 3000 == 2999) map.remove((i / 3000) % 100);
        }
        long msum = 0;
        for (Map.Entry<Integer, List<Integer>> e : map.entrySet()) msum += (long) e.getKey() * e.getValue().size();
        System.out.println("map entries " + map.size() + " weighted " + msum);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) { sb.append(i % 7); if (sb.length() > 1000) sb.setLength(0); }
        System.out.println("builder length " + sb.length());
        Object strong = new Object();
        WeakReference<Object> weak = new WeakReference<>(strong);
        for (int i = 0; i < 1000; i++) { byte[] b = new byte[1024]; b[0] = 1; }
        System.gc();
        System.out.println("weak ref to a strongly held object survives: " + (weak.get() == strong));
        int[][] big = new int[300][];
        for (int i = 0; i < big.length; i++) big[i] = new int[i + 1];
        long bigSum = 0;
        for (int[] row : big) bigSum += row.length;
        System.out.println("jagged total " + bigSum);
        String s = "";
        for (int i = 0; i < 300; i++) s = s + (char) ('A' + i % 26);
        System.out.println("concat loop length " + s.length() + " hash " + s.hashCode());
    }
}
