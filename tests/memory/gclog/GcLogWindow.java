// A sliding window of retained 64 KB arrays: survivors age and are promoted, the old generation
// fills and full collections run (Allocation Failure), with the same sequence as HotSpot's.
public class GcLogWindow {
    public static void main(String[] args) {
        byte[][] window = new byte[80][];
        int created = 0;
        for (int i = 0; i < 3400; i++) {
            byte[] b = new byte[64 * 1024];
            if (i % 4 == 0) { window[(i / 4) % window.length] = b; created++; }
        }
        int retained = 0;
        for (byte[] b : window) if (b != null) retained++;
        System.out.println("survivors created=" + created + " retained=" + retained);
    }
}
