// Java serialization round trips through ObjectOutputStream/ObjectInputStream: custom
// writeObject/readObject with defaultWriteObject and extra data, transient fields
// restored to defaults (and recomputed), serialVersionUID checked (a patched stream gives
// InvalidClassException "local class incompatible"), readResolve keeping a singleton,
// writeReplace with a proxy, Externalizable (public no-arg constructor called), shared
// references and cycles preserved, a non-serializable superclass re-initialized by its
// no-arg constructor, NotSerializableException, and inheritance of Serializable.
import java.io.*;
import java.util.*;

public class SerializationCustom {
    static class Account implements Serializable {
        private static final long serialVersionUID = 42L;
        final String owner;
        long cents;
        transient String cachedLabel;
        transient int version = 7;
        Account(String owner, long cents) { this.owner = owner; this.cents = cents; cachedLabel = label(); }
        String label() { return owner + ":" + cents; }
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeUTF("checksum-" + (owner.length() + cents));
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            String check = in.readUTF();
            cachedLabel = label() + " (restored, " + check + ")";
        }
    }

    static final class Singleton implements Serializable {
        static final Singleton INSTANCE = new Singleton();
        private Object readResolve() { return INSTANCE; }
    }

    static class Point implements Serializable {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        private Object writeReplace() { return new PointProxy(x + "," + y); }
    }
    static class PointProxy implements Serializable {
        final String text;
        PointProxy(String t) { text = t; }
        private Object readResolve() { String[] p = text.split(","); return new Point(Integer.parseInt(p[0]), Integer.parseInt(p[1])); }
    }

    public static class Ext implements Externalizable {
        static int ctorCalls;
        String a; int b;
        public Ext() { ctorCalls++; }
        Ext(String a, int b) { this.a = a; this.b = b; }
        public void writeExternal(ObjectOutput out) throws IOException { out.writeUTF(a); out.writeInt(b * 2); }
        public void readExternal(ObjectInput in) throws IOException { a = in.readUTF().toUpperCase(); b = in.readInt(); }
    }

    static class Base { int baseField = 5; Base() { baseField += 100; } }
    static class Derived extends Base implements Serializable { int own = 9; }
    static class Node implements Serializable { String name; Node next; List<Node> peers = new ArrayList<>(); Node(String n) { name = n; } }
    static class Holder implements Serializable { Object payload = new Object(); }

    static byte[] ser(Object... os) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) { for (Object x : os) o.writeObject(x); }
        return b.toByteArray();
    }

    static ObjectInputStream in(byte[] b) throws IOException { return new ObjectInputStream(new ByteArrayInputStream(b)); }

    public static void main(String[] args) throws Exception {
        Account acc = new Account("ann", 1234);
        acc.version = 99;
        Account a2 = (Account) in(ser(acc)).readObject();
        System.out.println("account " + a2.owner + " " + a2.cents + " label [" + a2.cachedLabel + "] transient int " + a2.version);
        byte[] bytes = ser(acc);
        byte[] uid = {0, 0, 0, 0, 0, 0, 0, 42};
        int at = indexOf(bytes, uid);
        bytes[at + 7] = 43;
        try { in(bytes).readObject(); } catch (InvalidClassException e) { System.out.println("InvalidClassException: " + e.getMessage()); }
        Object s = in(ser(Singleton.INSTANCE)).readObject();
        System.out.println("readResolve singleton same " + (s == Singleton.INSTANCE));
        Point p = (Point) in(ser(new Point(3, -4))).readObject();
        System.out.println("writeReplace/readResolve point " + p.x + "," + p.y + " stream mentions proxy " + new String(ser(new Point(1, 1)), "ISO-8859-1").contains("PointProxy"));
        Ext e = (Ext) in(ser(new Ext("ext", 21))).readObject();
        System.out.println("externalizable " + e.a + " " + e.b + " no-arg ctor calls " + Ext.ctorCalls);
        Derived d = new Derived();
        d.baseField = 1; d.own = 2;
        Derived d2 = (Derived) in(ser(d)).readObject();
        System.out.println("non-serializable superclass re-initialized: baseField " + d2.baseField + " own " + d2.own);
        Node x = new Node("x"), y = new Node("y");
        x.next = y; y.next = x; x.peers.add(y); x.peers.add(y);
        ObjectInputStream ois = in(ser(x, y));
        Node x2 = (Node) ois.readObject(), y2 = (Node) ois.readObject();
        System.out.println("cycle kept " + (x2.next.next == x2) + " shared " + (x2.peers.get(0) == x2.peers.get(1)) + " across writeObject calls " + (x2.next == y2));
        try { ser(new Holder()); } catch (NotSerializableException ex) { System.out.println("NotSerializableException: " + ex.getMessage()); }
        List<Object> mixed = new ArrayList<>(List.of(1, "two", 3.0, 'c', new int[] {4, 5}, new TreeMap<>(Map.of("k", "v")), Optional.empty().isPresent()));
        @SuppressWarnings("unchecked") List<Object> m2 = (List<Object>) in(ser(mixed)).readObject();
        System.out.println("mixed list " + m2.subList(0, 4) + " array " + Arrays.toString((int[]) m2.get(4)) + " map " + m2.get(5) + " bool " + m2.get(6));
        System.out.println("ObjectStreamClass uid " + ObjectStreamClass.lookup(Account.class).getSerialVersionUID() + " fields " + Arrays.stream(ObjectStreamClass.lookup(Account.class).getFields()).map(ObjectStreamField::getName).toList()
            + " String uid " + ObjectStreamClass.lookup(String.class).getSerialVersionUID() + " Integer uid " + ObjectStreamClass.lookup(Integer.class).getSerialVersionUID());
        byte[] header = ser();
        System.out.println("empty stream header " + String.format("%02x%02x%02x%02x", header[0], header[1], header[2], header[3]) + " length " + header.length);
        try { in(new byte[] {1, 2, 3, 4}); } catch (StreamCorruptedException ex) { System.out.println("StreamCorruptedException: " + ex.getMessage()); }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
