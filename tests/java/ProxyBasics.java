// java.lang.reflect.Proxy with an InvocationHandler: every call (including equals,
// hashCode and toString) routed through invoke with its Method and boxed arguments, a
// logging/decorating proxy over a real object, several interfaces (duplicate methods
// dispatched with the first interface's Method), checked exceptions declared vs
// undeclared (UndeclaredThrowableException), a null return for a primitive (NPE), a wrong
// return type (ClassCastException), isProxyClass/getInvocationHandler, and proxy class
// modifiers. Proxy class names ($Proxy<N>) are never printed.
import java.lang.reflect.*;
import java.util.*;

public class ProxyBasics {
    public interface Calculator {
        int add(int a, int b);
        double scale(double x);
        String name();
        void reset() throws java.io.IOException;
    }
    public interface Named { String name(); long id(); }

    static class RealCalc implements Calculator {
        public int add(int a, int b) { return a + b; }
        public double scale(double x) { return x * 1.5; }
        public String name() { return "real"; }
        public void reset() throws java.io.IOException { throw new java.io.IOException("cannot reset"); }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        RealCalc real = new RealCalc();
        InvocationHandler logging = (proxy, m, a) -> {
            log.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + (a == null ? "()" : Arrays.toString(a)));
            try {
                return m.invoke(real, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Calculator c = (Calculator) Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {Calculator.class}, logging);
        System.out.println(c.add(2, 3) + " " + c.scale(4) + " " + c.name());
        try { c.reset(); } catch (java.io.IOException e) { System.out.println("declared checked exception passes: " + e.getMessage()); }
        System.out.println("log " + log);
        InvocationHandler objectMethods = (proxy, m, a) -> switch (m.getName()) {
            case "equals" -> proxy == a[0];
            case "hashCode" -> 4242;
            case "toString" -> "ProxyToString";
            case "name" -> "named-" + m.getDeclaringClass().getSimpleName();
            case "id" -> 7L;
            default -> null;
        };
        Object multi = Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {Named.class, Calculator.class}, objectMethods);
        System.out.println(multi + " " + multi.hashCode() + " " + multi.equals(multi) + " " + multi.equals("x") + " " + ((Named) multi).name() + " " + ((Calculator) multi).name() + " " + ((Named) multi).id());
        try { ((Calculator) multi).add(1, 1); } catch (NullPointerException e) { System.out.println("null for int return: NPE"); }
        InvocationHandler wrongType = (proxy, m, a) -> m.getName().equals("name") ? Integer.valueOf(5) : "not a number";
        Calculator bad = (Calculator) Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {Calculator.class}, wrongType);
        try { bad.name(); } catch (ClassCastException e) { System.out.println("wrong return type: " + e.getMessage()); }
        try { bad.add(1, 2); } catch (ClassCastException e) { System.out.println("wrong boxed return: " + e.getMessage()); }
        InvocationHandler throwing = (proxy, m, a) -> { throw new Exception("undeclared " + m.getName()); };
        Calculator thr = (Calculator) Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {Calculator.class}, throwing);
        try { thr.add(1, 2); } catch (UndeclaredThrowableException e) { System.out.println("UndeclaredThrowableException cause " + e.getUndeclaredThrowable().getMessage() + " getCause same " + (e.getCause() == e.getUndeclaredThrowable())); }
        try { thr.reset(); } catch (Exception e) { System.out.println("declared-compatible? " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        InvocationHandler runtime = (proxy, m, a) -> { throw new IllegalStateException("runtime passes through"); };
        try { ((Calculator) Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {Calculator.class}, runtime)).scale(1); }
        catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        Class<?> pc = c.getClass();
        System.out.println("isProxyClass " + Proxy.isProxyClass(pc) + " " + Proxy.isProxyClass(RealCalc.class) + " handler same " + (Proxy.getInvocationHandler(c) == logging)
            + " superclass " + pc.getSuperclass().getSimpleName() + " final " + Modifier.isFinal(pc.getModifiers()) + " public " + Modifier.isPublic(pc.getModifiers())
            + " interfaces " + Arrays.stream(pc.getInterfaces()).map(Class::getSimpleName).toList() + " same class for same interfaces " + (pc == bad.getClass()));
        System.out.println("proxy class name pattern ok " + pc.getName().matches("(.*\\.)?\\$Proxy\\d+") + " package " + pc.getPackageName().isEmpty() + " module named " + pc.getModule().isNamed());
        try { Proxy.newProxyInstance(ProxyBasics.class.getClassLoader(), new Class<?>[] {RealCalc.class}, logging); }
        catch (IllegalArgumentException e) { System.out.println("class not interface: " + e.getMessage()); }
        try { Proxy.getInvocationHandler("not a proxy"); }
        catch (IllegalArgumentException e) { System.out.println("getInvocationHandler: " + e.getMessage()); }
        Runnable r = (Runnable) Proxy.newProxyInstance(null, new Class<?>[] {Runnable.class}, (p, m, a) -> { System.out.println("Runnable proxy in bootstrap loader: " + m); return null; });
        r.run();
        System.out.println("Runnable proxy loader " + r.getClass().getClassLoader() + " module " + r.getClass().getModule().getName());
    }
}
