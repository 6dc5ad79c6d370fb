// Class hierarchy checks when hand-assembled classes (a tiny constant-pool writer below)
// are linked by a named custom loader: a class extending an interface or implementing a
// class (IncompatibleClassChangeError), extending a final class or overriding a final
// method (VerifyError), a circular superclass chain (ClassCircularityError), a missing
// superclass or superinterface (NoClassDefFoundError), an inaccessible package-private
// superclass/superinterface in another package (IllegalAccessError), implementing the
// sealed java.lang.constant.ConstantDesc, and a duplicate class definition (LinkageError).
import java.io.ByteArrayOutputStream;
import java.util.*;

public class HierarchyErrors {
    static final class ClassFile {
        final ByteArrayOutputStream cp = new ByteArrayOutputStream();
        final Map<String, Integer> index = new HashMap<>();
        final List<byte[]> fields = new ArrayList<>(), methods = new ArrayList<>();
        final String name, superName; final int access; final String[] ifaces;
        int next = 1, major = 52;
        ClassFile(int access, String name, String superName, String... ifaces) { this.access = access; this.name = name; this.superName = superName; this.ifaces = ifaces; }
        static byte[] b(int... v) { byte[] r = new byte[v.length]; for (int i = 0; i < v.length; i++) r[i] = (byte) v[i]; return r; }
        int entry(String key, byte[] bytes) { return index.computeIfAbsent(key, k -> { cp.writeBytes(bytes); return next++; }); }
        int utf8(String s) { ByteArrayOutputStream o = new ByteArrayOutputStream(); o.writeBytes(b(1, s.length() >> 8, s.length())); o.writeBytes(s.getBytes()); return entry("U" + s, o.toByteArray()); }
        int cls(String n) { int u = utf8(n); return entry("C" + n, b(7, u >> 8, u)); }
        int ref(int tag, String owner, String n, String d) {
            int c = cls(owner), a = utf8(n), t = utf8(d);
            int nat = entry("N" + n + ":" + d, b(12, a >> 8, a, t >> 8, t));
            return entry(tag + owner + "." + n + d, b(tag, c >> 8, c, nat >> 8, nat));
        }
        ClassFile field(int acc, String n, String d) { fields.add(b(acc >> 8, acc, utf8(n) >> 8, utf8(n), utf8(d) >> 8, utf8(d), 0, 0)); return this; }
        ClassFile method(int acc, String n, String d, int stack, int locals, int... code) {
            ByteArrayOutputStream m = new ByteArrayOutputStream();
            m.writeBytes(b(acc >> 8, acc, utf8(n) >> 8, utf8(n), utf8(d) >> 8, utf8(d)));
            if (code.length == 0) m.writeBytes(b(0, 0));
            else {
                int len = 12 + code.length, attr = utf8("Code");
                m.writeBytes(b(0, 1, attr >> 8, attr, len >>> 24, len >> 16, len >> 8, len, stack >> 8, stack, locals >> 8, locals, 0, 0, code.length >> 8, code.length));
                m.writeBytes(b(code));
                m.writeBytes(b(0, 0, 0, 0));
            }
            methods.add(m.toByteArray());
            return this;
        }
        ClassFile ctor() { int init = ref(10, superName, "<init>", "()V"); return method(1, "<init>", "()V", 1, 1, 0x2a, 0xb7, init >> 8, init, 0xb1); }
        byte[] bytes() {
            int self = cls(name), sup = superName == null ? 0 : cls(superName);
            int[] ii = Arrays.stream(ifaces).mapToInt(this::cls).toArray();
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(b(0xca, 0xfe, 0xba, 0xbe, 0, 0, major >> 8, major, next >> 8, next));
            o.writeBytes(cp.toByteArray());
            o.writeBytes(b(access >> 8, access, self >> 8, self, sup >> 8, sup, ii.length >> 8, ii.length));
            for (int i : ii) o.writeBytes(b(i >> 8, i));
            o.writeBytes(b(fields.size() >> 8, fields.size())); fields.forEach(o::writeBytes);
            o.writeBytes(b(methods.size() >> 8, methods.size())); methods.forEach(o::writeBytes);
            o.writeBytes(b(0, 0));
            return o.toByteArray();
        }
    }

    static class Loader extends ClassLoader {
        final Map<String, byte[]> defs = new HashMap<>();
        Loader(ClassFile... cfs) { super("hierarchy", HierarchyErrors.class.getClassLoader()); for (ClassFile c : cfs) defs.put(c.name.replace('/', '.'), c.bytes()); }
        @Override protected Class<?> findClass(String n) throws ClassNotFoundException {
            byte[] b = defs.get(n);
            if (b == null) throw new ClassNotFoundException(n);
            return defineClass(n, b, 0, b.length);
        }
        Class<?> again(String n) { byte[] b = defs.get(n); return defineClass(n, b, 0, b.length); }
    }

    static String mask(Throwable e) { return e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("(loader '[^']*') @[0-9a-f]+", "$1 @HASH"); }

    static void load(String what, String name, ClassFile... cfs) {
        try {
            Class<?> c = Class.forName(name, true, new Loader(cfs));
            System.out.println(what + ": loaded " + c.getName() + " extends " + c.getSuperclass().getName());
        } catch (Throwable e) {
            System.out.println(what + ": " + mask(e));
        }
    }

    static ClassFile cls(String name, String sup, String... ifaces) { return new ClassFile(0x21, name, sup, ifaces).ctor(); }
    static ClassFile iface(String name, String... supers) { return new ClassFile(0x601, name, "java/lang/Object", supers); }

    public static void main(String[] args) {
        load("baseline", "Sub", cls("Sub", "Base"), cls("Base", "java/lang/Object"));
        load("extends an interface", "Bad", cls("Bad", "Iface"), iface("Iface"));
        load("implements a class", "Bad", cls("Bad", "java/lang/Object", "Base"), cls("Base", "java/lang/Object"));
        load("implements java.lang.String", "Bad", cls("Bad", "java/lang/Object", "java/lang/String"));
        load("extends a final class", "Bad", cls("Bad", "Fin"), new ClassFile(0x31, "Fin", "java/lang/Object").ctor());
        load("extends java.lang.String", "Bad", cls("Bad", "java/lang/String"));
        load("overrides a final method", "Sub", cls("Sub", "Base").method(1, "fm", "()V", 0, 1, 0xb1), cls("Base", "java/lang/Object").method(0x11, "fm", "()V", 0, 1, 0xb1));
        load("overrides final Object.getClass", "Bad", cls("Bad", "java/lang/Object").method(1, "getClass", "()Ljava/lang/Class;", 1, 1, 0x01, 0xb0));
        load("circular superclasses", "A", cls("A", "B"), cls("B", "A"));
        load("extends itself", "Self", cls("Self", "Self"));
        load("circular interfaces", "I1", iface("I1", "I2"), iface("I2", "I1"));
        load("missing superclass", "Orphan", cls("Orphan", "NoSuchBase"));
        load("missing superinterface", "Orphan", cls("Orphan", "java/lang/Object", "NoSuchIface"));
        ClassFile hiddenBase = new ClassFile(0x20, "p/Base", "java/lang/Object").ctor();
        load("package-private superclass in another package", "q.Sub", cls("q/Sub", "p/Base"), hiddenBase);
        load("package-private superclass in the same package", "p.Sub", cls("p/Sub", "p/Base"), hiddenBase);
        load("package-private superinterface in another package", "q.Impl", cls("q/Impl", "java/lang/Object", "p/Hid"), new ClassFile(0x600, "p/Hid", "java/lang/Object"));
        load("implements sealed ConstantDesc", "Desc", cls("Desc", "java/lang/Object", "java/lang/constant/ConstantDesc"));
        load("extends abstract java.lang.Number", "Num", cls("Num", "java/lang/Number"));
        load("extends java.lang.Enum directly", "E", cls("E", "java/lang/Enum"));
        load("extends java.lang.Record", "R", cls("R", "java/lang/Record"));
        Loader l = new Loader(cls("Twice", "java/lang/Object"));
        try {
            Class<?> first = l.loadClass("Twice");
            System.out.println("first definition " + first.getName());
            l.again("Twice");
        } catch (Throwable e) {
            System.out.println("duplicate definition: " + mask(e));
        }
    }
}
