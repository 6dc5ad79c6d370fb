// Number to text and back: Double.toString/Float.toString shortest-repr corner cases,
// parseDouble/parseFloat of decimal, hex and special strings and their errors,
// Integer/Long toString/valueOf, and round trips.
public class NumberText {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, 10.0, 0.001, 0.0001, 1234567.0, 12345678.9, 1e7, 9999999.0, 1.0E-5, 2e-3, 123e300, 4.9e-324, 2.2250738585072014E-308,
            1.7976931348623157E308, 0.1 * 3, 1.0 / 7, 100.0 / 3, 5e-324 * 3, 2.0 / 3, 1e23, 8.41e21, 5.0e-310, 9007199254740993.0, 0.3, 2.5e-8, 1.0E22, 123456789012.0};
        for (double d : ds) {
            String s = Double.toString(d);
            System.out.println(s + " roundtrip " + (Double.parseDouble(s) == d || Double.isNaN(d)) + " float " + (float) d);
        }
        float[] fs = {0.1f, 1.0e-10f, 3.4e38f, 1.17549435E-38f, 16777216f, 0.33333334f, 1e7f, 9999999f, 1.0E-3f, 123.456f, 2.0f / 3};
        for (float f : fs) System.out.print(f + " ");
        System.out.println();
        String[] inputs = {"1.5", "-0", "  42  ", "1e10", "1E-10", ".5", "5.", "0x1.8p1", "-Infinity", "NaN", "+Infinity", "1_000", "1e400", "1e-400", "0x10", "1d", "2.5f", "", "abc", "1.2.3"};
        for (String in : inputs) {
            try {
                System.out.println("parseDouble(\"" + in + "\") = " + Double.parseDouble(in));
            } catch (NumberFormatException e) {
                System.out.println("parseDouble(\"" + in + "\") NFE: " + e.getMessage());
            }
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) NPE");
        }
        System.out.println("parseFloat " + Float.parseFloat("3.4028236e38") + " " + Float.parseFloat("1.4e-46") + " " + Float.parseFloat("0.1") + " " + Float.valueOf("7"));
        System.out.println(Integer.toString(-0) + " " + Integer.valueOf(-2147483648) + " " + Long.toString(Long.MIN_VALUE) + " " + Integer.parseInt("-2147483648") + " " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("Short NFE: " + e.getMessage());
        }
        try {
            Byte.valueOf("128");
        } catch (NumberFormatException e) {
            System.out.println("Byte NFE: " + e.getMessage());
        }
        long roundTrips = 0;
        long seed = 12345;
        for (int i = 0; i < 2000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(seed & 0x7FEF_FFFF_FFFF_FFFFL);
            if (Double.parseDouble(Double.toString(d)) == d) roundTrips++;
            float f = Float.intBitsToFloat((int) (seed >>> 33) & 0x7F7F_FFFF);
            if (Float.parseFloat(Float.toString(f)) == f) roundTrips++;
        }
        System.out.println("random round trips " + roundTrips + "/4000");
        StringBuilder sb = new StringBuilder();
        seed = 99;
        for (int i = 0; i < 8; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            sb.append(Double.longBitsToDouble((seed >>> 2) | 0x3000_0000_0000_0000L)).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(String.valueOf(1e-7) + " " + 1e-7f + " " + 123456.7f + " " + 1.0e-45f + " " + (double) 1.1f + " " + (float) 1.1);
    }
}
