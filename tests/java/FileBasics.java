// java.io.File in a temporary directory (created and deleted by the program; only relative
// names are printed): mkdir/mkdirs, createNewFile twice, FileWriter/FileReader with
// BufferedWriter/BufferedReader (readLine, newLine, append mode), PrintWriter, length,
// list/listFiles sorted with a FilenameFilter, renameTo, delete of a non-empty directory
// (false), exists/isFile/isDirectory, canRead, getName/getParent of relative paths,
// FileNotFoundException messages with the directory prefix replaced, and
// FileInputStream skip/available/read of bytes.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.*;

public class FileBasics {
    static File root;
    static String rel(String s) { return s.replace(root.getPath(), "<tmp>"); }

    public static void main(String[] args) throws IOException {
        root = Files.createTempDirectory("filebasics").toFile();
        try {
            File sub = new File(root, "a/b/c");
            System.out.println("mkdir without parents " + new File(root, "x/y").mkdir() + " mkdirs " + sub.mkdirs() + " again " + sub.mkdirs() + " isDirectory " + sub.isDirectory());
            File f = new File(sub, "notes.txt");
            System.out.println("createNewFile " + f.createNewFile() + " again " + f.createNewFile() + " length " + f.length() + " isFile " + f.isFile() + " canRead " + f.canRead());
            try (BufferedWriter w = new BufferedWriter(new FileWriter(f, StandardCharsets.UTF_8))) {
                w.write("first line"); w.newLine();
                w.write("second line\n");
                w.write("third", 0, 3);
            }
            try (FileWriter w = new FileWriter(f, StandardCharsets.UTF_8, true)) { w.write("rd line (appended)\n"); }
            try (PrintWriter pw = new PrintWriter(new FileWriter(new File(sub, "table.csv")))) {
                for (int i = 1; i <= 3; i++) pw.printf(Locale.ROOT, "%d,%s,%.2f%n", i, "item" + i, i * 1.25);
            }
            System.out.println("notes length " + f.length());
            try (BufferedReader r = new BufferedReader(new FileReader(f, StandardCharsets.UTF_8))) {
                String line; int n = 0;
                while ((line = r.readLine()) != null) System.out.println("  " + (++n) + ": " + line);
            }
            try (BufferedReader r = new BufferedReader(new FileReader(new File(sub, "table.csv")))) {
                System.out.println("csv sum " + r.lines().mapToDouble(l -> Double.parseDouble(l.split(",")[2])).sum());
            }
            for (String n : List.of("b.log", "a.txt", "c.txt", "d.dat")) new File(sub, n).createNewFile();
            String[] names = sub.list();
            Arrays.sort(names);
            File[] txt = sub.listFiles((dir, name) -> name.endsWith(".txt"));
            Arrays.sort(txt);
            System.out.println("list " + Arrays.toString(names) + " txt " + Arrays.stream(txt).map(File::getName).toList());
            File moved = new File(root, "a/moved.txt");
            System.out.println("renameTo " + f.renameTo(moved) + " old exists " + f.exists() + " new exists " + moved.exists() + " new length " + moved.length());
            System.out.println("delete non-empty dir " + sub.getParentFile().delete() + " delete missing " + new File(root, "nope").delete());
            try { new FileReader(new File(root, "missing/file.txt")); } catch (FileNotFoundException e) { System.out.println("FileNotFoundException: " + rel(e.getMessage())); }
            try { new FileOutputStream(sub); } catch (FileNotFoundException e) { System.out.println("open directory for writing: " + rel(e.getMessage())); }
            File relative = new File("dir1/dir2/name.ext");
            System.out.println("relative getName " + relative.getName() + " getParent " + relative.getParent() + " isAbsolute " + relative.isAbsolute() + " path " + relative.getPath()
                + " new File(\"\").getName() [" + new File("").getName() + "] parent of single " + new File("single").getParent() + " separator " + File.separator + " pathSeparator " + File.pathSeparator);
            System.out.println("File equals " + new File("a/b").equals(new File("a/b/")) + " compareTo " + Integer.signum(new File("a").compareTo(new File("b"))) + " toPath " + new File("p/q").toPath().getNameCount());
            File bin = new File(root, "bytes.bin");
            try (FileOutputStream out = new FileOutputStream(bin)) { for (int i = 0; i < 256; i++) out.write(i); }
            try (FileInputStream in = new FileInputStream(bin)) {
                System.out.println("available " + in.available() + " skip " + in.skip(250) + " read " + in.read() + " readNBytes " + Arrays.toString(in.readNBytes(10)) + " at EOF " + in.read());
            }
            System.out.println("lastModified set " + bin.setLastModified(1_000_000_000_000L) + " -> " + bin.lastModified());
            File tmp = File.createTempFile("pre", ".suf", root);
            System.out.println("temp file name pattern " + tmp.getName().matches("pre\\d+\\.suf") + " in root " + tmp.getParentFile().equals(root));
        } finally {
            deleteTree(root);
            System.out.println("cleaned up " + !root.exists());
        }
    }

    static void deleteTree(File f) {
        File[] kids = f.listFiles();
        if (kids != null) for (File k : kids) deleteTree(k);
        f.delete();
    }
}
