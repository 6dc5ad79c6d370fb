// Implemented by the class the Unsafe tests define from bytes (defined/UnsafeTestDefined.java).
public interface UnsafeTestApi {
    int value();
}
