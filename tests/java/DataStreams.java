// DataOutputStream/DataInputStream round trip of every primitive (big-endian bytes shown in
// hex), writeUTF's modified UTF-8 (NUL as C0 80, a supplementary character as two 3-byte
// surrogates) vs String.getBytes(UTF_8), the UTFDataFormatException for a too-long string,
// EOFException from readInt on a short stream, readFully, readLine (deprecated, Latin-1),
// writeChars/writeBytes, ByteArrayOutputStream/ByteArrayInputStream mark/reset,
// PushbackInputStream, SequenceInputStream, BufferedInputStream mark limits, and
// DataOutputStream.size().
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class DataStreams {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeBoolean(true); out.writeByte(-2); out.writeShort(-300); out.writeChar('Z');
        out.writeInt(0x12345678); out.writeLong(Long.MIN_VALUE + 1); out.writeFloat(1.5f); out.writeDouble(-0.1);
        System.out.println("size " + out.size() + " bytes " + hex(bos.toByteArray()));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bos.toByteArray()));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + in.readChar() + " " + Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readFloat() + " " + in.readDouble() + " available " + in.available());
        in = new DataInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe}));
        System.out.println("unsigned byte " + in.readUnsignedByte() + " signed " + (byte) 0xfe + " readUnsignedShort of ff fe " + new DataInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe})).readUnsignedShort());
        String tricky = "A\u0000\u00e9\u20ac\ud83d\ude00";
        bos.reset();
        out = new DataOutputStream(bos);
        out.writeUTF(tricky);
        byte[] mutf = bos.toByteArray();
        System.out.println("writeUTF " + hex(mutf) + " vs UTF-8 " + hex(tricky.getBytes(StandardCharsets.UTF_8)));
        String back = new DataInputStream(new ByteArrayInputStream(mutf)).readUTF();
        System.out.println("readUTF round trip equal " + back.equals(tricky) + " length " + back.length() + " codepoints " + back.codePointCount(0, back.length()));
        try { out.writeUTF("x".repeat(70000)); } catch (UTFDataFormatException e) { System.out.println("too long: " + e.getMessage()); }
        try { new DataInputStream(new ByteArrayInputStream(new byte[] {0, 3, 'a', (byte) 0xc0, 'b'})).readUTF(); } catch (UTFDataFormatException e) { System.out.println("malformed: " + e.getMessage()); }
        try { new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2})).readInt(); } catch (EOFException e) { System.out.println("short readInt: EOFException " + e.getMessage()); }
        byte[] buf = new byte[4];
        try { new DataInputStream(new ByteArrayInputStream(new byte[] {9, 8, 7})).readFully(buf); } catch (EOFException e) { System.out.println("readFully short: EOFException, got " + Arrays.toString(buf)); }
        bos.reset();
        out = new DataOutputStream(bos);
        out.writeChars("hi");
        out.writeBytes("\u0141ok");
        System.out.println("writeChars+writeBytes " + hex(bos.toByteArray()));
        @SuppressWarnings("deprecation")
        String line = new DataInputStream(new ByteArrayInputStream("line one\r\nline two\nrest".getBytes(StandardCharsets.ISO_8859_1))).readLine();
        System.out.println("readLine [" + line + "]");
        ByteArrayInputStream bin = new ByteArrayInputStream("abcdefgh".getBytes(StandardCharsets.US_ASCII));
        bin.skip(2);
        bin.mark(0);
        byte[] three = bin.readNBytes(3);
        bin.reset();
        System.out.println("mark/reset " + new String(three, StandardCharsets.US_ASCII) + " then " + (char) bin.read() + " remaining " + bin.available() + " transferTo " + bin.transferTo(OutputStream.nullOutputStream()));
        PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        int first = pb.read();
        pb.unread(first);
        pb.unread(42);
        System.out.println("pushback " + pb.read() + " " + pb.read() + " " + pb.read());
        try { pb.unread(new byte[3]); } catch (IOException e) { System.out.println("pushback overflow: " + e.getMessage()); }
        SequenceInputStream seq = new SequenceInputStream(Collections.enumeration(List.of(
            new ByteArrayInputStream("one-".getBytes()), new ByteArrayInputStream("two-".getBytes()), new ByteArrayInputStream("three".getBytes()))));
        System.out.println("sequence " + new String(seq.readAllBytes()));
        BufferedInputStream bis = new BufferedInputStream(new ByteArrayInputStream(new byte[100]), 8);
        bis.mark(4);
        bis.read(new byte[20]);
        try { bis.reset(); System.out.println("reset after exceeding marklimit: allowed"); } catch (IOException e) { System.out.println("reset after exceeding marklimit: " + e.getMessage()); }
        System.out.println("markSupported " + bis.markSupported() + " " + new FileInputStream(FileDescriptor.in).markSupported() + " closed stream read: " + closedRead());
    }

    static String closedRead() {
        try {
            BufferedInputStream b = new BufferedInputStream(new ByteArrayInputStream(new byte[1]));
            b.close();
            b.read();
            return "no error";
        } catch (IOException e) { return e.getMessage(); }
    }
}
