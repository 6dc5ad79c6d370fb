// Class and instance initialization order: static initializers (JLS 12.4.2) triggered by
// first active use, superclass first, constant fields not triggering, instance field
// initializers and blocks in textual order around the super() call, and a virtual call
// from a superclass constructor seeing default field values.
public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static void say(String s) { System.out.println(s); }

    static class Base {
        static { say("Base static init"); }
        static int baseStatic = initStatic("Base.baseStatic");
        int baseField = initField("Base.baseField");
        { say("Base instance block"); }

        Base() {
            say("Base constructor, describe() = " + describe());
        }

        String describe() { return "Base"; }

        static int initStatic(String n) { say("static field " + n); return 1; }
        int initField(String n) { say("instance field " + n); return 2; }
    }

    static class Derived extends Base {
        static final int CONST = 42;                    // compile-time constant: no init
        static final Integer NOT_CONST = 43;            // needs <clinit>
        static { say("Derived static init"); }
        int derivedField = initField("Derived.derivedField");
        String name = "set";
        { say("Derived instance block, name = " + name); }

        Derived() {
            super();
            say("Derived constructor, name = " + name);
        }

        Derived(String n) {
            this();
            say("Derived(String) " + n);
        }

        @Override String describe() { return "Derived(name=" + name + ", derivedField=" + derivedField + ")"; }
    }

    static class Lazy {
        static { say("Lazy init"); }
        static void touch() { say("Lazy.touch"); }
    }

    interface WithConstant {
        int A = 1;                                         // constant
        String B = value("WithConstant.B");               // non-constant: initializes the interface
    }

    static class Implementor implements WithConstant {
        static { say("Implementor static init (does not initialize WithConstant)"); }
    }

    static String value(String s) { say("init " + s); return s; }

    static class Holder {
        static final Holder INSTANCE = new Holder();
        static int counter = 5;                       // runs after INSTANCE's constructor
        static int seenByCtor;
        Holder() { seenByCtor = counter; counter++; }
    }

    static class Cyclic1 {
        static int v = Cyclic2.w + 1;
        static { say("Cyclic1 done, v = " + v); }
    }

    static class Cyclic2 {
        static int w = Cyclic1.v + 10;
        static { say("Cyclic2 done, w = " + w); }
    }

    public static void main(String[] args) {
        say("main starts");
        say("Derived.CONST = " + Derived.CONST);
        Lazy[] arr = new Lazy[3];
        say("array of Lazy created, length " + arr.length);
        Class<?> c = Lazy.class;
        say("Lazy.class obtained: " + c.getSimpleName());
        Lazy.touch();
        Lazy.touch();
        say("Derived.NOT_CONST = " + Derived.NOT_CONST);
        say("--- new Derived(\"x\")");
        new Derived("x");
        say("--- new Derived() again");
        new Derived();
        say("--- interfaces");
        new Implementor();
        say("WithConstant.A = " + WithConstant.A);
        say("WithConstant.B = " + WithConstant.B);
        say("--- Holder: INSTANCE saw counter = " + Holder.seenByCtor + ", counter now " + Holder.counter);
        say("--- cyclic: " + Cyclic1.v + " " + Cyclic2.w);
    }
}
