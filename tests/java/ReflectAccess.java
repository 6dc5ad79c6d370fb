// Reflective access checks: private members of a nestmate are accessible without
// setAccessible, private members of java.base are not (IllegalAccessException), static final fields stay
// unwritable even then, instance final fields become writable, canAccess/trySetAccessible,
// deep reflection into java.base rejected by the module system
// (InaccessibleObjectException message), public members of public java.base classes
// allowed (identity hashes of unnamed modules masked), and Field get/set with the typed
// accessors and their widening rules.
import java.lang.reflect.*;

public class ReflectAccess {
    static class Vault {
        private int pin = 1234;
        private final String owner = new String("alice");
        private static final long LIMIT = 5000L;
        private static int opened;
        private Vault() {}
        private Vault(int pin) { this.pin = pin; }
        private String open(int guess) { opened++; return guess == pin ? "opened" : "denied"; }
        public double ratio = 0.25;
        public short small = 7;
    }

    public static void main(String[] args) throws Exception {
        Class<Vault> c = Vault.class;
        Field pin = c.getDeclaredField("pin");
        Vault v = new Vault();
        System.out.println("nestmate access without setAccessible: " + pin.getInt(v) + " canAccess " + pin.canAccess(v));
        Field str = String.class.getDeclaredField("value");
        try { str.get("abc"); } catch (IllegalAccessException e) { System.out.println("String.value get: " + e.getMessage()); }
        try { str.setAccessible(true); } catch (InaccessibleObjectException e) { System.out.println("String.value setAccessible: " + mask(e.getMessage())); }
        System.out.println("trySetAccessible String.value " + str.trySetAccessible() + " String.hash canAccess " + String.class.getDeclaredField("hash").canAccess("x"));
        Method intern = String.class.getMethod("intern");
        System.out.println("public java.base method " + intern.invoke(new String("interned")) + " canAccess " + intern.canAccess("x"));
        Constructor<Vault> k = c.getDeclaredConstructor(int.class);
        Vault v2 = k.newInstance(42);
        Method open = c.getDeclaredMethod("open", int.class);
        System.out.println("private method " + open.invoke(v2, 42) + " " + open.invoke(v2, 1) + " opened " + Vault.opened);
        Field owner = c.getDeclaredField("owner");
        owner.setAccessible(true);
        owner.set(v2, "bob");
        System.out.println("final instance field after setAccessible set: " + owner.get(v2));
        Field limit = c.getDeclaredField("LIMIT");
        limit.setAccessible(true);
        try { limit.setLong(null, 1L); } catch (IllegalAccessException e) { System.out.println("static final set: " + e.getMessage()); }
        System.out.println("LIMIT " + limit.getLong(null) + " modifiers " + Modifier.toString(limit.getModifiers()));
        Field ratio = c.getField("ratio");
        ratio.setDouble(v2, 1.5);
        ratio.setInt(v2, 3);
        ratio.set(v2, 2.75f);
        System.out.println("double field widened sets " + ratio.getDouble(v2) + " getFloat fails? " + tryGetFloat(ratio, v2));
        Field small = c.getField("small");
        small.setByte(v2, (byte) -3);
        System.out.println("short field getInt " + small.getInt(v2) + " getLong " + small.getLong(v2) + " getDouble " + small.getDouble(v2));
        try { small.setInt(v2, 70000); } catch (IllegalArgumentException e) { System.out.println("short setInt: " + e.getMessage()); }
        try { small.set(v2, "7"); } catch (IllegalArgumentException e) { System.out.println("short set String: " + e.getMessage()); }
        try { small.getBoolean(v2); } catch (IllegalArgumentException e) { System.out.println("short getBoolean: " + e.getMessage()); }
        try { pin.getInt("not a vault"); } catch (IllegalArgumentException e) { System.out.println("wrong object: " + e.getMessage()); }
        try { pin.getInt(null); } catch (NullPointerException e) { System.out.println("null object for instance field: NPE " + e.getMessage()); }
        try { c.getField("pin"); } catch (NoSuchFieldException e) { System.out.println("getField private: NoSuchFieldException " + e.getMessage()); }
        try { c.getMethod("open", int.class); } catch (NoSuchMethodException e) { System.out.println("getMethod private: NoSuchMethodException " + e.getMessage()); }
        try { c.getDeclaredMethod("open", long.class); } catch (NoSuchMethodException e) { System.out.println("wrong params: " + e.getMessage()); }
        try { c.getConstructor(); } catch (NoSuchMethodException e) { System.out.println("getConstructor private: " + e.getMessage()); }
        Field unsafe = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        System.out.println("jdk.unsupported opens sun.misc: setAccessible ok " + unsafe.trySetAccessible());
        Method m = Class.forName("jdk.internal.misc.VM").getMethod("isBooted");
        try { m.invoke(null); } catch (IllegalAccessException e) { System.out.println("non-exported package: " + mask(e.getMessage())); }
    }

    static String mask(String s) { return s.replaceAll("@[0-9a-f]+", "@HASH"); }

    static String tryGetFloat(Field f, Object o) {
        try { return "no, " + f.getFloat(o); } catch (IllegalArgumentException | IllegalAccessException e) { return "yes: " + e.getMessage(); }
    }
}
