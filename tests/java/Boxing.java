// Autoboxing and the box caches: == on Integer 127 vs 128 (cache -128..127), Long, Short,
// Byte, Character and Boolean caches, Double/Float never cached, unboxing in arithmetic,
// compound assignment on boxes, equals across box types, and NPE on unboxing null.
import java.util.*;

public class Boxing {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println("127==127 " + (a == b) + ", 128==128 " + (c == d) + ", -128==-128 " + (e == f) + ", -129==-129 " + (g == h));
        System.out.println("equals 128 " + c.equals(d) + ", valueOf(127)==valueOf(127) " + (Integer.valueOf(127) == Integer.valueOf(127)) + ", valueOf(1000)==valueOf(1000) " + (Integer.valueOf(1000) == Integer.valueOf(1000)));
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127 " + (l1 == l2) + ", Long 128 " + (l3 == l4));
        Short s1 = 100, s2 = 100;
        Byte b1 = (byte) 200, b2 = (byte) 200;
        Character c1 = 127, c2 = 127, c3 = 128, c4 = 128;
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Short " + (s1 == s2) + ", Byte " + (b1 == b2) + ", Character 127 " + (c1 == c2) + ", Character 128 " + (c3 == c4) + ", Boolean " + (t1 == t2));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1f, f2 = 1f;
        System.out.println("Double cached " + (d1 == d2) + ", Float cached " + (f1 == f2) + ", equals " + d1.equals(d2));
        Integer sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("boxed sum " + sum + " class " + sum.getClass().getSimpleName());
        Integer x = 1000, y = 1000;
        System.out.println("x==y " + (x == y) + ", x<=y&&x>=y " + (x <= y && x >= y) + ", x.equals(y) " + x.equals(y) + ", x==1000 (unboxes) " + (x == 1000));
        Integer counter = 126;
        Integer before = counter;
        counter++;
        counter++;
        System.out.println("counter " + counter + ", original box unchanged " + before);
        Object o = 42;
        Object ol = 42L;
        Object od = 42.0;
        Object oc = 'c';
        System.out.println(o.getClass().getName() + " " + ol.getClass().getName() + " " + od.getClass().getName() + " " + oc.getClass().getName());
        System.out.println("Integer(42).equals(Long 42) " + o.equals(ol) + ", Long.equals(42L) " + ol.equals(42L) + ", Objects.equals " + Objects.equals(42, 42));
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 300));
        list.remove(1);                  // by index
        list.remove(Integer.valueOf(3)); // by value
        System.out.println("list " + list + " contains 300 " + list.contains(300) + " indexOf(300) " + list.indexOf(300));
        Map<Character, Integer> m = new TreeMap<>();
        for (char ch : "hello".toCharArray()) m.put(ch, m.containsKey(ch) ? m.get(ch) + 1 : 1);
        System.out.println(m);
        Integer nothing = null;
        try {
            int bad = nothing + 1;
            System.out.println(bad);
        } catch (NullPointerException ex) {
            System.out.println("unboxing null throws NPE");
        }
        try {
            Map<String, Integer> mm = new HashMap<>();
            int missing = mm.get("absent");
            System.out.println(missing);
        } catch (NullPointerException ex) {
            System.out.println("unboxing a missing map value throws NPE");
        }
        long widened = x;
        double dw = x;
        System.out.println("widened " + widened + " " + dw + " ternary unboxing " + (true ? x : 0.5) + " compare " + Integer.compare(x, y) + " " + x.compareTo(999));
        System.out.println("parse/valueOf " + Integer.valueOf("77") + " " + Double.valueOf("1e3") + " " + Boolean.parseBoolean("yes") + " " + Long.valueOf(5).intValue() + " " + Integer.valueOf(65).byteValue() + " " + Double.valueOf(3.99).intValue());
        System.out.println("MIN/MAX " + Byte.MIN_VALUE + " " + Short.MAX_VALUE + " " + Character.MAX_RADIX + " " + Float.MIN_NORMAL + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println("toString " + Integer.toString(255) + " " + Double.toString(1e-5) + " " + Float.toString(1e10f) + " " + Boolean.toString(false) + " sum/max " + Integer.sum(3, 4) + " " + Long.max(3, 9) + " " + Double.min(-0.0, 0.0));
    }
}
