// Rule (DESIGN §5.3, -XX:PretenureSizeThreshold): an object larger than the threshold is
// allocated in the old generation directly, so filling eden with it never causes a minor GC;
// without the flag the same allocations collect eden.
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -XX:PretenureSizeThreshold=3145728 -Xlog:gc
// run-no-stress: -Xms20m -Xmx20m -Xmn10m -XX:SurvivorRatio=8 -Xlog:gc
public class Pretenuring {
    static final int MB = 1024 * 1024;

    public static void main(String[] args) {
        System.gc();
        byte[][] keep = new byte[2][];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = new byte[4 * MB];
            System.out.println("allocated 4 MB array " + i);
        }
        System.out.println("done " + keep.length);
    }
}
