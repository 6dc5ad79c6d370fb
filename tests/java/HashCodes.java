// Specified hash codes (String, boxed primitives, List, Set, Map.Entry, Arrays, Objects.hash,
// records, enums are NOT used: their hashCode is the identity hash) and equals contracts.
import java.util.*;

public class HashCodes {
    public static void main(String[] args) {
        for (String s : new String[] {"", "a", "hello", "Hello World", "Aa", "BB", "polygenelubricants", "\u00e9\u4e2d"}) {
            System.out.println("\"" + ascii(s) + "\".hashCode() = " + s.hashCode());
        }
        System.out.println("Integer " + Integer.hashCode(-7) + " Long " + Long.hashCode(1L << 40) + " " + Long.valueOf(-1L).hashCode() + " Double " + Double.hashCode(1.5) + " " + Double.valueOf(-0.0).hashCode()
            + " Float " + Float.hashCode(2.5f) + " Boolean " + Boolean.hashCode(true) + "/" + Boolean.hashCode(false) + " Character " + Character.hashCode('z') + " Byte " + Byte.hashCode((byte) -1) + " Short " + Short.hashCode((short) -2));
        List<Object> list = new ArrayList<>(List.of("a", 1, 2L, 3.0));
        System.out.println("List " + list.hashCode() + " LinkedList " + new LinkedList<>(list).hashCode() + " List.of " + List.of("a", 1, 2L, 3.0).hashCode() + " empty " + List.of().hashCode());
        System.out.println("Set " + new HashSet<>(List.of("x", "y", "z")).hashCode() + " TreeSet " + new TreeSet<>(List.of("x", "y", "z")).hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        System.out.println("Map " + m.hashCode() + " Entry " + Map.entry("k", "v").hashCode() + " TreeMap " + new TreeMap<>(m).hashCode() + " equals " + m.equals(new TreeMap<>(m)));
        System.out.println("Arrays int " + Arrays.hashCode(new int[] {1, 2, 3}) + " long " + Arrays.hashCode(new long[] {1L << 33}) + " double " + Arrays.hashCode(new double[] {0.5})
            + " char " + Arrays.hashCode("abc".toCharArray()) + " Object " + Arrays.hashCode(new Object[] {"a", null, 3}) + " deep " + Arrays.deepHashCode(new Object[] {new int[] {1}, new String[] {"x"}}) + " null " + Arrays.hashCode((int[]) null));
        System.out.println("Objects.hash " + Objects.hash(1, "two", 3.0) + " Objects.hashCode(null) " + Objects.hashCode(null) + " Objects.hash() " + Objects.hash());
        System.out.println("Optional " + Optional.of("v").hashCode() + " empty " + Optional.empty().hashCode());
        System.out.println("BigInteger " + new java.math.BigInteger("123456789012345678901234567890").hashCode() + " BigDecimal " + new java.math.BigDecimal("3.14").hashCode());
        Key a = new Key("id", 7), b = new Key("id", 7), c = new Key("id", 8);
        System.out.println("custom equals " + a.equals(b) + " " + a.equals(c) + " hash " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        Set<Key> keys = new HashSet<>(List.of(a, c));
        System.out.println("contains b " + keys.contains(b) + " size " + keys.size());
        System.out.println("equals contracts: " + "x".equals(null) + " " + Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("Arrays.equals " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " deepEquals " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " Objects.equals " + Objects.equals(null, null));
    }

    /** Non-ASCII characters as \\uXXXX, so the output does not depend on stdout's encoding. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    static final class Key {
        final String name;
        final int n;
        Key(String name, int n) { this.name = name; this.n = n; }
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.name.equals(name) && k.n == n;
        }
        @Override public int hashCode() { return 31 * name.hashCode() + n; }
    }
}
