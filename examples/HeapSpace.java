// The bundled example (scripts/run with no arguments): fills a 16 MB heap with 64 KiB chunks
// that stay reachable, until the Serial collector can free nothing more and the VM throws
// OutOfMemoryError: Java heap space. The program catches it, shows how much it held, lets go of
// it, and continues; -Xlog:gc shows the young collections, the promotion, the full collections.
import java.util.ArrayList;
import java.util.List;

public class HeapSpace {
    public static void main(String[] args) {
        List<byte[]> retained = new ArrayList<>();
        try {
            while (true) retained.add(new byte[64 * 1024]);
        } catch (OutOfMemoryError e) {
            int chunks = retained.size();
            retained = null;  // everything becomes garbage again: the program can go on
            System.out.println("caught: " + e);
            System.out.println("retained " + chunks + " x 64 KiB chunks (" + chunks * 64 + " KiB) before the OOM");
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("maxMemory " + rt.maxMemory() + " bytes");
    }
}
