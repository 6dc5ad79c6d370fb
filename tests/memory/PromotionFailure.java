// Rule (DESIGN §5.2, promotion failure): when the promotion guarantee lets a minor GC start (the
// old generation has more room than what scavenges promoted on average) but the survivors do not
// fit, the scavenge fails part-way, "Promotion failed" is logged, and a full collection follows
// at once; no object is lost. Here the old generation is filled by pretenured arrays, which do
// not count as promoted.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -XX:PretenureSizeThreshold=1048576 -Xlog:gc -Xlog:gc+promotion=debug:stdout:none
public class PromotionFailure {
    static final int KB = 1024;

    public static void main(String[] args) {
        System.gc();
        byte[][] old = new byte[7][];
        for (int i = 0; i < old.length; i++) old[i] = new byte[1100 * KB];  // pretenured: straight to old
        byte[][] young = new byte[15][];
        for (int i = 0; i < young.length; i++) young[i] = new byte[500 * KB];  // live, in eden
        System.out.println("old and young both hold live data");
        byte[] more = new byte[900 * KB];
        long sum = 0;
        for (byte[] b : old) sum += b.length;
        for (byte[] b : young) sum += b.length;
        System.out.println("nothing lost: " + (sum + more.length) / KB + " KB");
    }
}
