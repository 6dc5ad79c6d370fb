// Constructors through reflection: getDeclaredConstructors sorted by parameter list,
// getConstructors (public only), Parameter names without -parameters (arg0..), varargs
// constructors, newInstance on an abstract class (InstantiationException), on an
// interface, on an enum ("Cannot reflectively create enum objects"), a constructor that
// throws (InvocationTargetException), the deprecated Class.newInstance propagating a
// checked exception undeclared, default constructors' access, and the implicit
// constructor of an anonymous class.
import java.lang.reflect.*;
import java.util.*;

public class ReflectConstructors {
    public static class Widget {
        final String desc;
        public Widget() { this("default"); }
        public Widget(String d) { desc = d; }
        protected Widget(int n, String... parts) { desc = n + ":" + String.join("/", parts); }
        Widget(long big) { desc = "pkg " + big; }
        private Widget(char c) throws java.io.IOException { if (c == '!') throw new java.io.IOException("bang"); desc = "private " + c; }
        public String toString() { return "Widget(" + desc + ")"; }
    }

    static abstract class Abstract { public Abstract() {} }
    enum Mode { ON, OFF }
    static class Defaulted {}
    public static class PublicDefaulted {}

    static String sig(Constructor<?> k) {
        StringJoiner j = new StringJoiner(",", "(", ")");
        for (Class<?> p : k.getParameterTypes()) j.add(p.getSimpleName());
        return Modifier.toString(k.getModifiers()) + " " + j + (k.isVarArgs() ? " varargs" : "") + " throws " + Arrays.toString(k.getExceptionTypes());
    }

    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>();
        for (Constructor<?> k : Widget.class.getDeclaredConstructors()) all.add(sig(k));
        Collections.sort(all);
        all.forEach(s -> System.out.println("declared " + s));
        List<String> pub = new ArrayList<>();
        for (Constructor<?> k : Widget.class.getConstructors()) pub.add(sig(k));
        Collections.sort(pub);
        System.out.println("public " + pub);
        Constructor<Widget> va = Widget.class.getDeclaredConstructor(int.class, String[].class);
        System.out.println("varargs " + va.newInstance(3, new String[] {"a", "b"}) + " params " + Arrays.stream(va.getParameters()).map(p -> p.getName() + (p.isNamePresent() ? "" : "?") + (p.isVarArgs() ? "..." : "")).toList());
        System.out.println("pkg " + Widget.class.getDeclaredConstructor(long.class).newInstance(1L << 33) + " private " + Widget.class.getDeclaredConstructor(char.class).newInstance('z'));
        try { Widget.class.getDeclaredConstructor(char.class).newInstance('!'); }
        catch (InvocationTargetException e) { System.out.println("throwing ctor: ITE cause " + e.getCause()); }
        try { Widget.class.getDeclaredConstructor(char.class).newInstance("x"); }
        catch (IllegalArgumentException e) { System.out.println("bad argument: " + e.getMessage()); }
        try { Abstract.class.getConstructor().newInstance(); }
        catch (InstantiationException e) { System.out.println("abstract: InstantiationException " + e.getMessage()); }
        try { Runnable.class.getConstructor(); }
        catch (NoSuchMethodException e) { System.out.println("interface ctor: NoSuchMethodException " + e.getMessage()); }
        Constructor<?> ek = Mode.class.getDeclaredConstructors()[0];
        System.out.println("enum ctor params " + Arrays.stream(ek.getParameterTypes()).map(Class::getSimpleName).toList() + " " + Modifier.toString(ek.getModifiers()));
        ek.setAccessible(true);
        try { ek.newInstance("X", 2); }
        catch (IllegalArgumentException e) { System.out.println("enum newInstance: " + e.getMessage()); }
        @SuppressWarnings("deprecation") Object w = Widget.class.newInstance();
        System.out.println("Class.newInstance " + w);
        try {
            @SuppressWarnings("deprecation") Object x = Mode.class.newInstance();
        } catch (InstantiationException e) { System.out.println("Class.newInstance enum: InstantiationException " + e.getMessage()); }
        try {
            @SuppressWarnings("deprecation") Object x = int.class.newInstance();
        } catch (InstantiationException e) { System.out.println("Class.newInstance int: InstantiationException " + e.getMessage()); }
        System.out.println("default ctor modifiers: package class '" + Modifier.toString(Defaulted.class.getDeclaredConstructor().getModifiers()) + "' public class '" + Modifier.toString(PublicDefaulted.class.getDeclaredConstructor().getModifiers()) + "'");
        Object anon = new Widget("base") { };
        Constructor<?>[] ak = anon.getClass().getDeclaredConstructors();
        System.out.println("anonymous ctor count " + ak.length + " params " + Arrays.stream(ak[0].getParameterTypes()).map(Class::getSimpleName).toList() + " mods '" + Modifier.toString(ak[0].getModifiers()) + "'");
        Constructor<String> sk = String.class.getConstructor(char[].class, int.class, int.class);
        System.out.println("String(char[],int,int) " + sk.newInstance("hello world".toCharArray(), 6, 5) + " declaring " + sk.getDeclaringClass().getSimpleName() + " name " + sk.getName());
        try { sk.newInstance("abc".toCharArray(), 2, 5); }
        catch (InvocationTargetException e) { System.out.println("String ctor ITE: " + e.getCause()); }
        System.out.println("toString " + Widget.class.getDeclaredConstructor(int.class, String[].class) + " | generic " + Widget.class.getDeclaredConstructor(int.class, String[].class).toGenericString());
    }
}
