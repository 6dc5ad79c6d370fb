// StringBuilder editing operations and their bounds: insert at every position type (char,
// int, boolean, char[] slice, CharSequence range, Object null), delete/deleteCharAt/
// replace with end beyond length (clamped) and invalid ranges (exception messages),
// setLength shrinking and padding with NULs, setCharAt, capacity growth from the default
// 16 ((old+1)*2 rule) and ensureCapacity/trimToSize, indexOf/lastIndexOf from positions,
// reverse with surrogate pairs kept in order, appendCodePoint, compareTo (Java 11),
// chars(), and the same operations on StringBuffer.
public class StringBuilderEdits {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": ok"); }
        catch (RuntimeException e) { System.out.println(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage()); }
    }

    static String esc(CharSequence s) {
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < s.length(); i++) { char c = s.charAt(i); o.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c)); }
        return o.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("middle");
        sb.insert(0, 'A').insert(sb.length(), 42).insert(3, true).insert(1, new char[] {'x', 'y', 'z'}, 1, 2).insert(2, "0123456789", 3, 5).insert(0, (Object) null).insert(0, 1.5f).insert(0, 7L);
        System.out.println("inserts " + sb + " length " + sb.length());
        sb.delete(0, 7).deleteCharAt(0).replace(2, 5, "<R>").delete(sb.length() - 2, 1000);
        System.out.println("delete/replace " + sb);
        StringBuilder b = new StringBuilder("abcdef");
        b.replace(4, 100, "XY");
        System.out.println("replace past end " + b + " replace at end " + new StringBuilder("ab").replace(2, 2, "cd"));
        attempt("delete(3,2)", () -> new StringBuilder("abcdef").delete(3, 2));
        attempt("delete(-1,2)", () -> new StringBuilder("abcdef").delete(-1, 2));
        attempt("deleteCharAt(6)", () -> new StringBuilder("abcdef").deleteCharAt(6));
        attempt("insert(7,x)", () -> new StringBuilder("abcdef").insert(7, "x"));
        attempt("replace(7,8,x)", () -> new StringBuilder("abcdef").replace(7, 8, "x"));
        attempt("setCharAt(6)", () -> new StringBuilder("abcdef").setCharAt(6, 'z'));
        attempt("charAt(-1)", () -> new StringBuilder("abcdef").charAt(-1));
        attempt("substring(4,2)", () -> new StringBuilder("abcdef").substring(4, 2));
        attempt("setLength(-1)", () -> new StringBuilder().setLength(-1));
        attempt("insert char[] bad slice", () -> new StringBuilder("ab").insert(1, new char[3], 2, 5));
        attempt("append CharSequence bad range", () -> new StringBuilder().append("abc", 2, 1));
        StringBuilder s = new StringBuilder("abcdef");
        s.setLength(3);
        String shrunk = s.toString();
        s.setLength(5);
        s.setCharAt(0, 'A');
        System.out.println("setLength " + shrunk + " then padded " + esc(s) + " length " + s.length());
        StringBuilder cap = new StringBuilder();
        StringBuilder growth = new StringBuilder("capacities:");
        int last = -1;
        for (int i = 0; i < 200; i++) { cap.append('x'); if (cap.capacity() != last) { last = cap.capacity(); growth.append(' ').append(last); } }
        System.out.println(growth + " | new(100) " + new StringBuilder(100).capacity() + " new(\"abc\") " + new StringBuilder("abc").capacity());
        StringBuilder e = new StringBuilder();
        e.ensureCapacity(50);
        int afterEnsure = e.capacity();
        e.append("short");
        e.trimToSize();
        System.out.println("ensureCapacity(50) from 16 -> " + afterEnsure + " trimToSize -> " + e.capacity() + " ensureCapacity(-5) keeps " + keep(e));
        StringBuilder text = new StringBuilder("one two one three one");
        System.out.println("indexOf " + text.indexOf("one") + " " + text.indexOf("one", 1) + " " + text.indexOf("one", 100) + " lastIndexOf " + text.lastIndexOf("one") + " " + text.lastIndexOf("one", 17) + " " + text.lastIndexOf("one", -1));
        StringBuilder sur = new StringBuilder("a\ud83d\ude00b\ud83c\udf89c");
        System.out.println("reverse keeps pairs " + esc(new StringBuilder(sur).reverse()) + " codePointCount " + sur.codePointCount(0, sur.length()) + " appendCodePoint " + esc(new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('!')));
        StringBuilder lone = new StringBuilder("x\ud83dy");
        System.out.println("lone surrogate reversed " + esc(lone.reverse()));
        System.out.println("compareTo " + Integer.signum(new StringBuilder("abc").compareTo(new StringBuilder("abd"))) + " " + new StringBuilder("b").compareTo(new StringBuilder("a")) + " equals is identity " + new StringBuilder("q").equals(new StringBuilder("q")));
        System.out.println("chars sum " + new StringBuilder("AB").chars().sum() + " subSequence " + new StringBuilder("hello").subSequence(1, 3) + " append(char[]) " + new StringBuilder().append(new char[] {'h', 'i'}).append((String) null).append((char[]) new char[] {'!'}, 0, 1));
        StringBuffer buf = new StringBuffer("sync");
        buf.insert(0, 12).append('-').append(3.25).reverse().setCharAt(0, 'Z');
        System.out.println("StringBuffer " + buf + " capacity " + buf.capacity() + " deleteCharAt " + buf.deleteCharAt(buf.length() - 1));
        StringBuilder num = new StringBuilder();
        num.append(Integer.MIN_VALUE).append(' ').append(Long.MAX_VALUE).append(' ').append(-0.0).append(' ').append(1e21).append(' ').append(1e-5f).append(' ').append('c').append((int) 'c').append(' ').append(true);
        System.out.println("appends " + num);
    }

    static int keep(StringBuilder e) { int c = e.capacity(); e.ensureCapacity(-5); return e.capacity() == c ? c : -1; }
}
