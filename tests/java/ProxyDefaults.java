// Dynamic proxies and default methods: InvocationHandler.invokeDefault (Java 16) calling an
// interface's default method on the proxy (which then calls abstract methods back through
// the handler), a default method inherited from a superinterface, invokeDefault on a
// non-default method (IllegalArgumentException), a proxy over a package-private interface
// (proxy class placed in the same package/loader), generic interfaces (erased
// Method signatures), and a Map-backed bean proxy implementing getters and setters.
import java.lang.reflect.*;
import java.util.*;

public class ProxyDefaults {
    public interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + "!"; }
        default String shout() { return greet().toUpperCase(); }
    }
    public interface LoudGreeter extends Greeter {
        default String twice() { return shout() + " " + shout(); }
    }
    interface Hidden { int secret(); default int doubled() { return secret() * 2; } }
    public interface Repo<T, ID> { T find(ID id); List<T> all(); default int count() { return all().size(); } }
    public interface Person {
        String getName(); void setName(String n);
        int getAge(); void setAge(int a);
        default String describe() { return getName() + " (" + getAge() + ")"; }
    }

    public static void main(String[] args) throws Throwable {
        List<String> calls = new ArrayList<>();
        InvocationHandler h = (proxy, m, a) -> {
            calls.add(m.getName());
            if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, a);
            if (m.getName().equals("name")) return "proxy";
            throw new UnsupportedOperationException(m.getName());
        };
        LoudGreeter g = (LoudGreeter) Proxy.newProxyInstance(ProxyDefaults.class.getClassLoader(), new Class<?>[] {LoudGreeter.class}, h);
        System.out.println(g.greet() + " | " + g.shout() + " | " + g.twice());
        System.out.println("calls " + calls);
        Method nameM = Greeter.class.getMethod("name");
        try { InvocationHandler.invokeDefault(g, nameM); } catch (IllegalArgumentException e) { System.out.println("invokeDefault abstract: " + e.getMessage()); }
        Method greetM = Greeter.class.getMethod("greet");
        try { InvocationHandler.invokeDefault("not a proxy", greetM); } catch (IllegalArgumentException e) { System.out.println("invokeDefault non-proxy: " + e.getMessage()); }
        System.out.println("reflective default on proxy " + greetM.invoke(g) + " declaring " + LoudGreeter.class.getMethod("greet").getDeclaringClass().getSimpleName());
        Hidden hid = (Hidden) Proxy.newProxyInstance(ProxyDefaults.class.getClassLoader(), new Class<?>[] {Hidden.class},
            (p, m, a) -> m.isDefault() ? InvocationHandler.invokeDefault(p, m, a) : 21);
        System.out.println("package-private interface: doubled " + hid.doubled() + " proxy public " + Modifier.isPublic(hid.getClass().getModifiers())
            + " same package " + hid.getClass().getPackageName().equals(Hidden.class.getPackageName()) + " same loader " + (hid.getClass().getClassLoader() == Hidden.class.getClassLoader()));
        Map<Integer, String> data = new TreeMap<>(Map.of(1, "one", 2, "two", 3, "three"));
        @SuppressWarnings("unchecked")
        Repo<String, Integer> repo = (Repo<String, Integer>) Proxy.newProxyInstance(ProxyDefaults.class.getClassLoader(), new Class<?>[] {Repo.class}, (p, m, a) -> {
            if (m.isDefault()) return InvocationHandler.invokeDefault(p, m, a);
            return switch (m.getName()) {
                case "find" -> data.get(a[0]) + " via " + Arrays.toString(m.getParameterTypes()) + " returns " + m.getReturnType().getSimpleName() + " generic " + m.getGenericReturnType();
                case "all" -> new ArrayList<>(data.values());
                default -> throw new AssertionError(m);
            };
        });
        System.out.println(repo.find(2) + " | all " + repo.all() + " count " + repo.count());
        Map<String, Object> props = new TreeMap<>();
        Person person = (Person) Proxy.newProxyInstance(ProxyDefaults.class.getClassLoader(), new Class<?>[] {Person.class}, (p, m, a) -> {
            String n = m.getName();
            if (m.isDefault()) return InvocationHandler.invokeDefault(p, m, a);
            if (n.startsWith("set")) { props.put(n.substring(3), a[0]); return null; }
            if (n.startsWith("get")) {
                Object v = props.get(n.substring(3));
                return v == null && m.getReturnType() == int.class ? 0 : v;
            }
            if (n.equals("toString")) return "Person" + props;
            if (n.equals("hashCode")) return props.hashCode();
            if (n.equals("equals")) return p == a[0];
            throw new AssertionError(n);
        });
        System.out.println("fresh bean " + person.describe() + " " + person);
        person.setName("Ada");
        person.setAge(36);
        System.out.println("bean " + person.describe() + " " + person + " hash " + person.hashCode() + " props " + props);
        Object both = Proxy.newProxyInstance(ProxyDefaults.class.getClassLoader(), new Class<?>[] {Greeter.class, Person.class}, (p, m, a) -> {
            if (m.isDefault()) return InvocationHandler.invokeDefault(p, m, a);
            return switch (m.getName()) { case "name", "getName" -> "Both"; case "getAge" -> 1; default -> null; };
        });
        System.out.println("two interfaces " + ((Greeter) both).greet() + " " + ((Person) both).describe());
    }
}
