// A GCBench-style mix: a long-lived array of doubles and tree, top-down and bottom-up built
// temporary trees of several depths, for bench/gc-fidelity.
public class GcBench {
    static final class Node {
        Node left, right;
        int i, j;
        Node(Node l, Node r) { left = l; right = r; }
        Node() {}
    }

    static void populate(int depth, Node n) {
        if (depth <= 0) return;
        n.left = new Node();
        n.right = new Node();
        populate(depth - 1, n.left);
        populate(depth - 1, n.right);
    }

    static Node makeTree(int depth) { return depth <= 0 ? new Node() : new Node(makeTree(depth - 1), makeTree(depth - 1)); }

    public static void main(String[] args) {
        Node longLived = new Node();
        populate(16, longLived);
        double[] array = new double[250_000];
        for (int i = 0; i < array.length / 2; i++) array[i] = 1.0 / i;
        long made = 0;
        for (int depth = 4; depth <= 16; depth += 2) {
            int iterations = 2 * (1 << (18 - depth)) / 4;
            for (int i = 0; i < iterations; i++) { Node t = new Node(); populate(depth, t); made++; }
            for (int i = 0; i < iterations; i++) { Node t = makeTree(depth); made++; }
        }
        System.out.println("trees " + made + " " + (longLived.left != null) + " " + array[1000]);
    }
}
