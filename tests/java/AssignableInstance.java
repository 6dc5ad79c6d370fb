// Class.isAssignableFrom/isInstance/cast/asSubclass across classes, interfaces, arrays
// (covariance, Object[] vs int[], Cloneable and Serializable), primitives (no widening
// between int.class and long.class, no boxing), null, and the ClassCastException
// messages of Class.cast and asSubclass, plus instanceof on the same pairs.
import java.io.Serializable;
import java.util.*;

public class AssignableInstance {
    interface Animal {}
    interface Pet extends Animal {}
    static class Dog implements Pet {}
    static class Puppy extends Dog {}
    static class Rock {}

    public static void main(String[] args) {
        Class<?>[] types = {Object.class, Animal.class, Pet.class, Dog.class, Puppy.class, Rock.class, Serializable.class, Cloneable.class,
            Object[].class, Dog[].class, Pet[].class, Puppy[][].class, int[].class, long[].class, int.class, long.class, Integer.class, Number.class};
        StringBuilder header = new StringBuilder("from\\to   ");
        for (int i = 0; i < types.length; i++) header.append((char) ('a' + i));
        System.out.println(header);
        for (int i = 0; i < types.length; i++) {
            StringBuilder row = new StringBuilder();
            row.append((char) ('a' + i)).append(' ').append(String.format("%-9s", types[i].getSimpleName().length() > 9 ? types[i].getSimpleName().substring(0, 9) : types[i].getSimpleName()));
            for (Class<?> to : types) row.append(to.isAssignableFrom(types[i]) ? 'Y' : '.');
            System.out.println(row);
        }
        Object[] samples = {new Dog(), new Puppy(), new Rock(), new Dog[0], new Puppy[1][1], new int[2], 5, 5L, "s", null};
        for (Object o : samples) {
            StringBuilder row = new StringBuilder(String.format("%-12s", o == null ? "null" : o.getClass().getSimpleName()));
            for (Class<?> t : types) row.append(t.isInstance(o) ? 'Y' : '.');
            System.out.println(row);
        }
        Object p = new Puppy();
        System.out.println("instanceof Pet " + (p instanceof Pet) + " Dog[] instanceof Pet[] " + ((Object) new Dog[0] instanceof Pet[]) + " int[] instanceof Object " + ((Object) new int[0] instanceof Object));
        System.out.println("cast ok " + Dog.class.cast(p).getClass().getSimpleName() + " cast null " + Rock.class.cast(null));
        try { Rock.class.cast(p); } catch (ClassCastException e) { System.out.println("Class.cast: " + e.getMessage()); }
        try { int.class.cast(5); } catch (ClassCastException e) { System.out.println("int.class.cast(5): " + e.getMessage()); }
        try { String[].class.cast(new Object[0]); } catch (ClassCastException e) { System.out.println("String[].cast: " + e.getMessage()); }
        System.out.println("asSubclass " + Puppy.class.asSubclass(Animal.class).getSimpleName());
        try { Rock.class.asSubclass(Animal.class); } catch (ClassCastException e) { System.out.println("asSubclass: " + e.getMessage()); }
        Class<? extends Number> n = Integer.class.asSubclass(Number.class);
        System.out.println("wrapper vs primitive " + (Integer.TYPE == int.class) + " " + int.class.isAssignableFrom(Integer.class) + " " + Number.class.isAssignableFrom(int.class) + " " + n.getSimpleName());
        System.out.println("superclass chain " + Puppy.class.getSuperclass().getSimpleName() + " " + Pet.class.getSuperclass() + " " + int[].class.getSuperclass().getSimpleName() + " " + int.class.getSuperclass() + " " + Object.class.getSuperclass());
        List<String> ifaces = new ArrayList<>();
        for (Class<?> i : ArrayList.class.getInterfaces()) ifaces.add(i.getSimpleName());
        System.out.println("ArrayList interfaces in declaration order " + ifaces);
    }
}
