// Modifier bits from reflection: classes (public/abstract/final/static/interface as the
// InnerClasses attribute records them), interfaces (abstract, fields implicitly public
// static final, methods public abstract / default / static / private), enums, records,
// arrays (public abstract final, component visibility), primitives, synchronized/native/
// strictfp/transient/volatile members, Modifier.toString order, and the isDefault flag.
import java.lang.reflect.*;
import java.util.*;

public class ReflectModifiers {
    interface Api {
        int CONSTANT = 1;
        void run();
        default String name() { return "api"; }
        static Api make() { return () -> {}; }
        private int helper() { return 0; }
    }

    static abstract class Shape {
        protected transient int cache;
        volatile long version;
        abstract double area();
        public synchronized void touch() { version++; }
        protected static final strictfp double half(double d) { return d / 2; }
        private native void nativeThing();
    }

    private static final class Hidden {}
    protected enum Color { RED }
    record Point(int x, int y) {}
    @interface Marker {}

    static String mods(int m) { return "'" + Modifier.toString(m) + "'"; }

    static void members(Class<?> c) {
        List<String> l = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) l.add("field " + f.getName() + " " + mods(f.getModifiers()));
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().startsWith("lambda$")) continue;
            l.add("method " + m.getName() + " " + mods(m.getModifiers()) + (m.isDefault() ? " default" : "") + (m.isSynthetic() ? " synthetic" : ""));
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) l.add("ctor " + k.getParameterCount() + " " + mods(k.getModifiers()));
        Collections.sort(l);
        System.out.println(c.getSimpleName() + " " + mods(c.getModifiers()));
        for (String s : l) System.out.println("  " + s);
    }

    public static void main(String[] args) {
        members(Api.class);
        members(Shape.class);
        members(Hidden.class);
        members(Color.class);
        members(Point.class);
        members(Marker.class);
        for (Class<?> c : new Class<?>[] {int.class, void.class, int[].class, String[].class, Hidden[].class, Shape[][].class, Api[].class, Object.class, Runnable.class, Thread.State.class, Map.Entry.class})
            System.out.println(c.getTypeName() + " " + mods(c.getModifiers()) + " interface " + c.isInterface() + " primitive " + c.isPrimitive() + " array " + c.isArray());
        System.out.println("Modifier.toString(all) " + Modifier.toString(0xFFF) + " | interface bits " + Modifier.toString(Modifier.INTERFACE | Modifier.ABSTRACT));
        System.out.println("classModifiers " + mods(Modifier.classModifiers()) + " methodModifiers " + mods(Modifier.methodModifiers()) + " fieldModifiers " + mods(Modifier.fieldModifiers()));
        System.out.println("interfaceModifiers " + mods(Modifier.interfaceModifiers()) + " parameterModifiers " + mods(Modifier.parameterModifiers()));
        System.out.println("isAnnotation " + Marker.class.isAnnotation() + " annotation is interface " + Marker.class.isInterface() + " interfaces " + Arrays.toString(Marker.class.getInterfaces()));
    }
}
