// What javac generates for inner classes, seen through reflection and behaviour: the
// synthetic this$0 field of an inner class, val$x fields of captured locals in local and
// anonymous classes, the outer instance as a hidden constructor parameter, nest mates
// (getNestHost/isNestmateOf, private access without accessors in Java 11+), inner classes
// of inner classes (this$1), shadowing resolved with Outer.this.x, and qualified creation
// outer.new Inner().
import java.lang.reflect.*;
import java.util.*;

public class InnerSynthetic {
    private int x = 1;
    private static int secret() { return 77; }

    class Inner {
        int x = 2;
        class Deeper {
            int x = 3;
            String all() { return x + " " + this.x + " " + Inner.this.x + " " + InnerSynthetic.this.x; }
        }
        int outerPlus(int d) { return InnerSynthetic.this.x + d; }
    }

    static class Nested {
        int peek(InnerSynthetic o) { return o.x + secret(); }
    }

    static String fields(Class<?> c) {
        List<String> l = new ArrayList<>();
        for (Field f : c.getDeclaredFields())
            l.add(f.getName() + ":" + f.getType().getSimpleName() + (f.isSynthetic() ? ":synthetic" : "") + ":" + Modifier.toString(f.getModifiers()));
        Collections.sort(l);
        return l.toString();
    }

    static String ctors(Class<?> c) {
        List<String> l = new ArrayList<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            StringJoiner j = new StringJoiner(",", "(", ")");
            for (Class<?> p : k.getParameterTypes()) j.add(p.getSimpleName());
            l.add(j.toString());
        }
        Collections.sort(l);
        return l.toString();
    }

    Runnable local(String label, int n) {
        class Counter implements Runnable {
            int runs;
            public void run() { runs++; System.out.println("local class " + label + " n=" + n + " runs=" + runs + " outer x=" + x); }
        }
        Counter c = new Counter();
        c.run();
        System.out.println("Counter fields " + fields(Counter.class) + " ctors " + ctors(Counter.class));
        return c;
    }

    public static void main(String[] args) throws Exception {
        InnerSynthetic outer = new InnerSynthetic();
        InnerSynthetic.Inner in = outer.new Inner();
        InnerSynthetic.Inner.Deeper d = in.new Deeper();
        System.out.println("shadowing " + d.all() + " outerPlus " + in.outerPlus(10));
        outer.x = 100;
        System.out.println("after outer change " + d.all());
        System.out.println("Inner fields " + fields(Inner.class) + " ctors " + ctors(Inner.class));
        System.out.println("Deeper fields " + fields(Inner.Deeper.class) + " ctors " + ctors(Inner.Deeper.class));
        System.out.println("Nested fields " + fields(Nested.class) + " ctors " + ctors(Nested.class));
        Field this0 = Inner.class.getDeclaredField("this$0");
        this0.setAccessible(true);
        System.out.println("this$0 is outer " + (this0.get(in) == outer));
        Constructor<Inner> k = Inner.class.getDeclaredConstructor(InnerSynthetic.class);
        Inner viaReflection = k.newInstance(outer);
        System.out.println("reflective inner outerPlus " + viaReflection.outerPlus(1));
        try { k.newInstance((Object) null); } catch (InvocationTargetException e) { System.out.println("null outer: " + e.getCause().getClass().getSimpleName()); }
        Runnable r = outer.local("L", 5);
        r.run();
        int captured = 42;
        String word = "w";
        Object anon = new Object() {
            @Override public String toString() { return "anon sees " + captured + word; }
        };
        System.out.println(anon + " fields " + fields(anon.getClass()) + " name " + anon.getClass().getName());
        System.out.println("nest host of Deeper " + Inner.Deeper.class.getNestHost().getSimpleName() + " nestmates " + Nested.class.isNestmateOf(Inner.Deeper.class)
            + " String nest host " + String.class.getNestHost().getSimpleName());
        List<String> members = new ArrayList<>();
        for (Class<?> m : InnerSynthetic.class.getNestMembers()) members.add(m.getName());
        Collections.sort(members);
        System.out.println("nest members " + members);
        System.out.println("private access via nestmate " + new Nested().peek(outer));
        Method secretM = InnerSynthetic.class.getDeclaredMethod("secret");
        System.out.println("no access$ methods: " + Arrays.stream(InnerSynthetic.class.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("access$")) + " secret private " + Modifier.isPrivate(secretM.getModifiers()));
    }
}
