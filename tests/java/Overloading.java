// Overload resolution: exact match, widening beats boxing beats varargs (JLS 15.12.2
// phases), most specific method, null arguments, char to int widening, static vs instance
// dispatch (overloading is static, overriding is dynamic), and varargs corner cases.
public class Overloading {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... xs) { return "f(int...) len " + xs.length; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }

    static String v(String fmt, Object... args) { return "v(String, Object...) " + (args == null ? "null array" : args.length + " args"); }
    static String v(String fmt) { return "v(String)"; }

    static String w(Object... xs) { return "w(Object...) " + (xs == null ? "null" : String.valueOf(xs.length)); }

    static String box(Long l) { return "box(Long)"; }
    static String box(Number n) { return "box(Number)"; }

    static String ch(int i) { return "ch(int)"; }
    static String ch(String s) { return "ch(String)"; }

    static String sb(short s) { return "sb(short)"; }
    static String sb(int i) { return "sb(int)"; }

    static class Animal {
        String sound() { return "..."; }
        static String kind() { return "animal"; }
        String meet(Animal a) { return "Animal meets Animal"; }
        String meet(Dog d) { return "Animal meets Dog"; }
    }

    static class Dog extends Animal {
        @Override String sound() { return "woof"; }
        static String kind() { return "dog"; }
        @Override String meet(Animal a) { return "Dog meets Animal"; }
        @Override String meet(Dog d) { return "Dog meets Dog"; }
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 3;
        float fl = 4f;
        Integer boxed = 5;
        Long boxedLong = 6L;
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(c) + " " + f(l) + " " + f(fl) + " " + f(boxed) + " " + f(boxedLong) + " " + f("s") + " " + f() + " " + f(1, 2));
        System.out.println(g(1) + " " + g(boxed));
        System.out.println(h(null) + " " + h("x") + " " + h((Object) "x"));
        System.out.println(v("a") + " | " + v("a", 1) + " | " + v("a", 1, "two") + " | " + v("a", (Object[]) null) + " | " + v("a", (Object) null));
        System.out.println(w() + " " + w(1, 2, 3) + " " + w(new Object[] {1, 2}) + " " + w((Object) new Object[] {1, 2}) + " " + w(new String[] {"a"}) + " " + w(new int[] {1, 2}));
        System.out.println(box(1L) + " " + box(1) + " " + box(1.0));
        System.out.println(ch('x') + " " + ch("x") + " " + sb(b) + " " + sb(s) + " " + sb((short) 70000));
        Animal a = new Dog();
        Dog d = new Dog();
        System.out.println(a.sound() + " " + a.kind() + " " + Animal.kind() + " " + Dog.kind());
        System.out.println(a.meet(a) + " / " + a.meet(d) + " / " + d.meet(a) + " / " + new Animal().meet(d));
        Object o = d;
        System.out.println(f(o) + " " + h(String.valueOf(o == d)));
        long big = Integer.MAX_VALUE + 1L;
        System.out.println(f(big) + " " + f('a' + 1) + " " + f((char) ('a' + 1)) + " " + f(1.0f * 2));
    }
}
