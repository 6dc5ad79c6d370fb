// Class file format errors found while defining hand-assembled class files (a tiny
// constant-pool writer below) with ClassLoader.defineClass: bad magic, truncation,
// unsupported major versions (too new, too old), a wrong class name, duplicate methods and
// fields, illegal member names, descriptors and modifiers, a bad this_class index, an
// interface whose superclass is not Object, and a prohibited java.* package; the
// exception class and getMessage() of each are printed.
import java.io.ByteArrayOutputStream;
import java.util.*;

public class ClassFormatErrors {
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
        Loader() { super("formats", ClassFormatErrors.class.getClassLoader()); }
        Class<?> define(String name, byte[] b) { return defineClass(name, b, 0, b.length); }
    }

    static void define(String what, String name, byte[] bytes) {
        try {
            Class<?> c = new Loader().define(name, bytes);
            System.out.println(what + ": defined " + c.getName());
        } catch (Throwable e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("(loader '[^']*') @[0-9a-f]+", "$1 @HASH"));
        }
    }

    static ClassFile plain(String name) { return new ClassFile(0x21, name, "java/lang/Object").ctor(); }

    public static void main(String[] args) {
        byte[] good = plain("Good").bytes();
        define("well-formed", null, good);
        byte[] magic = good.clone(); magic[3] = (byte) 0xbf;
        define("bad magic", null, magic);
        define("truncated", null, Arrays.copyOf(good, good.length - 3));
        define("only the magic", null, Arrays.copyOf(good, 4));
        define("empty", null, new byte[0]);
        ClassFile v = plain("Newer"); v.major = 99;
        define("version 99", null, v.bytes());
        ClassFile v62 = plain("Next"); v62.major = 62;
        define("version 62", null, v62.bytes());
        ClassFile old = plain("Ancient"); old.major = 44;
        define("version 44", null, old.bytes());
        define("wrong name", "Other", good);
        define("name with slashes", "a/b/Good", good);
        define("duplicate method", null, plain("DupM").method(9, "m", "()V", 0, 0, 0xb1).method(9, "m", "()V", 0, 0, 0xb1).bytes());
        define("duplicate field", null, plain("DupF").field(1, "f", "I").field(2, "f", "I").bytes());
        define("same field name, other type", null, plain("TwoF").field(1, "f", "I").field(1, "f", "J").bytes());
        define("illegal method name", null, plain("BadName").method(9, "a.b", "()V", 0, 0, 0xb1).bytes());
        define("illegal field name", null, plain("BadFName").field(1, "x;y", "I").bytes());
        define("illegal field descriptor", null, plain("BadDesc").field(1, "f", "Q").bytes());
        define("illegal method descriptor", null, plain("BadMDesc").method(9, "m", "(I", 0, 0, 0xb1).bytes());
        define("public and private method", null, plain("BadMods").method(3, "m", "()V", 0, 0, 0xb1).bytes());
        define("final and volatile field", null, plain("BadFMods").field(0x50, "f", "I").bytes());
        define("abstract method in a concrete class", null, plain("NotAbs").method(0x401, "m", "()V", 0, 0).bytes());
        define("method without Code", null, plain("NoCode").method(9, "m", "()V", 0, 0).bytes());
        define("interface extending a class", null, new ClassFile(0x601, "BadIface", "java/lang/Thread").bytes());
        define("interface without abstract flag", null, new ClassFile(0x201, "HalfIface", "java/lang/Object").bytes());
        define("final abstract class", null, new ClassFile(0x431, "FinAbs", "java/lang/Object").bytes());
        ClassFile bt = plain("BadThis");
        byte[] badThis = bt.bytes();
        int thisPos = 10 + bt.cp.size() + 2;
        badThis[thisPos] = 0; badThis[thisPos + 1] = 1;
        define("this_class pointing at a Utf8 entry", null, badThis);
        byte[] badCount = good.clone();
        badCount[8] = (byte) 0xff; badCount[9] = (byte) 0xff;
        define("constant pool count too large", null, badCount);
        byte[] badTag = good.clone();
        badTag[10] = 99;
        define("unknown constant pool tag", null, badTag);
        define("prohibited package", "java.lang.Evil", plain("java/lang/Evil").bytes());
        define("Object without superclass check", null, new ClassFile(0x21, "NoSuper", null).bytes());
    }
}
