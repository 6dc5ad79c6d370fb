// Rule (DESIGN §5.4, -XX:MaxTenuringThreshold): a survivor's age grows by one per minor GC and it
// is promoted when the age reaches the threshold: at 1, the 256 KB array is tenured by the second
// minor GC; at 15 it stays in the survivor space with age 2 (gc+age shows the age table).
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -XX:MaxTenuringThreshold=1 -Xlog:gc -Xlog:gc+age=trace:stdout:none
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -XX:MaxTenuringThreshold=15 -Xlog:gc -Xlog:gc+age=trace:stdout:none
public class TenuringThreshold {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();
        byte[] a1 = new byte[MB / 4];
        byte[] a2 = new byte[4 * MB];
        byte[] a3 = new byte[4 * MB];  // first minor GC: a1 to the survivor space, a2 promoted
        a3 = null;
        a3 = new byte[4 * MB];         // second minor GC
        System.out.println("done " + (a1.length + a2.length + a3.length));
    }
}
