// Generic signatures through reflection (the Signature attribute): getGenericReturnType,
// getGenericParameterTypes, getGenericExceptionTypes, TypeVariable names/bounds/generic
// declaration, WildcardType upper/lower bounds, ParameterizedType raw/owner/actual
// arguments, GenericArrayType, getGenericSuperclass/getGenericInterfaces, a type token
// captured by an anonymous subclass, and erasure seen via getReturnType.
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

public class GenericSignatures {
    static class Repo<K extends Comparable<? super K>, V extends Number & Runnable> {
        Map<K, List<? extends V>> index;
        V[] values;
        Map.Entry<K, V> first() { return null; }
        <R extends Collection<? super K>> R keysInto(R target, Function<? super V, ? extends K> f) { return target; }
        <E extends Exception> void risky(Supplier<E> s) throws E, java.io.IOException {}
        List<int[]>[] weird() { return null; }
    }

    static abstract class TypeToken<T> {
        Type type() { return ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0]; }
    }

    static class StringList extends ArrayList<String> implements Comparable<StringList>, Supplier<Map<String, Integer>> {
        public int compareTo(StringList o) { return 0; }
        public Map<String, Integer> get() { return null; }
    }

    static class Outer<T> { class Inner<U> { Map<T, U> pair; } }

    static String describe(Type t) {
        if (t instanceof Class<?> c) return c.isArray() ? describe(c.getComponentType()) + "[]" : c.getSimpleName();
        if (t instanceof ParameterizedType p) {
            StringJoiner j = new StringJoiner(",", "<", ">");
            for (Type a : p.getActualTypeArguments()) j.add(describe(a));
            return (p.getOwnerType() != null ? describe(p.getOwnerType()) + "." : "") + ((Class<?>) p.getRawType()).getSimpleName() + j;
        }
        if (t instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) return "? super " + describe(w.getLowerBounds()[0]);
            Type ub = w.getUpperBounds()[0];
            return ub == Object.class ? "?" : "? extends " + describe(ub);
        }
        if (t instanceof TypeVariable<?> v) return "TV(" + v.getName() + ")";
        if (t instanceof GenericArrayType g) return "GA(" + describe(g.getGenericComponentType()) + ")";
        return t.getClass().getSimpleName();
    }

    public static void main(String[] args) throws Exception {
        for (TypeVariable<?> tv : Repo.class.getTypeParameters()) {
            StringJoiner b = new StringJoiner(" & ");
            for (Type bound : tv.getBounds()) b.add(describe(bound));
            System.out.println("type param " + tv.getName() + " bounds " + b + " declared by " + ((Class<?>) tv.getGenericDeclaration()).getSimpleName());
        }
        System.out.println("field index " + describe(Repo.class.getDeclaredField("index").getGenericType()) + " erased " + Repo.class.getDeclaredField("index").getType().getSimpleName());
        System.out.println("field values " + describe(Repo.class.getDeclaredField("values").getGenericType()) + " erased " + Repo.class.getDeclaredField("values").getType().getSimpleName());
        Method first = Repo.class.getDeclaredMethod("first");
        System.out.println("first() " + describe(first.getGenericReturnType()) + " toString " + first.getGenericReturnType().getTypeName());
        Method keys = Repo.class.getDeclaredMethod("keysInto", Collection.class, Function.class);
        System.out.println("keysInto type params " + describe(keys.getTypeParameters()[0]) + " bound " + describe(keys.getTypeParameters()[0].getBounds()[0]) + " returns " + describe(keys.getGenericReturnType()) + " erased " + keys.getReturnType().getSimpleName());
        for (Type p : keys.getGenericParameterTypes()) System.out.println("  param " + describe(p));
        System.out.println("toGenericString " + keys.toGenericString());
        Method risky = Repo.class.getDeclaredMethod("risky", Supplier.class);
        System.out.println("risky throws " + Arrays.stream(risky.getGenericExceptionTypes()).map(GenericSignatures::describe).toList() + " erased " + Arrays.stream(risky.getExceptionTypes()).map(Class::getSimpleName).toList());
        System.out.println("weird " + describe(Repo.class.getDeclaredMethod("weird").getGenericReturnType()));
        System.out.println("StringList super " + describe(StringList.class.getGenericSuperclass()) + " interfaces " + Arrays.stream(StringList.class.getGenericInterfaces()).map(GenericSignatures::describe).toList());
        Type token = new TypeToken<Map<String, List<Integer>>>() {}.type();
        System.out.println("type token " + describe(token) + " typeName " + token.getTypeName());
        Type inner = Outer.Inner.class.getDeclaredField("pair").getGenericType();
        System.out.println("inner field " + describe(inner));
        ParameterizedType ownerType = (ParameterizedType) GenericSignatures.class.getDeclaredMethod("innerOf").getGenericReturnType();
        System.out.println("owner type " + describe(ownerType) + " owner " + describe(ownerType.getOwnerType()));
        TypeVariable<?> tv = Repo.class.getTypeParameters()[0];
        System.out.println("TypeVariable equals " + tv.equals(Repo.class.getTypeParameters()[0]) + " ParameterizedType equals " + first.getGenericReturnType().equals(Repo.class.getDeclaredMethod("first").getGenericReturnType()));
        System.out.println("raw class has no params " + Arrays.toString(String.class.getTypeParameters()) + " Map params " + Arrays.toString(Map.class.getTypeParameters()));
    }

    static Outer<String>.Inner<Integer> innerOf() { return null; }
}
