// The binary-trees benchmark (Boehm's GCBench shape): many short-lived trees and one long-lived
// tree, for bench/gc-fidelity.
public class BinaryTrees {
    static final class Node { Node left, right; }

    static Node build(int depth) {
        Node n = new Node();
        if (depth > 0) { n.left = build(depth - 1); n.right = build(depth - 1); }
        return n;
    }

    static int check(Node n) { return n.left == null ? 1 : 1 + check(n.left) + check(n.right); }

    public static void main(String[] args) {
        int maxDepth = 16;
        Node longLived = build(maxDepth);
        long total = 0;
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            for (int i = 0; i < iterations; i++) total += check(build(depth));
        }
        System.out.println("checked " + total + " long-lived " + check(longLived));
    }
}
