// Rule (DESIGN §5.1-5.2): objects are allocated in eden; when eden cannot take the next one, a
// minor GC (Allocation Failure) runs; survivors too big for a survivor space are promoted at once.
// With -Xmn10m -XX:SurvivorRatio=8 (eden 8 MB), three 2 MB arrays fit, the 4 MB one does not.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -Xlog:gc
public class EdenFirst {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();  // a clean start: what boot left in eden goes away
        System.out.println("allocating three 2 MB arrays");
        byte[] a1 = new byte[2 * MB], a2 = new byte[2 * MB], a3 = new byte[2 * MB];
        System.out.println("allocating a 4 MB array");
        byte[] a4 = new byte[4 * MB];
        System.out.println("kept " + (a1.length + a2.length + a3.length + a4.length) / MB + " MB");
    }
}
