// Resources from the class path and the runtime image: Class.getResource with relative and
// absolute names, getResourceAsStream reading this program's own class file (magic
// CAFEBABE and major version 61), ClassLoader.getResource (no leading slash),
// getResources enumeration, a missing resource returning null, java.base resources via
// String.class (jrt: URLs) and via the system loader (non-class files encapsulated), a
// resource file written into the class path directory at run time and read back
// through the loader, and URL protocols. Absolute paths are never printed.
import java.io.*;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class ClassResources {
    static String describe(URL u) {
        if (u == null) return "null";
        String s = u.toString();
        return u.getProtocol() + ":..." + s.substring(s.lastIndexOf('/'));
    }

    public static void main(String[] args) throws Exception {
        URL self = ClassResources.class.getResource("ClassResources.class");
        URL abs = ClassResources.class.getResource("/ClassResources.class");
        URL viaLoader = ClassResources.class.getClassLoader().getResource("ClassResources.class");
        URL viaLoaderSlash = ClassResources.class.getClassLoader().getResource("/ClassResources.class");
        System.out.println("relative " + describe(self) + " absolute " + describe(abs) + " loader " + describe(viaLoader) + " loader with slash " + describe(viaLoaderSlash) + " equal " + self.equals(abs));
        try (DataInputStream in = new DataInputStream(ClassResources.class.getResourceAsStream("ClassResources.class"))) {
            int magic = in.readInt();
            int minor = in.readUnsignedShort(), major = in.readUnsignedShort();
            System.out.println("magic " + Integer.toHexString(magic).toUpperCase() + " version " + major + "." + minor + " constant pool count > 10 " + (in.readUnsignedShort() > 10));
        }
        System.out.println("nested class resource " + describe(ClassResources.class.getResource("ClassResources$Missing.class")) + " missing " + ClassResources.class.getResourceAsStream("no/such/file.txt"));
        URL str = String.class.getResource("String.class");
        System.out.println("String.class resource " + str.getProtocol() + " " + str + " object resource " + Object.class.getResource("/java/lang/Object.class").toString());
        try (InputStream in = String.class.getResourceAsStream("String.class")) {
            byte[] head = in.readNBytes(8);
            System.out.printf("String.class head %02X%02X%02X%02X major %d%n", head[0], head[1], head[2], head[3], ((head[6] & 0xff) << 8) | (head[7] & 0xff));
        }
        System.out.println("system loader java/lang/String.class " + ClassLoader.getSystemResource("java/lang/String.class") + " (.class files are never encapsulated)");
        System.out.println("system loader java/lang/uniName.dat " + ClassLoader.getSystemResource("java/lang/uniName.dat") + " (encapsulated), via String.class " + describe(String.class.getResource("uniName.dat")));
        Path dir = Paths.get(self.toURI()).getParent();
        Path res = dir.resolve("ClassResources-data.txt");
        Path sub = dir.resolve("ClassResources-dir");
        try {
            Files.writeString(res, "line one\nline two\n");
            Files.createDirectories(sub);
            Files.writeString(sub.resolve("inner.properties"), "key=value\ncount=3\n");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(ClassResources.class.getResourceAsStream("/ClassResources-data.txt"), StandardCharsets.UTF_8))) {
                System.out.println("written resource lines " + r.lines().toList());
            }
            Properties p = new Properties();
            try (InputStream in = ClassLoader.getSystemResourceAsStream("ClassResources-dir/inner.properties")) { p.load(in); }
            System.out.println("properties " + new TreeMap<>(p));
            Enumeration<URL> all = ClassResources.class.getClassLoader().getResources("ClassResources-dir/inner.properties");
            int n = 0;
            while (all.hasMoreElements()) { all.nextElement(); n++; }
            System.out.println("getResources count " + n + " directory resource " + describe(ClassResources.class.getResource("/ClassResources-dir")) + " file URL path ends " + ClassResources.class.getResource("ClassResources-data.txt").getPath().endsWith("/ClassResources-data.txt"));
            URL u = ClassResources.class.getResource("ClassResources-data.txt");
            try (InputStream in = u.openStream()) { System.out.println("via URL.openStream " + in.readAllBytes().length + " bytes"); }
        } finally {
            Files.deleteIfExists(sub.resolve("inner.properties"));
            Files.deleteIfExists(sub);
            Files.deleteIfExists(res);
        }
        System.out.println("after delete " + ClassResources.class.getResource("/ClassResources-data.txt"));
        System.out.println("module resource " + (Object.class.getModule().getResourceAsStream("java/lang/Object.class") != null) + " unnamed module named " + ClassResources.class.getModule().isNamed());
    }
}
