// Character encodings shown as hex so the output stays ASCII: String.getBytes and new
// String in UTF-8, UTF-16 (with BOM), UTF-16LE, ISO-8859-1 and US-ASCII (unmappable -> '?'),
// malformed UTF-8 decoded with U+FFFD replacement (counted, not printed), CharsetEncoder/
// Decoder with REPORT (MalformedInputException/UnmappableCharacterException messages),
// InputStreamReader/OutputStreamWriter round trips, StringReader/StringWriter/
// CharArrayWriter, PrintWriter with checkError, Scanner with delimiters, and
// StreamTokenizer.
import java.io.*;
import java.nio.*;
import java.nio.charset.*;
import java.util.*;

public class CharsetsIO {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String s = "A\u00e9\u20ac\ud83d\ude00";
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII)) {
            byte[] b = s.getBytes(cs);
            System.out.println(cs.name() + " " + hex(b) + " decoded " + esc(new String(b, cs)));
        }
        byte[] bad = {0x41, (byte) 0xc3, 0x28, (byte) 0xff, 0x42, (byte) 0xe2, (byte) 0x82};
        String decoded = new String(bad, StandardCharsets.UTF_8);
        System.out.println("malformed UTF-8 -> " + esc(decoded) + " replacements " + decoded.chars().filter(c -> c == 0xfffd).count());
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try { dec.decode(ByteBuffer.wrap(bad)); } catch (CharacterCodingException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        CharsetEncoder enc = StandardCharsets.US_ASCII.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        try { enc.encode(CharBuffer.wrap("ok\u00e9")); } catch (CharacterCodingException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.out.println("canEncode " + enc.canEncode('e') + " " + enc.canEncode('\u00e9') + " maxBytesPerChar UTF-8 " + StandardCharsets.UTF_8.newEncoder().maxBytesPerChar() + " averageCharsPerByte " + StandardCharsets.UTF_16.newDecoder().averageCharsPerByte());
        System.out.println("forName aliases " + Charset.forName("latin1").name() + " " + Charset.forName("utf8").name() + " " + Charset.forName("UTF-16LE").aliases().contains("UnicodeLittleUnmarked") + " isSupported " + Charset.isSupported("x-no-such"));
        try { Charset.forName("no-such-charset"); } catch (UnsupportedCharsetException e) { System.out.println("UnsupportedCharsetException: " + e.getMessage()); }
        try { Charset.forName("bad name!"); } catch (IllegalCharsetNameException e) { System.out.println("IllegalCharsetNameException: " + e.getMessage()); }
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bos, StandardCharsets.UTF_16BE)) { w.write("hi\u00df"); }
        System.out.println("OutputStreamWriter UTF-16BE " + hex(bos.toByteArray()));
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bos.toByteArray()), StandardCharsets.UTF_16BE)) {
            char[] cb = new char[10];
            int n = r.read(cb);
            System.out.println("InputStreamReader read " + n + " chars " + esc(new String(cb, 0, n)));
        }
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.print(1); pw.print('c'); pw.print(2.5); pw.println(true); pw.printf(Locale.ROOT, "%05d|%s%n", 42, null);
            System.out.println("checkError " + pw.checkError());
        }
        System.out.println("StringWriter [" + sw.toString().replace("\n", "\\n") + "]");
        PrintWriter broken = new PrintWriter(new Writer() {
            public void write(char[] c, int o, int l) throws IOException { throw new IOException("sink failed"); }
            public void flush() {} public void close() {}
        });
        broken.print("x"); broken.flush();
        System.out.println("PrintWriter swallows IOException, checkError " + broken.checkError());
        CharArrayWriter caw = new CharArrayWriter();
        caw.write("char array"); caw.append('!').append("?", 0, 1);
        System.out.println("CharArrayWriter " + caw + " size " + caw.size());
        StringReader sr = new StringReader("skip-mark-reset");
        sr.skip(5); sr.mark(100);
        char[] four = new char[4]; sr.read(four); sr.reset();
        System.out.println("StringReader " + new String(four) + " then " + (char) sr.read());
        Scanner sc = new Scanner("10, 20,x, 30 ,40").useDelimiter("\\s*,\\s*").useLocale(Locale.ROOT);
        List<String> toks = new ArrayList<>();
        while (sc.hasNext()) toks.add(sc.hasNextInt() ? "int:" + sc.nextInt() : "str:" + sc.next());
        System.out.println("Scanner " + toks);
        Scanner lines = new Scanner("a b\nc d e\n\nlast");
        List<Integer> counts = new ArrayList<>();
        while (lines.hasNextLine()) counts.add(lines.nextLine().split(" ", -1).length);
        System.out.println("line token counts " + counts);
        StreamTokenizer st = new StreamTokenizer(new StringReader("x = 3.5 + 'quoted' // comment\n y"));
        st.slashSlashComments(true);
        List<String> tt = new ArrayList<>();
        while (st.nextToken() != StreamTokenizer.TT_EOF)
            tt.add(st.ttype == StreamTokenizer.TT_WORD ? "W:" + st.sval : st.ttype == StreamTokenizer.TT_NUMBER ? "N:" + st.nval : st.ttype == '\'' ? "Q:" + st.sval : "C:" + (char) st.ttype);
        System.out.println("StreamTokenizer " + tt);
    }
}
