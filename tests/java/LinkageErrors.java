// Linkage errors between class files that disagree, built at run time as hand-assembled
// class files (a tiny constant-pool writer below) and defined by a named custom loader:
// NoSuchMethodError, NoSuchFieldError, IncompatibleClassChangeError (static vs instance
// method and field, class vs interface method refs), AbstractMethodError (interface and
// abstract class), IllegalAccessError (private method, private field, package-private
// class), InstantiationError, and NoClassDefFoundError; getMessage() of each is printed,
// with the loader's identity hash masked.
import java.io.ByteArrayOutputStream;
import java.util.*;

public class LinkageErrors {
    static final class ClassFile {
        final ByteArrayOutputStream cp = new ByteArrayOutputStream();
        final Map<String, Integer> index = new HashMap<>();
        final List<byte[]> fields = new ArrayList<>(), methods = new ArrayList<>();
        final String name, superName; final int access; final String[] ifaces;
        int next = 1;
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
            o.writeBytes(b(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52, next >> 8, next));
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
        Loader(ClassFile... cfs) { super("linkage", LinkageErrors.class.getClassLoader()); for (ClassFile c : cfs) defs.put(c.name.replace('/', '.'), c.bytes()); }
        @Override protected Class<?> findClass(String n) throws ClassNotFoundException {
            byte[] b = defs.get(n);
            if (b == null) throw new ClassNotFoundException(n);
            return defineClass(n, b, 0, b.length);
        }
    }

    static ClassFile caller(String name, int stack, java.util.function.Function<ClassFile, int[]> body) {
        ClassFile cf = new ClassFile(0x21, name, "java/lang/Object");
        return cf.method(9, "run", "()V", stack, 1, body.apply(cf));
    }
    static int[] op(int opcode, int idx, int... extra) { int[] r = new int[3 + extra.length]; r[0] = opcode; r[1] = idx >> 8; r[2] = idx; System.arraycopy(extra, 0, r, 3, extra.length); return r; }
    static int[] cat(int[]... parts) { return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray(); }
    static int[] ops(int... v) { return v; }
    static void run(String what, ClassFile... cfs) {
        try {
            Class<?> c = new Loader(cfs).loadClass(cfs[0].name.replace('/', '.'));
            c.getMethod("run").invoke(null);
            System.out.println(what + ": no error");
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable t = e.getCause();
            System.out.println(what + ": " + t.getClass().getName() + ": " + String.valueOf(t.getMessage()).replaceAll("(loader '[^']*') @[0-9a-f]+", "$1 @HASH"));
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println(what + " (at load): " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("(loader '[^']*') @[0-9a-f]+", "$1 @HASH"));
        }
    }

    static ClassFile target() {
        return new ClassFile(0x21, "Target", "java/lang/Object").ctor().field(1, "inst", "I").field(9, "stat", "I").field(10, "priv", "I")
            .method(1, "instM", "()V", 0, 1, 0xb1).method(9, "statM", "()V", 0, 0, 0xb1).method(10, "secret", "()V", 0, 0, 0xb1);
    }
    static ClassFile iface() { return new ClassFile(0x601, "Iface", "java/lang/Object").method(0x401, "m", "()V", 0, 0); }

    public static void main(String[] args) {
        run("NoSuchMethodError", caller("C", 2, c -> cat(ops(0x03, 0x01), op(0xb8, c.ref(10, "Target", "missing", "(ILjava/lang/String;)J")), ops(0x58, 0xb1))), target());
        run("NoSuchMethodError (virtual)", caller("C", 1, c -> cat(ops(0x01), op(0xb6, c.ref(10, "Target", "gone", "()[Ljava/lang/Object;")), ops(0x57, 0xb1))), target());
        run("NoSuchFieldError", caller("C", 1, c -> cat(op(0xb2, c.ref(9, "Target", "nofield", "I")), ops(0x57, 0xb1))), target());
        run("NoSuchFieldError (wrong type)", caller("C", 2, c -> cat(op(0xb2, c.ref(9, "Target", "stat", "J")), ops(0x58, 0xb1))), target());
        run("invokestatic of an instance method", caller("C", 0, c -> cat(op(0xb8, c.ref(10, "Target", "instM", "()V")), ops(0xb1))), target());
        run("invokevirtual of a static method", caller("C", 1, c -> cat(ops(0x01), op(0xb6, c.ref(10, "Target", "statM", "()V")), ops(0xb1))), target());
        run("getstatic of an instance field", caller("C", 1, c -> cat(op(0xb2, c.ref(9, "Target", "inst", "I")), ops(0x57, 0xb1))), target());
        run("getfield of a static field", caller("C", 1, c -> cat(ops(0x01), op(0xb4, c.ref(9, "Target", "stat", "I")), ops(0x57, 0xb1))), target());
        run("invokeinterface on a class", caller("C", 1, c -> cat(ops(0x01), op(0xb9, c.ref(11, "Target", "instM", "()V"), 1, 0), ops(0xb1))), target());
        run("invokevirtual on an interface", caller("C", 1, c -> cat(ops(0x01), op(0xb6, c.ref(10, "Iface", "m", "()V")), ops(0xb1))), iface());
        ClassFile impl = new ClassFile(0x21, "Impl", "java/lang/Object", "Iface").ctor();
        run("AbstractMethodError (interface)", caller("C", 2, c -> cat(op(0xbb, c.cls("Impl")), ops(0x59), op(0xb7, c.ref(10, "Impl", "<init>", "()V")), op(0xb9, c.ref(11, "Iface", "m", "()V"), 1, 0), ops(0xb1))), iface(), impl);
        ClassFile abs = new ClassFile(0x421, "Abs", "java/lang/Object").ctor().method(0x401, "m", "(I)Ljava/lang/String;", 0, 0);
        ClassFile concrete = new ClassFile(0x21, "Concrete", "Abs").ctor();
        run("AbstractMethodError (abstract class)", caller("C", 2, c -> cat(op(0xbb, c.cls("Concrete")), ops(0x59), op(0xb7, c.ref(10, "Concrete", "<init>", "()V")), ops(0x03), op(0xb6, c.ref(10, "Abs", "m", "(I)Ljava/lang/String;")), ops(0x57, 0xb1))), abs, concrete);
        run("IllegalAccessError (private method)", caller("C", 0, c -> cat(op(0xb8, c.ref(10, "Target", "secret", "()V")), ops(0xb1))), target());
        run("IllegalAccessError (private field)", caller("C", 1, c -> cat(op(0xb2, c.ref(9, "Target", "priv", "I")), ops(0x57, 0xb1))), target());
        ClassFile hidden = new ClassFile(0x20, "p/Hidden", "java/lang/Object").ctor();
        run("IllegalAccessError (package-private class)", caller("q/C", 2, c -> cat(op(0xbb, c.cls("p/Hidden")), ops(0x57, 0xb1))), hidden);
        run("InstantiationError (interface)", caller("C", 2, c -> cat(op(0xbb, c.cls("Iface")), ops(0x57, 0xb1))), iface());
        run("InstantiationError (abstract class)", caller("C", 2, c -> cat(op(0xbb, c.cls("Abs")), ops(0x57, 0xb1))), abs);
        run("NoClassDefFoundError", caller("C", 2, c -> cat(op(0xbb, c.cls("Missing")), ops(0x57, 0xb1))));
        run("NoClassDefFoundError (field owner)", caller("C", 1, c -> cat(op(0xb2, c.ref(9, "pkg/Absent", "x", "I")), ops(0x57, 0xb1))));
        run("a well-formed call works", caller("C", 2, c -> cat(op(0xbb, c.cls("Target")), ops(0x59), op(0xb7, c.ref(10, "Target", "<init>", "()V")), op(0xb6, c.ref(10, "Target", "instM", "()V")), ops(0xb1))), target());
    }
}
