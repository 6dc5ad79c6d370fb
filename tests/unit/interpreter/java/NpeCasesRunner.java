// Runs every t_*/f_* case of NpeCases (on whichever copy the class path holds) and prints, per case,
// "name|class and method of the top frame|NPE message" as HotSpot computes it (message "null" if none).
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;

public class NpeCasesRunner {
  static NpeCases.Node chain(int k) {
    NpeCases.Node n = new NpeCases.Node();
    if (k > 0) n.n = chain(k - 1);
    return n;
  }

  static Object[] args_for(Method m) {
    switch (m.getName()) {
      case "t_field_chain": return new Object[] {chain(2)};
      case "t_field_chain_deep": return new Object[] {chain(6)};
      case "t_field_chain_4": return new Object[] {chain(3)};
      case "t_field_chain_5": return new Object[] {chain(4)};
      case "t_array_elem_const": return new Object[] {new String[3]};
      case "t_array_elem_zero": return new Object[] {new String[1]};
      case "t_array_elem_big": return new Object[] {new String[301]};
      case "t_array_elem_bipush": return new Object[] {new String[101]};
      case "t_array_elem_m1": return new Object[] {new int[2][]};
      case "t_array_elem_local": return new Object[] {new String[3], 1};
      case "t_array_elem_expr": return new Object[] {new String[3], 1};
      case "t_array_elem_nested": return new Object[] {new String[2][3]};
      case "t_array_elem_2d": return new Object[] {new int[2][], 1, 0};
      case "t_array_index_elem": return new Object[] {new String[2], new int[1]};
      case "t_array_index_field": return new Object[] {new String[2], new NpeCases.Node()};
      case "t_array_index_static": case "t_array_index_call": return new Object[] {new String[2]};
      case "t_array_index_this_field": return new Object[] {new String[3]};
      case "t_array_field": { NpeCases.Node n = new NpeCases.Node(); n.kids = new NpeCases.Node[1]; return new Object[] {n}; }
      case "t_array_deep": {
        NpeCases.Node n = chain(2);
        NpeCases.Node k = new NpeCases.Node();
        k.kids = new NpeCases.Node[2];
        n.n.n.kids = new NpeCases.Node[] {k};
        return new Object[] {n};
      }
      case "t_array_deeper": return new Object[] {new NpeCases.Node[1][2][3][4][5]};
      case "t_return_virtual": return new Object[] {new NpeCases.Node()};
      case "t_ternary": return new Object[] {true, null, null};
      case "t_loop": return new Object[] {chain(2)};
      case "f_assign_chain": return new Object[] {new NpeCases.Node(), null};
      case "t_char_array_elem": return new Object[] {new char[1][]};
      case "t_record_accessor": return new Object[] {new NpeCases.Point(null, 1)};
      case "t_map_get": return new Object[] {new java.util.HashMap<String, String>()};
      case "t_generic_checkcast": return new Object[] {java.util.Arrays.asList((String) null)};
      case "t_indy_before": return new Object[] {new NpeCases.Node(), "a"};
      case "t_long_stack": return new Object[] {1L, null, 2.0};
      case "t_switch_expr": return new Object[] {1, "a", null};
      case "t_switch_local": return new Object[] {1, "a", null};
      case "t_lookupswitch_then": return new Object[] {1000, null};
      case "t_static_array_chain": NpeCases.SNODE.kids = new NpeCases.Node[1]; return new Object[0];
      case "t_inner": return new Object[] {new NpeCases()};
      case "t_return_interface": return new Object[] {null, java.util.Arrays.asList((NpeCases.Shape) null)};
      case "t_nested_call_arg": return new Object[] {new NpeCases.Node()};
      case "t_throw_field": return new Object[] {new NpeCases.Node()};
      case "t_string_concat_field": return new Object[] {new NpeCases.Node()};
      case "t_iinc_param": return new Object[] {new String[3], 0};
      case "t_iinc": case "t_loop_index": return new Object[] {new String[2]};
      case "t_double_index": return new Object[] {null, new int[1]};
      default: break;
    }
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t == int.class) args[i] = 0;
      else if (t == long.class) args[i] = 0L;
      else if (t == double.class) args[i] = 0.0;
      else if (t == float.class) args[i] = 0f;
      else if (t == boolean.class) args[i] = true;
      else if (t == char.class) args[i] = 'c';
      else if (t == byte.class) args[i] = (byte) 0;
      else if (t == short.class) args[i] = (short) 0;
    }
    return args;
  }

  public static void main(String[] argv) throws Exception {
    Method[] ms = NpeCases.class.getDeclaredMethods();
    Arrays.sort(ms, Comparator.comparing(Method::getName));
    for (Method m : ms) {
      String name = m.getName();
      if (!name.startsWith("t_") && !name.startsWith("f_")) continue;
      m.setAccessible(true);
      Object receiver = Modifier.isStatic(m.getModifiers()) ? null : new NpeCases();
      if (name.equals("t_this_field_chain")) ((NpeCases) receiver).field = chain(1);
      String result;
      try {
        m.invoke(receiver, args_for(m));
        result = "-|-|no exception";
      } catch (InvocationTargetException ite) {
        Throwable t = ite.getCause();
        StackTraceElement top = t.getStackTrace()[0];
        result = top.getClassName() + "|" + top.getMethodName() + "|" + (t instanceof NullPointerException ? t.getMessage() : t.toString());
      }
      System.out.println(name + "|" + result);
    }
  }
}
