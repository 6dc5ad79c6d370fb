// Rule (DESIGN §5.4, -XX:TargetSurvivorRatio): when the survivors of one age fill more than half
// a survivor space, the tenuring threshold drops to that age, so they are promoted before
// MaxTenuringThreshold: two 256 KB arrays (half of the 1 MB survivor space) reach the old
// generation at the second minor GC although the maximum is 15.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -XX:MaxTenuringThreshold=15 -Xlog:gc -Xlog:gc+age=trace:stdout:none
public class DynamicAge {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();
        byte[] a1 = new byte[MB / 4];
        byte[] a2 = new byte[MB / 4];
        byte[] a3 = new byte[4 * MB];
        byte[] a4 = new byte[4 * MB];  // first minor GC
        a4 = null;
        a4 = new byte[4 * MB];         // second minor GC
        System.out.println("done " + (a1.length + a2.length + a3.length + a4.length));
    }
}
