// Interfaces and abstract classes: default methods (and diamond resolution with
// X.super.m()), static interface methods, private interface methods, abstract template
// methods, invokeinterface on different receivers, and instanceof on interfaces.
import java.util.ArrayList;
import java.util.List;

public class Interfaces {
    interface Shape {
        double area();
        default String describe() { return name() + " with area " + fmt(area()); }
        default String name() { return getClass().getSimpleName(); }
        static Shape unit() { return new Square(1); }
        private static String fmt(double d) { return String.format(java.util.Locale.ROOT, "%.2f", d); }
    }

    interface Named {
        default String name() { return "named"; }
    }

    interface Counter {
        int next();
        private int twice() { return next() + next(); }
        default int sumOfFour() { return twice() + twice(); }
    }

    static abstract class Polygon implements Shape {
        final int sides;
        Polygon(int sides) { this.sides = sides; }
        abstract double side();
        public double perimeter() { return sides * side(); }
        @Override public String toString() { return name() + "[" + sides + " sides, perimeter " + perimeter() + "]"; }
    }

    static class Square extends Polygon {
        final double s;
        Square(double s) { super(4); this.s = s; }
        double side() { return s; }
        public double area() { return s * s; }
    }

    static class Triangle extends Polygon implements Named {
        final double s;
        Triangle(double s) { super(3); this.s = s; }
        double side() { return s; }
        public double area() { return Math.sqrt(3) / 4 * s * s; }
        @Override public String name() { return "Tri/" + Named.super.name(); }
    }

    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return 3 * r * r; }
        @Override public String describe() { return "circle r=" + r + "; " + Shape.super.describe(); }
    }

    static class Seq implements Counter {
        int n;
        public int next() { return ++n; }
    }

    interface Visitor<R> {
        R visitNum(int n);
        R visitAdd(Expr a, Expr b);
    }

    interface Expr { <R> R accept(Visitor<R> v); }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(2));
        shapes.add(new Triangle(2));
        shapes.add(new Circle(1.5));
        shapes.add(Shape.unit());
        shapes.add(() -> 10);            // a lambda implementing Shape
        for (Shape s : shapes) {
            String d = s.describe();
            if (!(s instanceof Polygon)) d = d.replaceAll("\\$\\$Lambda.*? with", "<lambda> with");
            System.out.println(d);
            if (s instanceof Polygon p) System.out.println("  " + p);
            System.out.println("  Named? " + (s instanceof Named) + " Polygon? " + (s instanceof Polygon));
        }
        Seq seq = new Seq();
        System.out.println("sumOfFour " + seq.sumOfFour() + " then " + seq.sumOfFour());
        Expr one = new Expr() { public <R> R accept(Visitor<R> v) { return v.visitNum(1); } };
        Expr two = new Expr() { public <R> R accept(Visitor<R> v) { return v.visitNum(2); } };
        Expr sum = new Expr() { public <R> R accept(Visitor<R> v) { return v.visitAdd(one, two); } };
        Expr nested = new Expr() { public <R> R accept(Visitor<R> v) { return v.visitAdd(sum, sum); } };
        Visitor<Integer> eval = new Visitor<>() {
            public Integer visitNum(int n) { return n; }
            public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        };
        Visitor<String> show = new Visitor<>() {
            public String visitNum(int n) { return Integer.toString(n); }
            public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        };
        System.out.println(nested.accept(show) + " = " + nested.accept(eval));
        Comparable<String> cmp = "abc";
        CharSequence cs = "hello";
        System.out.println("via interfaces: " + cmp.compareTo("abd") + " " + cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3));
        Runnable r = Interfaces::hello;
        r.run();
        System.out.println("interfaces of Triangle: " + java.util.Arrays.toString(Triangle.class.getInterfaces()) + " super " + Triangle.class.getSuperclass().getName());
    }

    static void hello() { System.out.println("static method reference run via Runnable"); }
}
