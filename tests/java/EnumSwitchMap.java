// Enum switches as javac compiles them (a synthetic $SwitchMap$ array in an
// EnumSwitchMap$1 class, indexed by ordinal()), switch over an enum declared in another
// nested class, enums with fields/methods used as a state machine, enum singletons,
// enums in interfaces, EnumMap-driven dispatch, Enum serialization identity through
// ObjectOutputStream, and Enum.compareTo/ordinal/name contracts.
import java.io.*;
import java.util.*;

public class EnumSwitchMap {
    enum Light {
        RED(30), GREEN(25), YELLOW(5);
        final int seconds;
        Light(int s) { seconds = s; }
        Light next() {
            switch (this) {
                case RED: return GREEN;
                case GREEN: return YELLOW;
                default: return RED;
            }
        }
    }

    interface Protocol { enum Status { OK, NOT_FOUND, ERROR } }

    enum Registry {
        INSTANCE;
        private final Map<String, Integer> counts = new TreeMap<>();
        void hit(String k) { counts.merge(k, 1, Integer::sum); }
        Map<String, Integer> counts() { return counts; }
    }

    enum Token { NUM, PLUS, MINUS, LPAREN, RPAREN, END }

    static int code(Protocol.Status s) {
        return switch (s) { case OK -> 200; case NOT_FOUND -> 404; case ERROR -> 500; };
    }

    static String kind(Token t) {
        String r;
        switch (t) {
            case PLUS: case MINUS: r = "operator"; break;
            case LPAREN: case RPAREN: r = "paren"; break;
            case NUM: r = "number"; break;
            default: r = "end";
        }
        return r;
    }

    public static void main(String[] args) throws Exception {
        Light l = Light.RED;
        int total = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) { sb.append(l).append(' '); total += l.seconds; l = l.next(); }
        System.out.println("cycle " + sb + "total " + total);
        for (Protocol.Status s : Protocol.Status.values()) System.out.print(s + "=" + code(s) + " ");
        System.out.println();
        for (Token t : Token.values()) System.out.print(t + ":" + kind(t) + " ");
        System.out.println();
        Class<?> switchMap = Class.forName("EnumSwitchMap$1");
        List<String> fields = new ArrayList<>();
        for (java.lang.reflect.Field f : switchMap.getDeclaredFields()) fields.add(f.getName() + ":" + f.getType().getSimpleName() + (f.isSynthetic() ? ":synthetic" : ""));
        Collections.sort(fields);
        System.out.println("switch map class " + switchMap.getName() + " synthetic " + switchMap.isSynthetic() + " fields " + fields);
        Registry.INSTANCE.hit("b"); Registry.INSTANCE.hit("a"); Registry.valueOf("INSTANCE").hit("b");
        System.out.println("singleton " + Registry.INSTANCE.counts() + " same " + (Registry.INSTANCE == Registry.values()[0]));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) { oos.writeObject(Light.YELLOW); oos.writeObject(Registry.INSTANCE); oos.writeObject(new Light[] {Light.GREEN, Light.RED}); }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            Object y = ois.readObject(), reg = ois.readObject();
            Light[] arr = (Light[]) ois.readObject();
            System.out.println("deserialized identity " + (y == Light.YELLOW) + " " + (reg == Registry.INSTANCE) + " " + (arr[0] == Light.GREEN) + " state kept " + ((Registry) reg).counts());
        }
        EnumMap<Token, Integer> prec = new EnumMap<>(Map.of(Token.PLUS, 1, Token.MINUS, 1, Token.NUM, 9));
        System.out.println("precedence " + prec + " missing " + prec.get(Token.END));
        System.out.println("name vs toString " + Token.LPAREN.name() + " ordinal " + Token.LPAREN.ordinal() + " compare " + Token.END.compareTo(Token.NUM) + " declaring " + Token.END.getDeclaringClass().getName());
        System.out.println("Status enclosing " + Protocol.Status.class.getEnclosingClass().getSimpleName() + " static " + java.lang.reflect.Modifier.isStatic(Protocol.Status.class.getModifiers())
            + " member " + Protocol.Status.class.isMemberClass());
        Map<String, Light> byName = new TreeMap<>();
        for (Light x : Light.values()) byName.put(x.name().toLowerCase(), x);
        System.out.println("lookup " + byName + " green seconds " + byName.get("green").seconds);
        try { Light.valueOf("red"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Enum.valueOf((Class) String.class, "x"); } catch (IllegalArgumentException e) { System.out.println("not an enum: " + e.getMessage()); }
    }
}
