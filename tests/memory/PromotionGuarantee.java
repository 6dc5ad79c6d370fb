// Rule (DESIGN §5.5, promotion guarantee / promotion failure): before a minor GC the collector
// checks that the old generation could take what the young one may promote; when it cannot, the
// scavenge is skipped (or fails part-way) and a full collection runs instead, with nothing lost.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -Xlog:gc
public class PromotionGuarantee {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();
        byte[][] old = new byte[7][];
        for (int i = 0; i < old.length; i++) old[i] = new byte[MB];  // promoted by the next scavenges
        byte[][] young = new byte[6][];
        for (int i = 0; i < young.length; i++) young[i] = new byte[MB];
        System.out.println("old and young both hold live data");
        byte[] more = new byte[3 * MB];
        long sum = 0;
        for (byte[] b : old) sum += b.length;
        for (byte[] b : young) sum += b.length;
        System.out.println("nothing lost: " + (sum + more.length) / MB + " MB");
    }
}
