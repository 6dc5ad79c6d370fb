// Caller-sensitive frames for JVM_GetCallerClass (classes on the boot class path are privileged).
import jdk.internal.reflect.CallerSensitive;

public class CallerCheck {
  @CallerSensitive
  static native Class<?> getCallerClass();

  @CallerSensitive
  static Class<?> sensitive() { return getCallerClass(); }

  static Class<?> notSensitive() { return getCallerClass(); }

  public static Class<?> viaSensitive() { return CallerUser.call(); }
  public static Class<?> viaNotSensitive() { return notSensitive(); }
}

class CallerUser {
  static Class<?> call() { return CallerCheck.sensitive(); }
}
