// Runtime-visible annotations: every member kind (primitives, String, Class, enum, nested
// annotation, arrays) with default values, annotations on classes, fields, methods,
// parameters, constructors and type parameters, @Inherited through a superclass (and not
// through interfaces), @Repeatable containers and getAnnotationsByType, CLASS/SOURCE
// retention invisible at run time, annotation equals/hashCode/annotationType, and
// toString of a simple annotation.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class AnnotationsRuntime {
    enum Level { LOW, HIGH }

    @Retention(RetentionPolicy.RUNTIME) @interface Inner { String value() default "in"; }

    @Retention(RetentionPolicy.RUNTIME) @Inherited
    @interface Config {
        int size() default 16;
        long big() default 1L << 40;
        double ratio() default 0.75;
        char sep() default ',';
        boolean on() default true;
        String name();
        Class<?> type() default Object.class;
        Level level() default Level.LOW;
        Inner inner() default @Inner;
        String[] tags() default {};
        int[] codes() default {1, 2};
    }

    @Retention(RetentionPolicy.RUNTIME) @Repeatable(Roles.class) @interface Role { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Roles { Role[] value(); }
    @Retention(RetentionPolicy.CLASS) @interface ClassOnly {}
    @Retention(RetentionPolicy.SOURCE) @interface SourceOnly {}
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE_PARAMETER) @interface TP {}
    @Retention(RetentionPolicy.RUNTIME) @interface Simple { int value(); }

    @Config(name = "base", size = 32, level = Level.HIGH, tags = {"a", "b"}, inner = @Inner("custom"), type = String.class)
    @Role("admin") @Role("user") @ClassOnly @SourceOnly
    static class Base<@TP T> {
        @Config(name = "field", codes = {}) @Simple(5) int field;
        @Deprecated @Config(name = "method", ratio = -0.5, sep = ';') void method(@Simple(1) int a, int b, @Simple(3) @Role("p") String c) {}
        @Config(name = "ctor") Base() {}
    }

    @Role("solo") static class Derived extends Base<String> {}
    interface Marked { }

    static void show(String where, Config c) {
        System.out.println(where + ": name=" + c.name() + " size=" + c.size() + " big=" + c.big() + " ratio=" + c.ratio() + " sep=" + c.sep() + " on=" + c.on()
            + " type=" + c.type().getSimpleName() + " level=" + c.level() + " inner=" + c.inner().value() + " tags=" + Arrays.toString(c.tags()) + " codes=" + Arrays.toString(c.codes()));
    }

    public static void main(String[] args) throws Exception {
        show("class", Base.class.getAnnotation(Config.class));
        show("field", Base.class.getDeclaredField("field").getAnnotation(Config.class));
        Method m = Base.class.getDeclaredMethod("method", int.class, int.class, String.class);
        show("method", m.getAnnotation(Config.class));
        show("ctor", Base.class.getDeclaredConstructor().getAnnotation(Config.class));
        System.out.println("inherited by Derived " + Derived.class.isAnnotationPresent(Config.class) + " declared on Derived " + (Derived.class.getDeclaredAnnotation(Config.class) != null));
        System.out.println("Role on Base (container) " + Base.class.getAnnotation(Role.class) + " byType " + Arrays.stream(Base.class.getAnnotationsByType(Role.class)).map(Role::value).toList()
            + " Roles " + Base.class.getAnnotation(Roles.class).value().length);
        System.out.println("Role on Derived " + Derived.class.getAnnotation(Role.class).value() + " byType " + Arrays.stream(Derived.class.getAnnotationsByType(Role.class)).map(Role::value).toList());
        System.out.println("ClassOnly visible " + Base.class.isAnnotationPresent(ClassOnly.class) + " SourceOnly visible " + Base.class.isAnnotationPresent(SourceOnly.class));
        System.out.println("class annotations " + Arrays.stream(Base.class.getAnnotations()).map(a -> a.annotationType().getSimpleName()).sorted().toList()
            + " Derived " + Arrays.stream(Derived.class.getAnnotations()).map(a -> a.annotationType().getSimpleName()).sorted().toList());
        System.out.println("method annotations " + Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getSimpleName()).sorted().toList() + " deprecated " + m.isAnnotationPresent(Deprecated.class));
        Annotation[][] pa = m.getParameterAnnotations();
        for (int i = 0; i < pa.length; i++)
            System.out.println("param " + i + " " + Arrays.stream(pa[i]).map(a -> a.annotationType().getSimpleName()).sorted().toList());
        System.out.println("param 2 Simple " + m.getParameters()[2].getAnnotation(Simple.class).value());
        TypeVariable<?> tv = Base.class.getTypeParameters()[0];
        System.out.println("type parameter annotations " + Arrays.stream(tv.getAnnotations()).map(a -> a.annotationType().getSimpleName()).toList());
        Simple s1 = Base.class.getDeclaredField("field").getAnnotation(Simple.class);
        Simple s2 = m.getParameters()[0].getAnnotation(Simple.class);
        Simple s3 = m.getParameters()[2].getAnnotation(Simple.class);
        System.out.println("toString " + s1 + " annotationType " + s1.annotationType().getSimpleName() + " equals " + s1.equals(s2) + " hash " + s1.hashCode() + " " + s2.hashCode() + " " + s3.hashCode());
        Config c1 = Base.class.getAnnotation(Config.class);
        System.out.println("same annotation twice equal " + c1.equals(Derived.class.getAnnotation(Config.class)) + " hash equal " + (c1.hashCode() == Derived.class.getAnnotation(Config.class).hashCode()));
        System.out.println("Config members " + Arrays.stream(Config.class.getDeclaredMethods()).map(x -> x.getName() + "=" + (x.getDefaultValue() instanceof Object[] a ? Arrays.toString(a) : x.getDefaultValue() instanceof int[] ia ? Arrays.toString(ia) : String.valueOf(x.getDefaultValue()))).sorted().toList());
        System.out.println("Retention of Config " + Config.class.getAnnotation(Retention.class).value() + " Inherited " + Config.class.isAnnotationPresent(Inherited.class) + " Target of TP " + Arrays.toString(TP.class.getAnnotation(Target.class).value()));
        System.out.println("interface not annotated " + Marked.class.getAnnotations().length);
    }
}
