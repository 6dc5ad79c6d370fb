// java.lang.reflect.Array and array classes: newInstance with one and several dimensions
// (and zero-length dimensions), get/set with widening (getInt on a byte[], setDouble on an
// int[] rejected), the IllegalArgumentException messages ("Argument is not an array",
// "argument type mismatch"), index errors, Class.arrayType/componentType/descriptorString,
// names of array classes, Class.forName("[[Ljava.lang.String;"), array clone,
// getDeclaredMethods of an array class, and Arrays.copyOf to a different array type.
import java.lang.reflect.Array;
import java.util.*;

public class ReflectArrays {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": ok"); }
        catch (RuntimeException e) { System.out.println(what + ": " + e); }
    }

    public static void main(String[] args) throws Exception {
        int[] ints = (int[]) Array.newInstance(int.class, 4);
        for (int i = 0; i < 4; i++) Array.setInt(ints, i, i * i);
        System.out.println(Arrays.toString(ints) + " length " + Array.getLength(ints) + " get(2) " + Array.get(ints, 2) + " getLong " + Array.getLong(ints, 3) + " getDouble " + Array.getDouble(ints, 1));
        Object grid = Array.newInstance(String.class, 2, 3);
        Array.set(Array.get(grid, 1), 2, "x");
        System.out.println(grid.getClass().getName() + " " + Arrays.deepToString((Object[]) grid));
        Object cube = Array.newInstance(long.class, 2, 0, 5);
        System.out.println(cube.getClass().getSimpleName() + " inner length " + Array.getLength(Array.get(cube, 1)));
        Object partial = Array.newInstance(int[].class, 3);
        System.out.println("array of int[] " + partial.getClass().getSimpleName() + " " + Arrays.toString((Object[]) partial));
        byte[] bytes = {-1, 2};
        System.out.println("byte widened getInt " + Array.getInt(bytes, 0) + " getShort " + Array.getShort(bytes, 1) + " getFloat " + Array.getFloat(bytes, 0));
        attempt("getByte on int[]", () -> Array.getByte(ints, 0));
        attempt("setDouble on int[]", () -> Array.setDouble(ints, 0, 1.0));
        attempt("setLong on long[] via char", () -> { long[] l = new long[1]; Array.setChar(l, 0, 'A'); System.out.print("long[0]=" + l[0] + " "); });
        attempt("set String into int[]", () -> Array.set(ints, 0, "s"));
        attempt("set Integer into Object[] of String", () -> Array.set(new String[1], 0, 1));
        attempt("set null into int[]", () -> Array.set(ints, 0, null));
        attempt("get on non-array", () -> Array.get("string", 0));
        attempt("getLength on non-array", () -> Array.getLength(42));
        attempt("get index 4", () -> Array.get(ints, 4));
        attempt("getInt index -1", () -> Array.getInt(ints, -1));
        attempt("newInstance(void)", () -> Array.newInstance(void.class, 1));
        attempt("newInstance no dims", () -> Array.newInstance(int.class, new int[0]));
        attempt("newInstance 256 dims", () -> Array.newInstance(int.class, new int[256]));
        attempt("newInstance null", () -> Array.newInstance(null, 1));
        System.out.println("arrayType " + int.class.arrayType().getName() + " " + String[].class.arrayType().getName() + " componentType " + int[][].class.componentType().getName() + " " + String.class.componentType());
        System.out.println("descriptor " + int[][].class.descriptorString() + " " + Map.Entry[].class.descriptorString() + " " + double.class.descriptorString());
        for (String n : List.of("[I", "[[Ljava.lang.String;", "[Ljava.util.Map$Entry;", "[[[D"))
            System.out.println("forName " + n + " -> " + Class.forName(n).getSimpleName() + " canonical " + Class.forName(n).getCanonicalName());
        for (String n : List.of("[Ljava.lang.String", "[V", "int", "[Lint;"))
            try { Class.forName(n); } catch (ClassNotFoundException e) { System.out.println("forName " + n + " -> CNFE " + e.getMessage()); }
        int[][] orig = {{1, 2}, {3}};
        int[][] cl = orig.clone();
        cl[1] = new int[] {9};
        cl[0][0] = 100;
        System.out.println("shallow clone " + Arrays.deepToString(orig) + " " + Arrays.deepToString(cl));
        System.out.println("array class methods " + int[].class.getDeclaredMethods().length + " fields " + int[].class.getDeclaredFields().length + " getMethods includes clone " + Arrays.stream(int[].class.getMethods()).anyMatch(m -> m.getName().equals("clone"))
            + " super " + int[].class.getSuperclass().getSimpleName() + " interfaces " + Arrays.stream(int[].class.getInterfaces()).map(Class::getSimpleName).toList());
        Object[] objs = Arrays.copyOf(new String[] {"a", "b"}, 3, Object[].class);
        objs[2] = 5;
        System.out.println("copyOf to Object[] " + Arrays.toString(objs) + " " + objs.getClass().getSimpleName());
        attempt("copyOf Integer[] to String[]", () -> Arrays.copyOf(new Object[] {1}, 1, String[].class));
        System.out.println("isInstance " + Object[].class.isInstance(new String[0][]) + " " + Object[].class.isInstance(new int[0]) + " " + Cloneable.class.isInstance(new int[0]) + " " + java.io.Serializable.class.isAssignableFrom(long[][].class));
    }
}
