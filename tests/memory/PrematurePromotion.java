// Rule (DESIGN §5.2): survivors that do not fit the to-space are promoted at once, whatever
// their age (premature promotion): a 1.5 MB array live at a minor GC skips the 1 MB survivor
// space and goes to the old generation; small survivors still get age 1.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -Xlog:gc -Xlog:gc+age=trace:stdout:none
public class PrematurePromotion {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();
        byte[] big = new byte[3 * MB / 2];
        byte[] small = new byte[MB / 8];
        byte[] filler = new byte[5 * MB];
        filler = null;
        filler = new byte[3 * MB];  // minor GC: big does not fit to-space
        System.out.println("done " + (big.length + small.length + filler.length));
    }
}
