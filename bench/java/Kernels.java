// Interpreter kernels for bench/interp: each runs a fixed amount of work and prints a checksum
// (so no VM can skip it). Run as: Kernels <name>.
import java.util.ArrayList;
import java.util.HashMap;

public class Kernels {
    interface Shape { int area(); }
    static final class Sq implements Shape { final int s; Sq(int s) { this.s = s; } public int area() { return s * s; } }
    static final class Rect implements Shape { final int w, h; Rect(int w, int h) { this.w = w; this.h = h; } public int area() { return w * h; } }
    static final class Node { Node next; int v; Node(int v, Node n) { this.v = v; next = n; } }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static long loops() {
        long s = 0;
        for (int i = 0; i < 30_000_000; i++) { s += i ^ (i >>> 3); if ((i & 7) == 0) s -= i % 13; }
        return s;
    }

    static long sieve() {
        long count = 0;
        for (int round = 0; round < 20; round++) {
            boolean[] composite = new boolean[500_000];
            for (int i = 2; i < composite.length; i++) {
                if (composite[i]) continue;
                count++;
                for (int j = i + i; j < composite.length; j += i) composite[j] = true;
            }
        }
        return count;
    }

    static long calls() {
        Shape[] shapes = { new Sq(3), new Rect(2, 5), new Sq(7), new Rect(4, 4) };
        long s = 0;
        for (int i = 0; i < 5_000_000; i++) s += shapes[i & 3].area();
        return s + fib(27);
    }

    static long alloc() {
        long s = 0;
        for (int round = 0; round < 40; round++) {
            Node head = null;
            for (int i = 0; i < 100_000; i++) head = new Node(i, head);
            for (Node n = head; n != null; n = n.next) s += n.v;
        }
        return s;
    }

    static long collections() {
        long s = 0;
        for (int round = 0; round < 10; round++) {
            HashMap<Integer, String> m = new HashMap<>();
            ArrayList<String> l = new ArrayList<>();
            for (int i = 0; i < 50_000; i++) { String v = "v" + i; m.put(i, v); l.add(v); }
            for (int i = 0; i < 50_000; i++) s += m.get(i).length() + l.get(i).hashCode();
        }
        return s;
    }

    static long strings() {
        long s = 0;
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2_000; i++) sb.append(i).append(',');
            String str = sb.toString();
            s += str.length() + str.indexOf("1999") + str.split(",").length;
        }
        return s;
    }

    public static void main(String[] args) {
        long r;
        switch (args[0]) {
            case "loops": r = loops(); break;
            case "sieve": r = sieve(); break;
            case "calls": r = calls(); break;
            case "alloc": r = alloc(); break;
            case "collections": r = collections(); break;
            case "strings": r = strings(); break;
            default: throw new IllegalArgumentException(args[0]);
        }
        System.out.println(args[0] + " " + r);
    }
}
