// java.lang.Object methods and class metadata: equals/hashCode/toString overrides,
// clone (shallow, Cloneable required, CloneNotSupportedException), getClass names of
// nested and array classes, instanceof/isInstance/isAssignableFrom, polymorphic dispatch
// through super calls and private methods. The default Object.toString (identity hash)
// is never printed.
public class ObjectMethods {
    static class Animal implements Cloneable {
        String name;
        int[] scores = {1, 2, 3};
        Animal(String name) { this.name = name; }
        String speak() { return "..."; }
        String intro() { return "I am " + name + " and I say " + speak() + " " + secret(); }
        private String secret() { return "(animal secret)"; }
        @Override public Animal clone() {
            try {
                return (Animal) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        @Override public boolean equals(Object o) { return o instanceof Animal a && a.getClass() == getClass() && a.name.equals(name); }
        @Override public int hashCode() { return name.hashCode(); }
        @Override public String toString() { return getClass().getSimpleName() + "(" + name + ")"; }
    }

    static class Dog extends Animal {
        Dog(String n) { super(n); }
        @Override String speak() { return "woof"; }
        private String secret() { return "(dog secret)"; }
    }

    static class Puppy extends Dog {
        Puppy(String n) { super(n); }
        @Override String speak() { return "yip, not " + super.speak(); }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    public static void main(String[] args) throws Exception {
        Animal[] zoo = {new Animal("generic"), new Dog("rex"), new Puppy("bit")};
        for (Animal a : zoo) System.out.println(a + ": " + a.intro());
        Dog d = new Dog("rex");
        System.out.println("equals " + zoo[1].equals(d) + " " + zoo[0].equals(new Dog("generic")) + " hash equal " + (zoo[1].hashCode() == d.hashCode()));
        Animal c = zoo[1].clone();
        System.out.println("clone " + c + " same class " + (c.getClass() == Dog.class) + " distinct object " + (c != zoo[1]) + " shares array " + (c.scores == zoo[1].scores));
        c.scores[0] = 99;
        System.out.println("shallow: original sees " + zoo[1].scores[0]);
        int[] arr = {1, 2, 3};
        int[] arrClone = arr.clone();
        arrClone[0] = 7;
        int[][] grid = {{1}, {2}};
        int[][] gridClone = grid.clone();
        System.out.println("array clone independent " + arr[0] + " " + arrClone[0] + ", 2d clone shares rows " + (grid[0] == gridClone[0]));
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Class<?>[] classes = {ObjectMethods.class, Dog.class, int.class, int[].class, Dog[][].class, String.class, Runnable.class, Thread.State.class, void.class, java.util.Map.Entry.class};
        for (Class<?> k : classes) {
            System.out.println(k.getName() + " | simple " + k.getSimpleName() + " | canonical " + k.getCanonicalName() + " | typeName " + k.getTypeName() + " | interface " + k.isInterface() + " primitive " + k.isPrimitive() + " array " + k.isArray()
                + " | modifiers " + java.lang.reflect.Modifier.toString(k.getModifiers()));
        }
        System.out.println("isInstance " + Animal.class.isInstance(d) + " " + Dog.class.isInstance(zoo[0]) + " assignable " + Animal.class.isAssignableFrom(Puppy.class) + " " + Puppy.class.isAssignableFrom(Animal.class) + " " + Object.class.isAssignableFrom(int[].class) + " " + long.class.isAssignableFrom(int.class));
        System.out.println("superclass chain: " + Puppy.class.getSuperclass().getSimpleName() + " > " + Puppy.class.getSuperclass().getSuperclass().getSimpleName() + " > " + Animal.class.getSuperclass().getName() + " > " + Object.class.getSuperclass());
        System.out.println("array super " + int[].class.getSuperclass().getName() + " interfaces " + java.util.Arrays.toString(int[].class.getInterfaces()) + " component " + Dog[][].class.getComponentType().getName());
        Object o = "a string";
        System.out.println("cast " + String.class.cast(o).length() + " package " + String.class.getPackageName() + " module " + String.class.getModule().getName() + " unnamed module for us " + ObjectMethods.class.getModule().isNamed());
        try {
            Integer.class.cast(o);
        } catch (ClassCastException e) {
            System.out.println("Class.cast: " + e.getMessage());
        }
        System.out.println("Class.forName " + Class.forName("java.util.ArrayList").getSimpleName() + " " + Class.forName("[Ljava.lang.String;").getSimpleName() + " boxed TYPE " + Integer.TYPE + " " + (Integer.TYPE == int.class));
        try {
            Class.forName("does.not.Exist");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        System.out.println("java.util.Objects: " + java.util.Objects.toString(null, "dflt") + " " + java.util.Objects.requireNonNullElse(null, "else") + " " + java.util.Objects.isNull(null) + " " + java.util.Objects.compare("a", "b", String::compareTo) + " " + java.util.Objects.checkIndex(2, 3));
        try {
            java.util.Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
    }
}
