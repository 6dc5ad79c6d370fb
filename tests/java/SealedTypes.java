// Sealed classes and interfaces (JEP 409): permits lists read by reflection
// (isSealed, getPermittedSubclasses in permits-clause order), final, sealed and non-sealed
// subclasses, an open extension below a non-sealed class, implicit permits for nested
// subclasses, records and enums as permitted subtypes, and exhaustive dispatch with
// instanceof patterns and a switch over getClass names.
import java.util.*;

public class SealedTypes {
    sealed interface Vehicle permits Car, Truck, Bike {}
    static final class Car implements Vehicle { final int seats; Car(int s) { seats = s; } }
    static sealed class Truck implements Vehicle permits PickupTruck, SemiTruck { int axles() { return 2; } }
    static final class PickupTruck extends Truck {}
    static non-sealed class SemiTruck extends Truck { @Override int axles() { return 5; } }
    static class CustomSemi extends SemiTruck { @Override int axles() { return 6; } }
    enum Bike implements Vehicle { ROAD, MOUNTAIN }

    sealed interface Result<T> {
        record Ok<T>(T value) implements Result<T> {}
        record Err<T>(String message) implements Result<T> {}
    }

    static abstract sealed class Node {
        static final class Leaf extends Node { final int v; Leaf(int v) { this.v = v; } }
        static final class Branch extends Node { final Node l, r; Branch(Node l, Node r) { this.l = l; this.r = r; } }
    }

    static int sum(Node n) {
        if (n instanceof Node.Leaf leaf) return leaf.v;
        if (n instanceof Node.Branch b) return sum(b.l) + sum(b.r);
        throw new IllegalStateException();
    }

    static String describe(Vehicle v) {
        if (v instanceof Car c) return "car with " + c.seats + " seats";
        if (v instanceof Truck t) return t.getClass().getSimpleName() + " with " + t.axles() + " axles";
        if (v instanceof Bike b) return switch (b) { case ROAD -> "road bike"; case MOUNTAIN -> "mountain bike"; };
        return "unknown";
    }

    static <T> String render(Result<T> r) {
        if (r instanceof Result.Ok<T> ok) return "ok(" + ok.value() + ")";
        if (r instanceof Result.Err<T> err) return "err(" + err.message() + ")";
        throw new AssertionError();
    }

    static String names(Class<?>[] cs) {
        if (cs == null) return "null";
        List<String> l = new ArrayList<>();
        for (Class<?> c : cs) l.add(c.getSimpleName());
        return l.toString();
    }

    public static void main(String[] args) {
        for (Vehicle v : List.of(new Car(4), new PickupTruck(), new SemiTruck(), new CustomSemi(), Bike.MOUNTAIN, Bike.ROAD))
            System.out.println(describe(v));
        for (Class<?> c : List.of(Vehicle.class, Car.class, Truck.class, PickupTruck.class, SemiTruck.class, CustomSemi.class, Bike.class, Result.class, Node.class, Object.class))
            System.out.println(c.getSimpleName() + ": sealed " + c.isSealed() + " permits " + names(c.getPermittedSubclasses()) + " final " + java.lang.reflect.Modifier.isFinal(c.getModifiers()));
        System.out.println(render(new Result.Ok<>(42)) + " " + render(new Result.Err<Integer>("bad input")));
        Node tree = new Node.Branch(new Node.Leaf(1), new Node.Branch(new Node.Leaf(2), new Node.Leaf(39)));
        System.out.println("tree sum " + sum(tree));
        List<Result<String>> results = List.of(new Result.Ok<>("a"), new Result.Err<>("x"), new Result.Ok<>("b"));
        long oks = results.stream().filter(r -> r instanceof Result.Ok).count();
        System.out.println("oks " + oks + " records " + Result.Ok.class.isRecord() + " enum sealed? " + Bike.class.isSealed() + " interfaces of Bike " + names(Bike.class.getInterfaces()));
        Vehicle anon = Bike.valueOf("ROAD");
        String kind = switch (anon.getClass().getSimpleName()) {
            case "Car" -> "C";
            case "Bike" -> { String s = "B:" + ((Bike) anon).name(); yield s.toLowerCase(); }
            default -> "other";
        };
        System.out.println("switch by class name " + kind);
        System.out.println("Truck subclass check " + Truck.class.isAssignableFrom(CustomSemi.class) + " Vehicle from SemiTruck " + Vehicle.class.isAssignableFrom(SemiTruck.class));
    }
}
