// Class metadata of nested, inner, local and anonymous classes: getName/getSimpleName/
// getCanonicalName/getTypeName (anonymous simple name is "", canonical null),
// isMemberClass/isLocalClass/isAnonymousClass, getEnclosingClass/getEnclosingMethod/
// getEnclosingConstructor/getDeclaringClass, getDeclaredClasses (sorted), modifiers from
// the InnerClasses attribute, anonymous classes extending abstract classes with
// constructor arguments and instance initializers, and local classes in static and
// instance contexts, in constructors, and in lambdas.
import java.lang.reflect.Modifier;
import java.util.*;
import java.util.function.Supplier;

public class LocalAnonClasses {
    static abstract class Greeter {
        final String greeting;
        Greeter(String g) { greeting = g; System.out.println("Greeter ctor " + g); }
        abstract String greet(String name);
    }

    public static class PublicNested {}
    private class PrivateInner {}
    protected static final class ProtectedFinal {}
    interface LocalApi {}

    Object fromCtor;
    LocalAnonClasses() {
        class InCtor {}
        fromCtor = new InCtor();
    }

    static void info(Class<?> c) {
        System.out.println(c.getName() + " | simple '" + c.getSimpleName() + "' | canonical " + c.getCanonicalName() + " | member " + c.isMemberClass()
            + " local " + c.isLocalClass() + " anon " + c.isAnonymousClass() + " | enclosing " + (c.getEnclosingClass() == null ? null : c.getEnclosingClass().getSimpleName())
            + " declaring " + (c.getDeclaringClass() == null ? null : c.getDeclaringClass().getSimpleName())
            + " method " + (c.getEnclosingMethod() == null ? null : c.getEnclosingMethod().getName())
            + " ctor " + (c.getEnclosingConstructor() != null) + " | mods '" + Modifier.toString(c.getModifiers()) + "'");
    }

    public static void main(String[] args) {
        class StaticLocal { int v = 5; }
        Greeter g = new Greeter("Hello") {
            final String suffix;
            { suffix = "!"; System.out.println("anonymous initializer sees greeting " + greeting); }
            String greet(String name) { return greeting + ", " + name + suffix; }
        };
        System.out.println(g.greet("Ann"));
        Runnable anonRunnable = new Runnable() { public void run() {} };
        Supplier<Object> inLambda = () -> { class InLambda {} return new InLambda(); };
        info(LocalAnonClasses.class);
        info(PublicNested.class);
        info(PrivateInner.class);
        info(ProtectedFinal.class);
        info(LocalApi.class);
        info(StaticLocal.class);
        info(g.getClass());
        info(anonRunnable.getClass());
        info(new LocalAnonClasses().fromCtor.getClass());
        info(inLambda.get().getClass());
        info(Map.Entry.class);
        info(int[][].class);
        info(PublicNested[].class);
        System.out.println("typeName of nested array " + PublicNested[].class.getTypeName() + " anon typeName " + g.getClass().getTypeName());
        List<String> declared = new ArrayList<>();
        for (Class<?> c : LocalAnonClasses.class.getDeclaredClasses()) declared.add(c.getSimpleName());
        Collections.sort(declared);
        System.out.println("declared classes " + declared + " public classes " + Arrays.stream(LocalAnonClasses.class.getClasses()).map(Class::getSimpleName).sorted().toList());
        System.out.println("anonymous superclass " + g.getClass().getSuperclass().getSimpleName() + " interfaces of anon Runnable " + Arrays.stream(anonRunnable.getClass().getInterfaces()).map(Class::getSimpleName).toList());
        System.out.println("static local value " + new StaticLocal().v + " anonymous final? " + Modifier.isFinal(g.getClass().getModifiers()) + " static? " + Modifier.isStatic(g.getClass().getModifiers()));
        Comparator<String> byLen = new Comparator<>() {
            int calls;
            public int compare(String a, String b) { calls++; return Integer.compare(a.length(), b.length()); }
            @Override public String toString() { return "calls>0 " + (calls > 0); }
        };
        List<String> l = new ArrayList<>(List.of("ccc", "a", "bb"));
        l.sort(byLen);
        System.out.println(l + " " + byLen);
        int[] total = {0};
        class Acc { void add(int v) { total[0] += v; } }
        Acc acc = new Acc();
        for (int i = 1; i <= 10; i++) acc.add(i);
        System.out.println("local class mutating captured array " + total[0]);
    }
}
