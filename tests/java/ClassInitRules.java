// When classes are initialized (JLS 12.4.1): Class.forName(name) initializes,
// forName(name, false, loader) and X.class do not, creating an array of X does not,
// reading a compile-time constant does not, reading a non-constant static does,
// initializing a subclass initializes its superclass first but not its
// superinterfaces (unless they declare default methods), a static field referenced
// through a subclass initializes only the declaring class, interface fields initialize the
// interface, reflection (getDeclaredMethods) does not initialize, and newInstance does.
public class ClassInitRules {
    static StringBuilder log = new StringBuilder();
    static void mark(String s) { log.append(s).append(' '); }
    static void flush(String step) { System.out.println(step + ": [" + log.toString().trim() + "]"); log.setLength(0); }

    static class ByName { static { mark("ByName"); } }
    static class Lazy { static { mark("Lazy"); } static void touch() {} }
    static class Arr { static { mark("Arr"); } }
    static class Consts {
        static final int CONST = 42;
        static final String SCONST = "s";
        static final Integer BOXED = 7;
        static { mark("Consts"); }
    }
    interface PlainIface { int X = ClassInitRules.value("PlainIface.X"); }
    interface DefaultIface { int Y = ClassInitRules.value("DefaultIface.Y"); default void d() {} }
    static class Super implements PlainIface, DefaultIface { static int s = value("Super.s"); static { mark("Super"); } }
    static class Sub extends Super { static int t = value("Sub.t"); static { mark("Sub"); } }
    static class Parent { static int shared = value("Parent.shared"); }
    static class Child extends Parent { static { mark("Child"); } }
    interface Holder { Object OBJ = mk("Holder.OBJ"); }
    static class Reflected { static { mark("Reflected"); } void m() {} }
    static class Instantiated { static { mark("Instantiated"); } public Instantiated() { mark("ctor"); } }
    static class Nested { static { mark("Nested-outer"); } static class Deep { static { mark("Deep"); } static int v = 1; } }

    static int value(String s) { mark(s); return 1; }
    static Object mk(String s) { mark(s); return new Object(); }

    public static void main(String[] args) throws Exception {
        ClassLoader app = ClassInitRules.class.getClassLoader();
        Class<?> c = Class.forName("ClassInitRules$ByName", false, app);
        flush("forName(init=false) " + c.getSimpleName());
        Class.forName("ClassInitRules$ByName");
        flush("forName");
        Class<?> lit = Lazy.class;
        flush("class literal " + lit.getSimpleName());
        Lazy.touch();
        flush("static method");
        Arr[] arr = new Arr[3];
        Arr[][] arr2 = new Arr[2][2];
        flush("new Arr[3] and Arr[2][2] " + arr.length + arr2.length);
        int k = Consts.CONST;
        String s = Consts.SCONST;
        flush("constants " + k + s);
        Integer b = Consts.BOXED;
        flush("non-constant static " + b);
        new Sub();
        flush("new Sub");
        System.out.println("PlainIface.X " + PlainIface.X);
        flush("after PlainIface.X");
        int v = Child.shared;
        flush("Child.shared " + v);
        new Child();
        flush("new Child");
        Object o = Holder.OBJ;
        flush("Holder.OBJ " + (o != null));
        int methods = Reflected.class.getDeclaredMethods().length;
        flush("getDeclaredMethods " + methods);
        Reflected.class.getDeclaredMethod("m").getName();
        flush("getDeclaredMethod");
        Class<?> ic = Class.forName("ClassInitRules$Instantiated", false, app);
        flush("loaded Instantiated");
        ic.getConstructor().newInstance();
        flush("newInstance");
        int d = Nested.Deep.v;
        flush("Nested.Deep.v " + d);
        Class.forName("ClassInitRules$ByName");
        Class.forName("ClassInitRules$Lazy", true, app);
        flush("already initialized");
        try {
            Class.forName("ClassInitRules$Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("missing: " + e.getMessage());
        }
        try {
            Class.forName("java.lang.String", true, null);
            flush("bootstrap String via null loader");
            Class.forName("ClassInitRules$Lazy", true, null);
        } catch (ClassNotFoundException e) {
            System.out.println("app class via null loader: " + e.getMessage());
        }
    }
}
