// RandomAccessFile and FileChannel in a temporary directory: writeInt/writeLong/
// writeDouble/writeUTF at positions chosen with seek, getFilePointer, length/setLength
// (truncate and extend with zeros), readFully, EOFException from readInt at the end,
// FileChannel position/read/write with ByteBuffers (heap and direct, both byte orders),
// transferTo between channels, a MappedByteBuffer written and read back, and
// FileChannel.truncate/size.
import java.io.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;

public class RandomAccessIO {
    static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(String.format("%02x", b[i]));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("raio");
        File f = dir.resolve("rand.bin").toFile();
        try {
            try (RandomAccessFile raf = new RandomAccessFile(f, "rw")) {
                raf.writeInt(0xCAFEBABE);
                raf.writeLong(-2L);
                raf.writeDouble(Math.E);
                raf.writeUTF("header");
                System.out.println("pointer after writes " + raf.getFilePointer() + " length " + raf.length());
                raf.seek(100);
                raf.writeShort(0x1234);
                System.out.println("after seek(100)+writeShort length " + raf.length() + " pointer " + raf.getFilePointer());
                raf.seek(4);
                System.out.println("read back long " + raf.readLong() + " double " + raf.readDouble() + " utf " + raf.readUTF() + " gap byte " + raf.readByte());
                raf.seek(0);
                System.out.println("int " + Integer.toHexString(raf.readInt()) + " skipBytes " + raf.skipBytes(1000) + " pointer " + raf.getFilePointer());
                raf.seek(raf.length() - 2);
                System.out.println("last short " + Integer.toHexString(raf.readShort()) + " read at EOF " + raf.read());
                try { raf.readInt(); } catch (EOFException e) { System.out.println("readInt at EOF: EOFException " + e.getMessage()); }
                raf.setLength(10);
                System.out.println("truncated length " + raf.length() + " pointer clamped " + raf.getFilePointer());
                raf.setLength(16);
                byte[] all = new byte[16];
                raf.seek(0);
                raf.readFully(all);
                System.out.println("extended with zeros " + hex(all, 16));
                try { raf.seek(-1); } catch (IOException e) { System.out.println("seek(-1): " + e.getMessage()); }
            }
            try { new RandomAccessFile(f, "rwx"); } catch (IllegalArgumentException e) { System.out.println("bad mode: " + e.getMessage()); }
            try (RandomAccessFile ro = new RandomAccessFile(f, "r")) { ro.write(1); } catch (IOException e) { System.out.println("write to read-only: " + e.getMessage()); }
            Path p = dir.resolve("chan.bin");
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer big = ByteBuffer.allocate(12);
                big.putInt(1).putLong(0x0102030405060708L).flip();
                ch.write(big);
                ByteBuffer little = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN);
                little.putInt(1).putShort((short) 2).putShort((short) 3).flip();
                ch.write(little, 20);
                System.out.println("channel size " + ch.size() + " position " + ch.position());
                ByteBuffer in = ByteBuffer.allocate(28);
                ch.position(0);
                int n = ch.read(in);
                System.out.println("read " + n + " bytes " + hex(in.array(), n));
                in.flip();
                System.out.println("as big-endian int " + in.getInt() + " long " + Long.toHexString(in.getLong()) + " LE int at 20 " + in.order(ByteOrder.LITTLE_ENDIAN).getInt(20));
                ch.truncate(8);
                System.out.println("truncate size " + ch.size() + " read at end " + ch.read(ByteBuffer.allocate(4), 8));
            }
            Path q = dir.resolve("copy.bin");
            try (FileChannel src = FileChannel.open(f.toPath()); FileChannel dst = FileChannel.open(q, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                System.out.println("transferTo " + src.transferTo(0, src.size(), dst) + " copy size " + dst.size());
            }
            Path m = dir.resolve("mapped.bin");
            try (FileChannel ch = FileChannel.open(m, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_WRITE, 0, 64);
                for (int i = 0; i < 16; i++) mb.putInt(i * i);
                mb.force();
                System.out.println("mapped file size " + ch.size() + " isLoaded-call ok " + (mb.isLoaded() || true) + " capacity " + mb.capacity());
            }
            byte[] mapped = Files.readAllBytes(m);
            ByteBuffer view = ByteBuffer.wrap(mapped);
            int sum = 0;
            while (view.hasRemaining()) sum += view.getInt();
            System.out.println("mapped contents sum of squares " + sum + " bytes " + mapped.length);
        } finally {
            for (String n : List.of("rand.bin", "chan.bin", "copy.bin", "mapped.bin")) Files.deleteIfExists(dir.resolve(n));
            Files.delete(dir);
            System.out.println("cleaned " + Files.notExists(dir));
        }
    }
}
