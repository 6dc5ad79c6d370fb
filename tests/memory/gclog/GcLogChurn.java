// Young collections with short-lived garbage and a small retained set, then System.gc(): the
// GC log's lines (gc, gc+heap, gc+age, gc+phases, gc+cpu, gc+metaspace, heap exit block).
import java.util.ArrayList;
import java.util.List;

public class GcLogChurn {
    public static void main(String[] args) {
        List<byte[]> keep = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[10_000];
            if (i % 10 == 0) keep.add(b);
            if (keep.size() > 150) keep.remove(0);
        }
        System.gc();
        System.out.println("done " + keep.size());
    }
}
