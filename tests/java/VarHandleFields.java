// VarHandles on fields: findVarHandle/findStaticVarHandle, get/set in plain, opaque,
// acquire/release and volatile modes, compareAndSet/compareAndExchange (success and
// failure), getAndAdd/getAndSet/getAndBitwiseOr/And/Xor on int and long fields,
// reference fields with CAS, boolean and double fields, final fields (read-only:
// UnsupportedOperationException), varType/coordinateTypes/accessModeType,
// isAccessModeSupported, and WrongMethodTypeException for mismatched types. Ends with four
// threads incrementing one field by getAndAdd (the total is exact).
import java.lang.invoke.*;
import java.util.*;

public class VarHandleFields {
    volatile int count;
    long total;
    String name = "start";
    boolean flag;
    double level = 1.5;
    final int fixed = 3;
    static int hits;
    static final VarHandle COUNT, TOTAL, NAME, FLAG, LEVEL, FIXED, HITS;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COUNT = l.findVarHandle(VarHandleFields.class, "count", int.class);
            TOTAL = l.findVarHandle(VarHandleFields.class, "total", long.class);
            NAME = l.findVarHandle(VarHandleFields.class, "name", String.class);
            FLAG = l.findVarHandle(VarHandleFields.class, "flag", boolean.class);
            LEVEL = l.findVarHandle(VarHandleFields.class, "level", double.class);
            FIXED = l.findVarHandle(VarHandleFields.class, "fixed", int.class);
            HITS = l.findStaticVarHandle(VarHandleFields.class, "hits", int.class);
        } catch (ReflectiveOperationException e) { throw new ExceptionInInitializerError(e); }
    }

    public static void main(String[] args) throws Throwable {
        VarHandleFields o = new VarHandleFields();
        COUNT.set(o, 10);
        System.out.println("get " + (int) COUNT.get(o) + " volatile " + (int) COUNT.getVolatile(o) + " opaque " + (int) COUNT.getOpaque(o) + " acquire " + (int) COUNT.getAcquire(o));
        COUNT.setRelease(o, 11); COUNT.setOpaque(o, 12); COUNT.setVolatile(o, 13);
        System.out.println("after sets " + o.count);
        System.out.println("CAS ok " + COUNT.compareAndSet(o, 13, 20) + " CAS fail " + COUNT.compareAndSet(o, 13, 30) + " now " + o.count);
        System.out.println("compareAndExchange returns witness " + (int) COUNT.compareAndExchange(o, 99, 1) + " then " + (int) COUNT.compareAndExchange(o, 20, 21) + " now " + o.count);
        System.out.println("getAndAdd " + (int) COUNT.getAndAdd(o, 5) + " getAndSet " + (int) COUNT.getAndSet(o, 0b1100) + " getAndBitwiseOr " + (int) COUNT.getAndBitwiseOr(o, 0b0011)
            + " getAndBitwiseAnd " + (int) COUNT.getAndBitwiseAnd(o, 0b1010) + " getAndBitwiseXor " + (int) COUNT.getAndBitwiseXor(o, 0b1111) + " final " + o.count);
        TOTAL.set(o, Long.MAX_VALUE - 1);
        System.out.println("long getAndAdd wraps " + (long) TOTAL.getAndAdd(o, 3L) + " -> " + o.total + " acquireRelease CAS " + TOTAL.compareAndExchangeAcquire(o, o.total, 0L) + " " + TOTAL.compareAndExchangeRelease(o, 0L, 7L) + " " + o.total);
        System.out.println("ref CAS " + NAME.compareAndSet(o, "start", "next") + " identity matters " + NAME.compareAndSet(o, new String("next"), "other") + " getAndSet " + NAME.getAndSet(o, "last") + " now " + o.name);
        System.out.println("boolean CAS " + FLAG.compareAndSet(o, false, true) + " " + o.flag + " getAndBitwiseXor " + FLAG.getAndBitwiseXor(o, true) + " " + o.flag);
        System.out.println("double getAndAdd " + (double) LEVEL.getAndAdd(o, 0.25) + " -> " + o.level + " CAS " + LEVEL.compareAndSet(o, 1.75, -0.0) + " " + o.level);
        try { LEVEL.getAndBitwiseOr(o, 1.0); } catch (UnsupportedOperationException e) { System.out.println("bitwise on double: UOE"); }
        System.out.println("final field read " + (int) FIXED.get(o));
        try { FIXED.set(o, 4); } catch (UnsupportedOperationException e) { System.out.println("final field set: UOE"); }
        System.out.println("final supports set " + FIXED.isAccessModeSupported(VarHandle.AccessMode.SET) + " get " + FIXED.isAccessModeSupported(VarHandle.AccessMode.GET) + " CAS on ref " + NAME.isAccessModeSupported(VarHandle.AccessMode.COMPARE_AND_SET)
            + " getAndAdd on ref " + NAME.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD));
        System.out.println("varType " + COUNT.varType() + " coordinates " + COUNT.coordinateTypes() + " static coordinates " + HITS.coordinateTypes() + " CAS type " + COUNT.accessModeType(VarHandle.AccessMode.COMPARE_AND_SET)
            + " getAndAdd type " + TOTAL.accessModeType(VarHandle.AccessMode.GET_AND_ADD));
        try { COUNT.set(o, "string"); } catch (ClassCastException | WrongMethodTypeException e) { System.out.println("wrong value type: " + e.getClass().getSimpleName()); }
        try { COUNT.set("not the holder", 1); } catch (ClassCastException e) { System.out.println("wrong receiver: " + e.getMessage()); }
        try { COUNT.set((VarHandleFields) null, 1); } catch (NullPointerException e) { System.out.println("null receiver: NPE"); }
        try { long l = (long) COUNT.get(o); System.out.println("widening get allowed " + l); } catch (WrongMethodTypeException e) { System.out.println("get as long: WMTE"); }
        try { MethodHandles.lookup().findVarHandle(VarHandleFields.class, "count", long.class); } catch (NoSuchFieldException e) { System.out.println("findVarHandle wrong type: " + e.getMessage()); }
        MethodHandle toMH = COUNT.toMethodHandle(VarHandle.AccessMode.GET_AND_ADD);
        System.out.println("toMethodHandle type " + toMH.type() + " result " + (int) toMH.invokeExact(o, 100) + " -> " + o.count);
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> { for (int k = 0; k < 25000; k++) { HITS.getAndAdd(1); COUNT.getAndAdd(o, 2); } });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("four threads: hits " + hits + " count " + o.count);
        VarHandle.fullFence(); VarHandle.acquireFence(); VarHandle.releaseFence(); VarHandle.loadLoadFence(); VarHandle.storeStoreFence();
        System.out.println("fences ok");
    }
}
