// String concatenation with every primitive type, null, objects, chars and arrays of chars
// (javac emits invokedynamic StringConcatFactory.makeConcatWithConstants).
public class StringConcat {
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + ", " + y + ")"; }
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -8;
        short s = 1234;
        char c = 'Q';
        int i = -42;
        long l = 9_000_000_000L;
        float f = 1.25f;
        double d = -0.1;
        String str = "str";
        String nul = null;
        Object o = new Point(3, 4);
        System.out.println("z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d);
        System.out.println(str + nul + o + z + b + s + c + i + l + f + d);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + Long.MIN_VALUE + Integer.MIN_VALUE + Double.NaN + Float.NEGATIVE_INFINITY + (char) 65);
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        System.out.println(acc);
        acc += 'x';
        acc += 1.5;
        acc += true;
        acc += null;
        System.out.println(acc);
        StringBuilder sb = new StringBuilder();
        sb.append(z).append(b).append(s).append(c).append(i).append(l).append(f).append(d).append(str).append(nul).append(o).append(new char[] {'h', 'i'});
        System.out.println(sb);
        String many = "a" + i + "b" + i + "c" + i + "d" + i + "e" + i + "f" + i + "g" + i + "h" + i + "i" + i + "j" + i;
        System.out.println(many);
        String withConst = "\u0001" + i + "\u0002" + str;
        System.out.println(withConst.length() + " " + (int) withConst.charAt(0));
        Integer boxed = 77;
        Character ch = 'w';
        System.out.println("boxed " + boxed + ch + (boxed + 1));
        char[] arr = {'x', 'y'};
        System.out.println("chars via valueOf " + String.valueOf(arr));
        System.out.println(str.concat("!").concat(String.valueOf(3.0f)));
        String big = "x".repeat(5) + 12345678901L + 'y' + 0.5f + 1e100;
        System.out.println(big);
        final String k1 = "con", k2 = "stant";
        System.out.println((k1 + k2) == "constant");
        System.out.println(String.valueOf(z) + String.valueOf(c) + String.valueOf(i) + String.valueOf(l) + String.valueOf(f) + String.valueOf(d));
    }
}
