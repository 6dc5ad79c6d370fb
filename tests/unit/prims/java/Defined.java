// Defined through JVM_DefineClass by the test (never on a class path the VM searches).
public class Defined { public static int seven() { return 7; } }
