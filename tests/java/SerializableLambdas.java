// Serializable lambdas and method references via intersection casts
// ((Runnable & Serializable), (Function<..> & Serializable)): a round trip through
// ObjectOutputStream/ObjectInputStream ($deserializeLambda$ re-linking), captured
// arguments surviving the trip, the SerializedLambda seen through writeReplace
// (implementation method kind and name, functional interface, captured count), a
// non-serializable lambda failing with NotSerializableException, and a capture of a
// non-serializable value failing too.
import java.io.*;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.*;

public class SerializableLambdas {
    static int triple(int x) { return 3 * x; }

    static byte[] write(Object o) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) { oos.writeObject(o); }
        return bos.toByteArray();
    }

    static Object read(byte[] b) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(b))) { return ois.readObject(); }
    }

    static void describe(String what, Object lambda) throws Exception {
        Method wr = lambda.getClass().getDeclaredMethod("writeReplace");
        wr.setAccessible(true);
        SerializedLambda sl = (SerializedLambda) wr.invoke(lambda);
        System.out.println(what + ": iface " + sl.getFunctionalInterfaceClass() + "." + sl.getFunctionalInterfaceMethodName() + sl.getFunctionalInterfaceMethodSignature()
            + " impl " + MethodHandleKind(sl.getImplMethodKind()) + " " + sl.getImplClass() + "." + (sl.getImplMethodName().startsWith("lambda$") ? "lambda$..." : sl.getImplMethodName())
            + sl.getImplMethodSignature() + " captured " + sl.getCapturedArgCount() + " instantiated " + sl.getInstantiatedMethodType());
    }

    static String MethodHandleKind(int k) {
        return switch (k) { case 5 -> "invokeVirtual"; case 6 -> "invokeStatic"; case 7 -> "invokeSpecial"; case 8 -> "newInvokeSpecial"; case 9 -> "invokeInterface"; default -> "kind" + k; };
    }

    public static void main(String[] args) throws Exception {
        String greeting = "hello from a deserialized lambda";
        Runnable r = (Runnable & Serializable) () -> System.out.println(greeting);
        byte[] bytes = write(r);
        Runnable back = (Runnable) read(bytes);
        back.run();
        System.out.println("same object " + (back == r) + ", same class " + (back.getClass() == r.getClass()) + ", serializable " + (back instanceof Serializable));
        int offset = 10;
        IntUnaryOperator addOffset = (IntUnaryOperator & Serializable) x -> x + offset;
        IntUnaryOperator addBack = (IntUnaryOperator) read(write(addOffset));
        System.out.println("captured int survives " + addBack.applyAsInt(5));
        Function<Integer, Integer> ref = (Function<Integer, Integer> & Serializable) SerializableLambdas::triple;
        System.out.println("static method ref " + ((Function<Integer, Integer>) read(write(ref))).apply(14));
        Function<String, Integer> unbound = (Function<String, Integer> & Serializable) String::length;
        Supplier<String> bound = (Supplier<String> & Serializable) greeting::toUpperCase;
        Supplier<StringBuilder> ctor = (Supplier<StringBuilder> & Serializable) StringBuilder::new;
        System.out.println("unbound " + ((Function<String, Integer>) read(write(unbound))).apply("abcd") + " bound " + ((Supplier<String>) read(write(bound))).get()
            + " ctor " + ((Supplier<StringBuilder>) read(write(ctor))).get().append("sb"));
        describe("lambda", r);
        describe("static ref", ref);
        describe("unbound ref", unbound);
        describe("bound ref", bound);
        describe("ctor ref", ctor);
        Runnable plain = () -> {};
        try {
            write(plain);
        } catch (NotSerializableException e) {
            System.out.println("plain lambda: NotSerializableException " + (e.getMessage().contains("$$Lambda$") ? "(lambda class)" : e.getMessage()));
        }
        Object notSer = new Object();
        Supplier<String> capturesObject = (Supplier<String> & Serializable) () -> notSer.getClass().getName();
        try {
            write(capturesObject);
        } catch (NotSerializableException e) {
            System.out.println("capturing a plain Object: NotSerializableException " + e.getMessage());
        }
        BiFunction<Integer, Integer, Integer> twoArgs = (BiFunction<Integer, Integer, Integer> & Serializable) Math::floorMod;
        System.out.println("floorMod via deserialized ref " + ((BiFunction<Integer, Integer, Integer>) read(write(twoArgs))).apply(-7, 3));
        System.out.println("stream bytes start " + Integer.toHexString(((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff)) + " has SerializedLambda " + new String(bytes, "ISO-8859-1").contains("java.lang.invoke.SerializedLambda"));
    }
}
