// Helpful NullPointerException messages (JEP 358): one method per case. Methods named t_* fail
// at their LAST instruction that can throw an NPE, f_* at their FIRST (tests/unit/interpreter/
// test_npe_messages.cpp picks that bci and compares jvmlab's message with HotSpot's).
import java.util.List;

public class NpeCases {
  static class Node {
    Node n;
    String s;
    int[] a;
    Node[] kids;
    int v;
    long l;
    double d;
    Object o;
    String m() { return s; }
    static String sm() { return null; }
  }
  interface Shape { int area(int scale, String unit); }

  static String SNULL;
  static int SIDX = 1;
  static String[] SARR = new String[3];
  static Node SNODE = new Node();
  Node field;
  int ifield = 2;

  // Failed actions: array loads and stores.
  static int t_iaload(int[] a) { return a[0]; }
  static float t_faload(float[] a) { return a[0]; }
  static Object t_aaload(Object[] a) { return a[0]; }
  static byte t_baload(byte[] a) { return a[0]; }
  static boolean t_baload_bool(boolean[] a) { return a[0]; }
  static char t_caload(char[] a) { return a[0]; }
  static short t_saload(short[] a) { return a[0]; }
  static long t_laload(long[] a) { return a[0]; }
  static double t_daload(double[] a) { return a[0]; }
  static void t_iastore(int[] a) { a[0] = 1; }
  static void t_fastore(float[] a) { a[0] = 1f; }
  static void t_aastore(String[] a) { a[0] = "x"; }
  static void t_bastore(byte[] a) { a[0] = 1; }
  static void t_castore(char[] a) { a[0] = 'c'; }
  static void t_sastore(short[] a) { a[0] = 1; }
  static void t_lastore(long[] a) { a[0] = 1L; }
  static void t_dastore(double[] a) { a[0] = 1.0; }
  static int t_arraylength(int[] a) { return a.length; }
  static void t_athrow(RuntimeException e) { throw e; }
  static void t_athrow_null() { throw null; }
  static void f_monitorenter(Object o) { synchronized (o) { SIDX++; } }

  // Failed actions: fields and invokes.
  static int t_getfield(Node n) { return n.v; }
  static void t_putfield_int(Node n) { n.v = 3; }
  static void t_putfield_long(Node n) { n.l = 3L; }
  static void t_putfield_double(Node n, double d) { n.d = d; }
  static void t_putfield_obj(Node n) { n.s = "x"; }
  static int t_invokevirtual(String s) { return s.length(); }
  static int t_invokeinterface(Shape sh) { return sh.area(2, "cm"); }
  static void t_invoke_list(List<String> l) { l.add(0, "x"); }
  static Object t_invoke_array_clone(int[] a) { return a.clone(); }
  static boolean t_invoke_stringbuffer(String s) { return s.contentEquals(new StringBuffer()); }
  static void t_invoke_stringbuilder(StringBuilder sb) { sb.append("x"); }
  static int t_invoke_object(Object o) { return o.hashCode(); }
  static boolean t_invoke_equals(Object o) { return o.equals("x"); }
  static String t_invoke_varargs(String s) { return s.formatted(1, 2); }
  static void t_invoke_params(NpeCases c) { c.many(1, 2L, 3.0f, 4.0, 'c', (byte) 1, (short) 2, true, "s", null, null, null, null); }
  void many(int i, long l, float f, double d, char c, byte b, short s, boolean z, String str,
            Object o, int[][] ia, Object[] oa, java.util.Map<String, String> m) {}
  private int priv() { return 1; }
  static int t_invokespecial_private(NpeCases c) { return c.priv(); }
  static String t_invoke_inner(Node n) { return n.m(); }
  static int t_unboxing(Integer i) { return i; }
  static int f_string_switch(String s) { switch (s) { case "a": return 1; default: return 0; } }
  static int f_foreach(int[] arr) { int sum = 0; for (int x : arr) sum += x; return sum; }
  static void f_explicit() { throw new NullPointerException(); }
  static void f_explicit_msg() { throw new NullPointerException("own message"); }

  // Causes: locals, parameters, this.
  static int t_param_second(int x, String s) { return s.length(); }
  static int t_param_after_long(long x, double d, String s) { return s.length(); }
  int t_instance_param(String s) { return s.length(); }
  int t_instance_param_second(int i, long l, String s) { return s.length(); }
  int t_this_field() { return field.v; }
  int t_this_field_chain() { return field.n.n.v; }
  static int t_local(int k) { String s = null; if (k > 100) s = "x"; return s.length(); }
  static int t_param_overwritten(String s) { s = SNULL; return s.length(); }
  static int t_local_after_long(long k) { long j = k; String s = null; return s.length(); }
  static int t_null_constant() { return ((String) null).length(); }
  static int t_checkcast(Object o) { return ((String) o).length(); }

  // Causes: static fields, field chains, arrays, return values.
  static int t_static_field() { return SNULL.length(); }
  static int t_static_field_other_class() { return Holder.S.length(); }
  static class Holder { static String S; }
  static int t_static_chain() { return SNODE.n.v; }
  static int t_field_chain(Node n) { return n.n.n.s.length(); }
  static int t_field_chain_deep(Node n) { return n.n.n.n.n.n.n.s.length(); }
  static int t_field_chain_4(Node n) { return n.n.n.n.s.length(); }
  static int t_field_chain_5(Node n) { return n.n.n.n.n.s.length(); }
  static int t_array_elem_const(String[] a) { return a[2].length(); }
  static int t_array_elem_zero(String[] a) { return a[0].length(); }
  static int t_array_elem_big(String[] a) { return a[300].length(); }
  static int t_array_elem_bipush(String[] a) { return a[100].length(); }
  static int t_array_elem_m1(int[][] a) { return a[a.length - 1][0]; }
  static int t_array_elem_local(String[] a, int i) { return a[i].length(); }
  static int t_array_elem_expr(String[] a, int i) { return a[i + 1].length(); }
  static int t_array_elem_nested(String[][] a) { return a[1][2].length(); }
  static int t_array_elem_2d(int[][] a, int i, int j) { return a[i][j]; }
  static int t_array_index_elem(String[] a, int[] idx) { return a[idx[0]].length(); }
  static int t_array_index_field(String[] a, Node n) { return a[n.v].length(); }
  static int t_array_index_static(String[] a) { return a[SIDX].length(); }
  static int t_array_index_call(String[] a) { return a[idx()].length(); }
  static int idx() { return 1; }
  int t_array_index_this_field(String[] a) { return a[ifield].length(); }
  static int t_array_static(String s) { return SARR[1].length(); }
  static int t_array_field(Node n) { return n.kids[0].v; }
  static int t_array_deep(Node n) { return n.n.n.kids[0].kids[1].v; }
  static int t_array_deeper(Node[][][][][] a) { return a[0][1][2][3][4].v; }
  static int t_return_static() { return getNull().length(); }
  static String getNull() { return null; }
  static int t_return_virtual(Node n) { return n.m().length(); }
  static int t_return_static_other() { return Node.sm().length(); }
  static int t_return_args() { return id("a", null, 1L).length(); }
  static String id(String s, int[] a, long l) { return null; }
  static int t_return_then_field() { return make().n.v; }
  static Node make() { return new Node(); }
  static int t_return_then_array() { return makeArr()[0].v; }
  static Node[] makeArr() { return new Node[1]; }
  static int t_ternary(boolean b, String x, String y) { return (b ? x : y).length(); }
  static int t_ternary_same(boolean b, String x) { String y = b ? x : x; return y.length(); }
  static int t_loop(Node n) { Node p = n; for (int i = 0; i < 3; i++) p = p.n; return p.v; }
  static void f_increment(Node n) { n.v++; }
  static void f_compound_array(int[] a) { a[0] += 5; }
  static void f_assign_chain(Node n, Node m) { n.s = m.s = null; }
  static int f_ctor_arg(Node n) { return new Node[n.v].length; }
  static String f_try_catch(Node n) {
    try { return n.m(); } catch (IllegalStateException e) { return n.s.trim(); }
  }
  static int t_catch_var(String s) {
    try { s.length(); } catch (RuntimeException e) { Node q = null; return q.v; }
    return 0;
  }
  static int t_long_locals(long a, long b, long c, String s) { long d = a + b + c; String t = s; return t.length(); }
  static int t_many_locals(String s) {
    int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7;
    String q = s;
    return q.length() + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
  }
  static int t_char_array_elem(char[][] a) { return a[0].length; }
  static int t_boolean_param(boolean z, Object[] o) { return o.length; }
  static int t_iinc(String[] a) { int i = 0; i++; return a[i].length(); }
  static int t_double_index(double[] d, int[] a) { return (int) d[a[0]]; }

  // Locals above 255 (wide aload) and parameters above slot 63 (always "written" for HotSpot).
  static int t_wide_local(String s) {
    long l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9, l10 = 10, l11 = 11, l12 = 12, l13 = 13, l14 = 14, l15 = 15, l16 = 16, l17 = 17, l18 = 18, l19 = 19, l20 = 20, l21 = 21, l22 = 22, l23 = 23, l24 = 24, l25 = 25, l26 = 26, l27 = 27, l28 = 28, l29 = 29, l30 = 30, l31 = 31, l32 = 32, l33 = 33, l34 = 34, l35 = 35, l36 = 36, l37 = 37, l38 = 38, l39 = 39, l40 = 40, l41 = 41, l42 = 42, l43 = 43, l44 = 44, l45 = 45, l46 = 46, l47 = 47, l48 = 48, l49 = 49, l50 = 50, l51 = 51, l52 = 52, l53 = 53, l54 = 54, l55 = 55, l56 = 56, l57 = 57, l58 = 58, l59 = 59, l60 = 60, l61 = 61, l62 = 62, l63 = 63, l64 = 64, l65 = 65, l66 = 66, l67 = 67, l68 = 68, l69 = 69, l70 = 70, l71 = 71, l72 = 72, l73 = 73, l74 = 74, l75 = 75, l76 = 76, l77 = 77, l78 = 78, l79 = 79, l80 = 80, l81 = 81, l82 = 82, l83 = 83, l84 = 84, l85 = 85, l86 = 86, l87 = 87, l88 = 88, l89 = 89, l90 = 90, l91 = 91, l92 = 92, l93 = 93, l94 = 94, l95 = 95, l96 = 96, l97 = 97, l98 = 98, l99 = 99, l100 = 100, l101 = 101, l102 = 102, l103 = 103, l104 = 104, l105 = 105, l106 = 106, l107 = 107, l108 = 108, l109 = 109, l110 = 110, l111 = 111, l112 = 112, l113 = 113, l114 = 114, l115 = 115, l116 = 116, l117 = 117, l118 = 118, l119 = 119, l120 = 120, l121 = 121, l122 = 122, l123 = 123, l124 = 124, l125 = 125, l126 = 126, l127 = 127, l128 = 128, l129 = 129, l130 = 130, l131 = 131, l132 = 132, l133 = 133, l134 = 134, l135 = 135, l136 = 136, l137 = 137, l138 = 138, l139 = 139, l140 = 140, l141 = 141, l142 = 142, l143 = 143, l144 = 144, l145 = 145, l146 = 146, l147 = 147, l148 = 148, l149 = 149;
    String q = s;
    return q.length();
  }
  static int t_param_slot_66(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, long p9, long p10, long p11, long p12, long p13, long p14, long p15, long p16, long p17, long p18, long p19, long p20, long p21, long p22, long p23, long p24, long p25, long p26, long p27, long p28, long p29, long p30, long p31, long p32, String s) { return s.length(); }
  static int t_param_slot_66_other(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, long p9, long p10, long p11, long p12, long p13, long p14, long p15, long p16, long p17, long p18, long p19, long p20, long p21, long p22, long p23, long p24, long p25, long p26, long p27, long p28, long p29, long p30, long p31, long p32, String s, String t) { return t.length(); }
  static int t_loop_merge(String s, int k) { String t = s; while (k-- > 0) t = t.trim(); return t.length(); }
  static int t_loop_index(String[] a) { int i = 0; while (i < 1) i++; return a[i].length(); }

  // Constructs javac emits for common Java code.
  enum Color { RED, GREEN }
  record Point(Node x, int y) {}
  static class Boxed { Boxed(String s) { s.length(); } }
  class Inner { int get() { return field.v; } }
  static int t_lambda(String s) { java.util.function.IntSupplier f = () -> s.length(); return f.getAsInt(); }
  static int f_enum_switch(Color c) { switch (c) { case RED: return 1; default: return 2; } }
  static int f_foreach_iterable(List<String> l) { int n = 0; for (String x : l) n += x.length(); return n; }
  static int t_map_get(java.util.Map<String, String> m) { return m.get("k").length(); }
  static int t_generic_checkcast(List<String> l) { return l.get(0).length(); }
  static int t_record_accessor(Point p) { return p.x().v; }
  static int t_record_null(Point p) { return p.y(); }
  static int t_indy_before(Node n, String a) { return use(a + "x", n.s.length()); }
  static int use(String s, int i) { return i; }
  static long t_long_stack(long a, Node n, double d) { return a * 2 + n.l + (long) d; }
  static int t_dup_x1(Node n) { int x = (n.v = 5); return x; }
  static long t_dup2_x1(Node n) { long x = (n.l = 5L); return x; }
  static int t_dup_x2(int[] a) { int x = (a[0] = 5); return x; }
  static long t_dup2_x2(long[] a) { long x = (a[0] = 5L); return x; }
  static int t_switch_expr(int k, String a, String b) { return (switch (k) { case 0 -> a; default -> b; }).length(); }
  static int t_switch_local(int k, String a, String b) {
    String s;
    switch (k) { case 0: s = a; break; case 1: s = b; break; default: s = null; }
    return s.length();
  }
  static int t_lookupswitch_then(int k, Node n) {
    int r;
    switch (k) { case 10: r = 1; break; case 1000: r = 2; break; default: r = 3; }
    return r + n.v;
  }
  static int f_multianewarray(Node n) { return new int[n.v][2].length; }
  static int t_static_array_chain() { return SNODE.kids[0].v; }
  static int t_instanceof_before(Object o, Node n) { return (o instanceof String ? 1 : 0) + n.v; }
  static Object t_ctor(String s) { return new Boxed(s); }
  int t_inner(NpeCases outer) { return outer.new Inner().get(); }
  static int t_return_interface(Shape sh, List<Shape> l) { return l.get(0).area(1, null); }
  static int t_nested_call_arg(Node n) { return use(null, n.m().length()); }
  static int t_throw_field(Node n) throws Exception { throw (Exception) n.o; }
  static int t_string_concat_field(Node n) { return (n.s + "x").length() + n.n.v; }
  // iinc does not count as a write for HotSpot: the slot still names the parameter.
  static int t_iinc_param(String[] a, int i) { i++; return a[i].length(); }
}
