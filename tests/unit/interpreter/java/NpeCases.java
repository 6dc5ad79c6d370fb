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
  static void t_increment(Node n) { n.v++; }
  static void t_compound_array(int[] a) { a[0] += 5; }
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
}
