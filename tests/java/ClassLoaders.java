// Class loaders: the loader of JDK, platform and application classes, a custom loader that
// defines a class from bytes (a distinct runtime class with the same name), parent
// delegation, Class.forName with and without initialization, and class initialization
// raced by four threads (JLS 12.4.2: exactly one runs <clinit>, the others wait).
// Loader toString (which includes an identity hash) is never printed.
import java.io.InputStream;

public class ClassLoaders {
    public static class Plugin {
        static { System.out.println("Plugin.<clinit> by loader " + loaderName(Plugin.class)); }
        public String hello() { return "hello from " + loaderName(getClass()); }
    }

    static class Slow {
        static int inits;
        static {
            inits++;
            try { Thread.sleep(50); } catch (InterruptedException e) { throw new RuntimeException(e); }
        }
        static int value = 99;
    }

    static class NotInitialized {
        static { System.out.println("NotInitialized.<clinit>"); }
    }

    public static String loaderName(Class<?> c) {
        ClassLoader l = c.getClassLoader();
        return l == null ? "bootstrap" : l.getName() != null ? l.getName() : l.getClass().getSimpleName();
    }

    static class ByteLoader extends ClassLoader {
        ByteLoader(ClassLoader parent) { super("bytes", parent); }
        @Override protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.equals("ClassLoaders$Plugin")) return super.loadClass(name, resolve);
                Class<?> c = findLoadedClass(name);
                if (c != null) return c;
                try (InputStream in = ClassLoaders.class.getResourceAsStream("/ClassLoaders$Plugin.class")) {
                    byte[] b = in.readAllBytes();
                    return defineClass(name, b, 0, b.length);
                } catch (java.io.IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("String: " + loaderName(String.class) + ", java.sql.Date: " + loaderName(Class.forName("java.sql.Date")) + ", ClassLoaders: " + loaderName(ClassLoaders.class)
            + ", int[]: " + loaderName(int[].class) + ", ClassLoaders[]: " + loaderName(ClassLoaders[].class));
        ClassLoader app = ClassLoader.getSystemClassLoader();
        System.out.println("system loader is app " + (app == ClassLoaders.class.getClassLoader()) + ", its parent " + app.getParent().getName() + ", platform's parent " + app.getParent().getParent());
        System.out.println("new Plugin: " + new Plugin().hello());
        ByteLoader bl = new ByteLoader(app);
        Class<?> other = bl.loadClass("ClassLoaders$Plugin");
        System.out.println("same name " + other.getName().equals(Plugin.class.getName()) + ", same class " + (other == Plugin.class) + ", loader " + loaderName(other) + ", loaded again same " + (bl.loadClass("ClassLoaders$Plugin") == other));
        Object o = other.getConstructor().newInstance();
        System.out.println("instance of app Plugin " + (o instanceof Plugin) + ", hello " + other.getMethod("hello").invoke(o));
        System.out.println("String via custom loader is the bootstrap one " + (bl.loadClass("java.lang.String") == String.class));
        try {
            bl.loadClass("NoSuchClassAnywhere");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException " + e.getMessage());
        }
        Class<?> ni = Class.forName("ClassLoaders$NotInitialized", false, app);
        System.out.println("loaded without init: " + ni.getSimpleName());
        Class.forName("ClassLoaders$NotInitialized", true, app);
        Class.forName("ClassLoaders$NotInitialized");
        System.out.println("after forName(initialize=true)");
        int[] seen = new int[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> seen[k] = Slow.value);
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("four threads saw " + seen[0] + " " + seen[1] + " " + seen[2] + " " + seen[3] + ", <clinit> ran " + Slow.inits + " time(s)");
        System.out.println("resource lookup " + (ClassLoaders.class.getResource("ClassLoaders.class") != null) + " missing " + ClassLoaders.class.getResource("nope.txt"));
    }
}
