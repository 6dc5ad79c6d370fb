// Records through reflection: Class.isRecord, getRecordComponents in declaration order
// (names, types, generic types, accessor methods invoked reflectively), annotations on
// record components propagated to fields, accessors and constructor parameters by their
// @Target, the canonical constructor found via component types, final fields that
// setAccessible cannot make writable (IllegalAccessException message), and the
// Record superclass.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class RecordReflection {
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.FIELD})
    @interface OnField { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.METHOD})
    @interface OnMethod {}
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
    @interface OnComponent { int weight() default 7; }

    record Item<T extends Comparable<T>>(@OnField("id-field") @OnComponent long id, @OnMethod @OnComponent(weight = 2) String name, List<T> values, int[] raw) {}

    record Empty() {}

    public static void main(String[] args) throws Exception {
        Class<?> c = Item.class;
        System.out.println("isRecord " + c.isRecord() + " superclass " + c.getSuperclass().getName() + " final " + Modifier.isFinal(c.getModifiers()) + " static " + Modifier.isStatic(c.getModifiers()));
        System.out.println("String isRecord " + String.class.isRecord() + " Record isRecord " + Record.class.isRecord() + " components of String " + String.class.getRecordComponents());
        RecordComponent[] rcs = c.getRecordComponents();
        for (RecordComponent rc : rcs) {
            System.out.println("component " + rc.getName() + " : " + rc.getType().getTypeName() + " generic " + rc.getGenericType().getTypeName()
                + " sig " + rc.getGenericSignature() + " accessor " + rc.getAccessor().getName() + " declaring " + rc.getDeclaringRecord().getSimpleName()
                + " annotations " + Arrays.stream(rc.getAnnotations()).map(a -> a.annotationType().getSimpleName()).sorted().toList());
        }
        Item<String> item = new Item<>(42L, "widget", List.of("b", "a"), new int[] {1, 2});
        StringBuilder sb = new StringBuilder();
        for (RecordComponent rc : rcs) {
            Object v = rc.getAccessor().invoke(item);
            sb.append(rc.getName()).append('=').append(v instanceof int[] ia ? Arrays.toString(ia) : v).append(' ');
        }
        System.out.println("via accessors " + sb.toString().trim());
        Class<?>[] types = Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canon = c.getDeclaredConstructor(types);
        Object made = canon.newInstance(7L, "made", List.of(), new int[0]);
        System.out.println("canonical ctor params " + canon.getParameterCount() + " made " + ((Item<?>) made).name()
            + " param annotations " + Arrays.stream(canon.getParameterAnnotations()).map(as -> as.length).toList());
        OnComponent oc = rcs[1].getAnnotation(OnComponent.class);
        System.out.println("component annotation weight " + oc.weight() + " default on id " + rcs[0].getAnnotation(OnComponent.class).weight());
        Field idField = c.getDeclaredField("id");
        System.out.println("field id modifiers " + Modifier.toString(idField.getModifiers()) + " annotation " + idField.getAnnotation(OnField.class).value() + " OnComponent on field " + idField.getAnnotation(OnComponent.class));
        Method nameAcc = c.getDeclaredMethod("name");
        System.out.println("accessor name() modifiers " + Modifier.toString(nameAcc.getModifiers()) + " OnMethod present " + nameAcc.isAnnotationPresent(OnMethod.class) + " on field " + c.getDeclaredField("name").isAnnotationPresent(OnMethod.class));
        idField.setAccessible(true);
        try {
            idField.setLong(item, 99L);
            System.out.println("record field changed?!");
        } catch (IllegalAccessException e) {
            System.out.println("set final record field: " + e.getMessage());
        }
        System.out.println("id still " + item.id() + " read via field " + idField.getLong(item));
        List<String> methods = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) methods.add(m.getName() + "/" + m.getParameterCount());
        Collections.sort(methods);
        System.out.println("declared methods " + methods);
        List<String> fields = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) fields.add(f.getName());
        Collections.sort(fields);
        System.out.println("declared fields " + fields);
        System.out.println("Empty components " + Empty.class.getRecordComponents().length + " toString " + new Empty() + " equals " + new Empty().equals(new Empty()) + " hash " + new Empty().hashCode());
        System.out.println("type params " + Arrays.toString(c.getTypeParameters()) + " bound " + Arrays.toString(c.getTypeParameters()[0].getBounds()));
    }
}
