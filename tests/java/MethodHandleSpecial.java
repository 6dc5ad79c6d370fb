// Less common MethodHandle features: findSpecial for super calls (and its access rule),
// privateLookupIn, Lookup.in/dropLookupMode, revealDirect (MethodHandleInfo name, kind,
// declaring class, method type, referenceKindToString), MethodHandles.reflectAs,
// ConstantCallSite/MutableCallSite/VolatileCallSite dynamicInvoker
// with setTarget, MethodHandle.toString, interface default methods via findVirtual and
// findSpecial, and Lookup.findClass/accessClass.
import java.lang.invoke.*;
import java.lang.reflect.Method;

public class MethodHandleSpecial {
    static class Base {
        String who() { return "Base"; }
        private String hidden() { return "Base.hidden"; }
    }

    static class Child extends Base {
        @Override String who() { return "Child"; }
        static MethodHandle superWho() throws ReflectiveOperationException {
            return MethodHandles.lookup().findSpecial(Base.class, "who", MethodType.methodType(String.class), Child.class);
        }
    }

    interface Speaker { default String speak() { return "Speaker.speak"; } }
    static class Loud implements Speaker {
        public String speak() { return "LOUD"; }
        static MethodHandle defaultSpeak() throws ReflectiveOperationException {
            return MethodHandles.lookup().findSpecial(Speaker.class, "speak", MethodType.methodType(String.class), Loud.class);
        }
    }

    static int plusOne(int x) { return x + 1; }
    static int timesTwo(int x) { return x * 2; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup L = MethodHandles.lookup();
        Child c = new Child();
        MethodHandle sup = Child.superWho();
        MethodHandle virt = L.findVirtual(Base.class, "who", MethodType.methodType(String.class));
        System.out.println("findSpecial " + (String) sup.invokeExact(c) + " findVirtual " + (String) virt.invokeExact((Base) c) + " type " + sup.type());
        try { L.findSpecial(Base.class, "who", MethodType.methodType(String.class), Child.class); }
        catch (IllegalAccessException e) { System.out.println("findSpecial from another class: " + e.getMessage().replaceAll("@[0-9a-f]+", "@HASH")); }
        MethodHandle ds = Loud.defaultSpeak();
        System.out.println("default via findSpecial " + (String) ds.invoke(new Loud()) + " via findVirtual " + L.findVirtual(Speaker.class, "speak", MethodType.methodType(String.class)).invoke(new Loud()));
        MethodHandles.Lookup priv = MethodHandles.privateLookupIn(Base.class, L);
        MethodHandle hidden = priv.findVirtual(Base.class, "hidden", MethodType.methodType(String.class));
        System.out.println("privateLookupIn " + (String) hidden.invokeExact(new Base()) + " lookupClass " + priv.lookupClass().getSimpleName() + " hasFullPrivilegeAccess " + priv.hasFullPrivilegeAccess());
        MethodHandles.Lookup dropped = L.dropLookupMode(MethodHandles.Lookup.PRIVATE);
        System.out.println("dropLookupMode PRIVATE: modes " + Integer.toBinaryString(dropped.lookupModes()) + " full " + dropped.hasFullPrivilegeAccess());
        MethodHandles.Lookup inString = L.in(String.class);
        System.out.println("Lookup.in(String) modes " + Integer.toBinaryString(inString.lookupModes()) + " class " + inString.lookupClass().getSimpleName());
        MethodHandle plus = L.findStatic(MethodHandleSpecial.class, "plusOne", MethodType.methodType(int.class, int.class));
        MethodHandleInfo info = L.revealDirect(plus);
        System.out.println("revealDirect name " + info.getName() + " kind " + MethodHandleInfo.referenceKindToString(info.getReferenceKind()) + " class " + info.getDeclaringClass().getSimpleName()
            + " type " + info.getMethodType() + " modifiers " + java.lang.reflect.Modifier.toString(info.getModifiers()) + " varargs " + info.isVarArgs());
        MethodHandleInfo vinfo = L.revealDirect(virt);
        MethodHandleInfo ctorInfo = L.revealDirect(L.findConstructor(Loud.class, MethodType.methodType(void.class)));
        MethodHandleInfo ifaceInfo = L.revealDirect(L.findVirtual(Speaker.class, "speak", MethodType.methodType(String.class)));
        System.out.println("kinds " + MethodHandleInfo.referenceKindToString(vinfo.getReferenceKind()) + " " + MethodHandleInfo.referenceKindToString(ctorInfo.getReferenceKind()) + " " + MethodHandleInfo.referenceKindToString(ifaceInfo.getReferenceKind())
            + " special " + MethodHandleInfo.referenceKindToString(L.in(Child.class).revealDirect(sup).getReferenceKind()) + " toString " + MethodHandleInfo.toString(info.getReferenceKind(), info.getDeclaringClass(), info.getName(), info.getMethodType()));
        Method m = MethodHandles.reflectAs(Method.class, plus);
        System.out.println("reflectAs " + m.getName() + " " + m.getParameterTypes()[0]);
        try { L.revealDirect(MethodHandles.insertArguments(plus, 0, 1)); }
        catch (IllegalArgumentException e) { System.out.println("revealDirect of a bound handle: " + e.getMessage().replaceAll("@[0-9a-f]+", "")); }
        MutableCallSite mcs = new MutableCallSite(plus);
        MethodHandle inv = mcs.dynamicInvoker();
        int a = (int) inv.invokeExact(10);
        mcs.setTarget(L.findStatic(MethodHandleSpecial.class, "timesTwo", MethodType.methodType(int.class, int.class)));
        int b = (int) inv.invokeExact(10);
        System.out.println("MutableCallSite " + a + " then " + b + " type " + mcs.type());
        VolatileCallSite vcs = new VolatileCallSite(MethodType.methodType(int.class, int.class));
        try { int x = (int) vcs.dynamicInvoker().invokeExact(1); }
        catch (IllegalStateException e) { System.out.println("unlinked VolatileCallSite: " + e.getClass().getSimpleName()); }
        vcs.setTarget(plus);
        System.out.println("VolatileCallSite " + (int) vcs.dynamicInvoker().invokeExact(41));
        ConstantCallSite ccs = new ConstantCallSite(plus);
        try { ccs.setTarget(plus); } catch (UnsupportedOperationException e) { System.out.println("ConstantCallSite.setTarget: UOE"); }
        try { mcs.setTarget(MethodHandles.constant(String.class, "x")); } catch (WrongMethodTypeException e) { System.out.println("setTarget wrong type: " + e.getMessage()); }
        System.out.println("toString " + plus + " " + MethodHandles.constant(int.class, 3));
        System.out.println("findClass " + L.findClass("MethodHandleSpecial$Loud").getSimpleName() + " accessClass " + L.accessClass(String.class).getSimpleName());
        try { L.findClass("MethodHandleSpecial$Nope"); } catch (ClassNotFoundException e) { System.out.println("findClass missing: " + e.getMessage()); }
    }
}
