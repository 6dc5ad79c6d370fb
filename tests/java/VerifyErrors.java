// The bytecode verifier (HotSpot verifies classes of non-boot loaders by default): hand-
// assembled class files (a tiny constant-pool writer below) whose one method is wrong in a
// single way, linked with Class.forName(..., true, loader) so verification runs without
// executing the method: bad operand types for areturn/ireturn/invokestatic/athrow,
// operand stack underflow and overflow, falling off the end of the code, illegal and
// uninitialized locals, a missing return value, an uninitialized object escaping, a
// branch target without a stack map frame, and jsr in a version 52 class. The first line of
// each VerifyError message is printed; a correct class is linked for comparison.
import java.io.ByteArrayOutputStream;
import java.util.*;

public class VerifyErrors {
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
        Loader(ClassFile... cfs) { super("verify", VerifyErrors.class.getClassLoader()); for (ClassFile c : cfs) defs.put(c.name.replace('/', '.'), c.bytes()); }
        @Override protected Class<?> findClass(String n) throws ClassNotFoundException {
            byte[] b = defs.get(n);
            if (b == null) throw new ClassNotFoundException(n);
            return defineClass(n, b, 0, b.length);
        }
    }

    static void check(String what, String desc, int stack, int locals, java.util.function.Function<ClassFile, int[]> body) {
        ClassFile cf = new ClassFile(0x21, "V", "java/lang/Object").ctor();
        cf.method(9, "m", desc, stack, locals, body.apply(cf));
        try {
            Class.forName("V", true, new Loader(cf));
            System.out.println(what + ": verified");
        } catch (VerifyError e) {
            String m = String.valueOf(e.getMessage());
            System.out.println(what + ": VerifyError: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        } catch (Throwable e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int[] op(int opcode, int idx) { return new int[] {opcode, idx >> 8, idx & 0xff}; }
    static int[] cat(int[]... parts) { return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray(); }

    public static void main(String[] args) {
        check("correct method", "(I)I", 2, 1, c -> new int[] {0x1a, 0x04, 0x60, 0xac});
        check("int returned as Object", "()Ljava/lang/Object;", 1, 0, c -> new int[] {0x03, 0xb0});
        check("null returned as int", "()I", 1, 0, c -> new int[] {0x01, 0xac});
        check("long returned as int", "()I", 2, 0, c -> new int[] {0x0a, 0xac});
        check("int passed for Object", "()V", 1, 0, c -> cat(new int[] {0x03}, op(0xb8, c.ref(10, "java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;")), new int[] {0x57, 0xb1}));
        check("Object passed for int[]", "()V", 2, 0, c -> cat(op(0xbb, c.cls("java/lang/Object")), new int[] {0x59}, op(0xb7, c.ref(10, "java/lang/Object", "<init>", "()V")), op(0xb8, c.ref(10, "java/util/Arrays", "toString", "([I)Ljava/lang/String;")), new int[] {0x57, 0xb1}));
        check("operand stack underflow", "()V", 1, 0, c -> new int[] {0x57, 0xb1});
        check("falling off the end", "()V", 1, 0, c -> new int[] {0x03, 0x57});
        check("illegal local index", "()V", 1, 1, c -> new int[] {0x15, 0x05, 0x57, 0xb1});
        check("uninitialized local", "()V", 1, 1, c -> new int[] {0x1a, 0x57, 0xb1});
        check("int local read as reference", "(I)V", 1, 1, c -> new int[] {0x2a, 0x57, 0xb1});
        check("missing return value", "()I", 0, 0, c -> new int[] {0xb1});
        check("uninitialized object returned", "()Ljava/lang/Object;", 1, 0, c -> cat(op(0xbb, c.cls("java/lang/Object")), new int[] {0xb0}));
        check("athrow of a non-Throwable", "()V", 2, 0, c -> cat(op(0xbb, c.cls("java/lang/Object")), new int[] {0x59}, op(0xb7, c.ref(10, "java/lang/Object", "<init>", "()V")), new int[] {0xbf}));
        check("getfield on an int", "()V", 1, 0, c -> cat(new int[] {0x03}, op(0xb4, c.ref(9, "V", "x", "I")), new int[] {0x57, 0xb1}));
        check("branch target without stack map", "()V", 1, 0, c -> new int[] {0xa7, 0x00, 0x03, 0xb1});
        check("jsr in a version 52 class", "()V", 1, 0, c -> new int[] {0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa9, 0x00});
        check("operand stack overflow", "()V", 1, 0, c -> new int[] {0x03, 0x03, 0x57, 0x57, 0xb1});
    }
}
