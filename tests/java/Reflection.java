// Core reflection: Class.forName, getDeclaredFields/Methods sorted by name (their order is
// unspecified), Field get/set of primitives and objects incl. private with setAccessible,
// Method.invoke with boxing and InvocationTargetException, Constructor.newInstance,
// modifiers, array reflection, and annotations with runtime retention.
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.*;
import java.util.Arrays;
import java.util.Comparator;

public class Reflection {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Tag { String value(); int weight() default 1; }

    @Tag("target")
    static class Target {
        private int secret = 42;
        public long big = 1L << 40;
        protected double ratio = 0.5;
        static String shared = "shared";
        final String name;

        public Target() { this("default"); }
        private Target(String name) { this.name = name; }

        @Tag(value = "adder", weight = 5)
        public int add(int a, int b) { return a + b + secret; }
        private String hidden(String s) { return "hidden:" + s; }
        public static String stat(Object o) { return "stat(" + o + ")"; }
        public void fail() { throw new UnsupportedOperationException("fail() called"); }
        @Override public String toString() { return "Target(" + name + ", " + secret + ")"; }
    }

    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName("Reflection$Target");
        System.out.println(c.getName() + " modifiers " + Modifier.toString(c.getModifiers()) + " tag " + c.getAnnotation(Tag.class).value());
        Field[] fields = c.getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field f : fields) System.out.println("field " + Modifier.toString(f.getModifiers()) + " " + f.getType().getName() + " " + f.getName());
        Method[] methods = c.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) System.out.println("method " + m.getName() + Arrays.toString(m.getParameterTypes()) + " -> " + m.getReturnType().getName() + " public " + Modifier.isPublic(m.getModifiers()));
        System.out.println("public constructors " + c.getConstructors().length + ", declared " + c.getDeclaredConstructors().length);
        Object t = c.getConstructor().newInstance();
        System.out.println("newInstance " + t);
        Constructor<?> priv = c.getDeclaredConstructor(String.class);
        priv.setAccessible(true);
        Object t2 = priv.newInstance("private-ctor");
        System.out.println("private constructor " + t2);
        Field secret = c.getDeclaredField("secret");
        try {
            secret.getInt(t);
            System.out.println("private read allowed: Reflection and Target are nestmates");
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException reading private field");
        }
        secret.setAccessible(true);
        secret.setInt(t, 100);
        System.out.println("secret now " + secret.getInt(t) + " as Object " + secret.get(t));
        Field big = c.getField("big");
        big.setLong(t, big.getLong(t) + 1);
        System.out.println("big " + big.get(t) + " ratio " + c.getDeclaredField("ratio").getDouble(t) + " static " + c.getDeclaredField("shared").get(null));
        try {
            big.setInt(t, 5);
            System.out.println("widening int to long field ok: " + big.getLong(t));
            big.setDouble(t, 1.0);
        } catch (IllegalArgumentException e) {
            System.out.println("setDouble on long field: " + e.getMessage());
        }
        Method add = c.getMethod("add", int.class, int.class);
        System.out.println("invoke add " + add.invoke(t, 1, 2) + " annotation weight " + add.getAnnotation(Tag.class).weight());
        Method hidden = c.getDeclaredMethod("hidden", String.class);
        hidden.setAccessible(true);
        System.out.println("invoke private " + hidden.invoke(t, "x") + ", static " + c.getMethod("stat", Object.class).invoke(null, 3.5));
        try {
            c.getMethod("fail").invoke(t);
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException wrapping " + e.getCause());
        }
        try {
            add.invoke(t, "not", "ints");
        } catch (IllegalArgumentException e) {
            System.out.println("bad arguments: " + e.getClass().getSimpleName());
        }
        try {
            c.getMethod("nope");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            c.getField("secret");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException: " + e.getMessage());
        }
        Object arr = Array.newInstance(long.class, 3);
        Array.setLong(arr, 1, 77);
        Array.set(arr, 2, 5L);
        System.out.println("array reflection " + Arrays.toString((long[]) arr) + " length " + Array.getLength(arr) + " get " + Array.get(arr, 1));
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        System.out.println("multi " + Arrays.deepToString(grid) + " " + grid.getClass().getName());
        try {
            Array.get(arr, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("Array.get out of bounds: " + e.getMessage());
        }
        try {
            Array.set(arr, 0, "str");
        } catch (IllegalArgumentException e) {
            System.out.println("Array.set wrong type: " + e.getMessage());
        }
        System.out.println("String has method length " + String.class.getMethod("length").invoke("four") + ", Integer.parseInt via reflection " + Integer.class.getMethod("parseInt", String.class).invoke(null, "-12"));
    }
}
