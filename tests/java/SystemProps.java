// System and Runtime facts that are specified for Java 17 on Linux: specification
// versions, separators, Runtime.version(), class file version, and
// System.identityHashCode(null). Machine-dependent properties (paths, user, VM name) are
// not printed.
public class SystemProps {
    public static void main(String[] args) {
        String[] keys = {"java.specification.version", "java.specification.name", "java.specification.vendor", "java.vm.specification.version", "java.vm.specification.name",
            "java.vm.specification.vendor", "java.class.version", "file.separator", "path.separator", "os.name", "jdk.debug", "no.such.property"};
        for (String k : keys) System.out.println(k + " = " + System.getProperty(k));
        System.out.println("line.separator = " + System.lineSeparator().replace("\n", "\\n").replace("\r", "\\r") + " same as property " + System.lineSeparator().equals(System.getProperty("line.separator")));
        System.out.println("default for missing " + System.getProperty("no.such.property", "fallback") + ", Integer.getInteger " + Integer.getInteger("no.such.property", 5) + ", Boolean.getBoolean " + Boolean.getBoolean("no.such.property"));
        System.setProperty("jvmlab.test", "set-by-program");
        System.out.println("setProperty round trip " + System.getProperty("jvmlab.test") + ", clearProperty " + System.clearProperty("jvmlab.test") + " then " + System.getProperty("jvmlab.test"));
        Runtime.Version v = Runtime.version();
        System.out.println("Runtime.version feature " + v.feature() + ", class file major " + (int) classMajor());
        System.out.println("identityHashCode(null) " + System.identityHashCode(null) + ", available processors >= 1 " + (Runtime.getRuntime().availableProcessors() >= 1) + ", max memory > 0 " + (Runtime.getRuntime().maxMemory() > 0)
            + ", total <= max " + (Runtime.getRuntime().totalMemory() <= Runtime.getRuntime().maxMemory()));
        System.out.println("currentTimeMillis after 2020 " + (System.currentTimeMillis() > 1577836800000L) + ", nanoTime monotonic " + (System.nanoTime() <= System.nanoTime()));
        System.out.println("java.home set " + (System.getProperty("java.home") != null) + ", user.dir set " + (System.getProperty("user.dir") != null) + ", java.class.path set " + (System.getProperty("java.class.path") != null));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
    }

    static int classMajor() {
        try (java.io.DataInputStream in = new java.io.DataInputStream(SystemProps.class.getResourceAsStream("SystemProps.class"))) {
            in.readInt();
            in.readUnsignedShort();
            return in.readUnsignedShort();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
