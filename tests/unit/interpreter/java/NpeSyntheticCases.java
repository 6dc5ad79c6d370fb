// Bytecode javac does not emit, assembled with the JDK's internal ASM: writes NpeSynthetic.class
// into the directory argv[0], runs each t_* method on the installed VM and prints
// "name|class|method|NPE message" like NpeCasesRunner. Each method fails at its last instruction
// that can throw an NPE.
import static jdk.internal.org.objectweb.asm.Opcodes.*;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.ConstantDynamic;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Type;

public class NpeSyntheticCases {
  static void method(ClassWriter cw, int access, String name, String desc, Consumer<MethodVisitor> body) {
    MethodVisitor mv = cw.visitMethod(access, name, desc, null, null);
    mv.visitCode();
    body.accept(mv);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  static byte[] generate(int version, boolean old) {
    ClassWriter cw = new ClassWriter(old ? ClassWriter.COMPUTE_MAXS : ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    String name = old ? "NpeSyntheticOld" : "NpeSynthetic";
    cw.visit(version, ACC_PUBLIC | ACC_SUPER, name, null, "java/lang/Object", null);
    int ps = ACC_PUBLIC | ACC_STATIC;
    method(cw, ACC_PUBLIC, "<init>", "()V", mv -> {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
      mv.visitInsn(RETURN);
    });
    if (old) {
      // jsr ends the flow for the analysis: the instruction after it gets no stack.
      method(cw, ps, "t_after_jsr", "([I)I", mv -> {
        Label sub = new Label();
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 1);
        mv.visitVarInsn(RET, 1);
      });
      cw.visitEnd();
      return cw.toByteArray();
    }
    method(cw, ps, "t_monitorexit", "(Ljava/lang/Object;)V", mv -> {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitInsn(MONITOREXIT);
      mv.visitInsn(RETURN);
    });
    method(cw, ps, "t_merge_two_origins", "(I[I[I)I", mv -> {
      Label other = new Label(), join = new Label();
      mv.visitVarInsn(ILOAD, 0);
      mv.visitJumpInsn(IFEQ, other);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitJumpInsn(GOTO, join);
      mv.visitLabel(other);
      mv.visitVarInsn(ALOAD, 2);
      mv.visitLabel(join);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_merge_same_origin", "(I[I)I", mv -> {
      Label join = new Label();
      mv.visitVarInsn(ALOAD, 1);
      mv.visitVarInsn(ILOAD, 0);
      mv.visitJumpInsn(IFEQ, join);
      mv.visitLabel(join);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_written_on_one_path", "(I[I)I", mv -> {
      Label join = new Label();
      mv.visitVarInsn(ILOAD, 0);
      mv.visitJumpInsn(IFEQ, join);
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, 1);
      mv.visitLabel(join);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ACC_PUBLIC, "t_this_written", "()I", mv -> {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, 0);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitTypeInsn(CHECKCAST, "[I");
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_swap", "([I)I", mv -> {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitInsn(SWAP);
      mv.visitInsn(POP);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_dup2_refs", "([I[I)I", mv -> {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitInsn(DUP2);
      mv.visitInsn(POP2);
      mv.visitInsn(POP);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_wide_local", "()I", mv -> {
      mv.visitInsn(ACONST_NULL);
      mv.visitVarInsn(ASTORE, 300);
      mv.visitVarInsn(ALOAD, 300);
      mv.visitTypeInsn(CHECKCAST, "[I");
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_sipush_index", "([Ljava/lang/String;)I", mv -> {
      mv.visitVarInsn(ALOAD, 0);
      mv.visitIntInsn(SIPUSH, 1000);
      mv.visitInsn(AALOAD);
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
      mv.visitInsn(IRETURN);
    });
    Handle nullConstant = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
    ConstantDynamic nullString = new ConstantDynamic("none", "Ljava/lang/String;", nullConstant);
    // HotSpot's analysis pushes nothing for dynamic constants, method types and method handles.
    method(cw, ps, "t_condy_receiver", "(Ljava/lang/String;)I", mv -> {
      mv.visitInsn(ICONST_1);
      mv.visitLdcInsn(nullString);
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
      mv.visitInsn(IADD);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_methodtype_below", "(Ljava/lang/String;)I", mv -> {
      mv.visitInsn(ICONST_2);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitLdcInsn(Type.getMethodType("()V"));
      mv.visitInsn(POP);
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
      mv.visitInsn(IADD);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_methodhandle_below", "(Ljava/lang/String;)I", mv -> {
      mv.visitInsn(ICONST_3);
      mv.visitVarInsn(ALOAD, 0);
      mv.visitLdcInsn(nullConstant);
      mv.visitInsn(POP);
      mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
      mv.visitInsn(IADD);
      mv.visitInsn(IRETURN);
    });
    method(cw, ps, "t_getstatic_other_array", "()I", mv -> {
      mv.visitFieldInsn(GETSTATIC, "NpeSyntheticCases", "NULL_OBJECTS", "[Ljava/lang/Object;");
      mv.visitInsn(ICONST_0);
      mv.visitInsn(AALOAD);
      mv.visitInsn(MONITORENTER);
      mv.visitInsn(ICONST_0);
      mv.visitInsn(IRETURN);
    });
    cw.visitEnd();
    return cw.toByteArray();
  }

  public static Object[] NULL_OBJECTS = null;

  static Object[] args_for(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == int.class) args[i] = 0;
    }
    if (m.getName().equals("t_sipush_index")) args[0] = new String[1001];
    if (m.getName().equals("t_getstatic_other_array")) NULL_OBJECTS = new Object[1];
    return args;
  }

  public static void main(String[] argv) throws Exception {
    for (boolean old : new boolean[] {false, true}) {
      byte[] bytes = generate(old ? V1_5 : V17, old);
      String name = old ? "NpeSyntheticOld" : "NpeSynthetic";
      Files.write(Path.of(argv[0], name + ".class"), bytes);
      Class<?> c = Class.forName(name, true, NpeSyntheticCases.class.getClassLoader());
      Method[] ms = c.getDeclaredMethods();
      Arrays.sort(ms, Comparator.comparing(Method::getName));
      for (Method m : ms) {
        if (!m.getName().startsWith("t_")) continue;
        Object receiver = Modifier.isStatic(m.getModifiers()) ? null : c.getConstructor().newInstance();
        String result;
        try {
          m.invoke(receiver, args_for(m));
          result = "-|-|no exception";
        } catch (InvocationTargetException ite) {
          Throwable t = ite.getCause();
          StackTraceElement top = t.getStackTrace()[0];
          result = top.getClassName() + "|" + top.getMethodName() + "|" +
                   (t instanceof NullPointerException ? t.getMessage() : t.toString());
        }
        System.out.println(m.getName() + "|" + result);
      }
    }
  }
}
