// java.nio.file in a temporary directory: Files.write/readAllLines/writeString/readString,
// newBufferedWriter with StandardOpenOption.APPEND/CREATE_NEW, lines() counted, size,
// BasicFileAttributes (isDirectory, isRegularFile, size), copy/move with REPLACE_EXISTING,
// walk and list sorted (relative paths), find with a matcher, glob PathMatcher,
// Path operations (relativize, resolve, normalize, getFileName, startsWith), and the
// exceptions NoSuchFileException, FileAlreadyExistsException, DirectoryNotEmptyException
// with the directory prefix replaced; the tree is deleted with walk in reverse order.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.*;
import java.util.stream.*;

public class NioFiles {
    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("niofiles");
        try {
            Path data = root.resolve("data");
            Files.createDirectories(data.resolve("deep/er"));
            Path lines = data.resolve("lines.txt");
            Files.write(lines, List.of("alpha", "beta", "gamma"));
            Files.writeString(data.resolve("text.txt"), "one\ntwo\nthree\n", StandardCharsets.UTF_8);
            try (BufferedWriter w = Files.newBufferedWriter(lines, StandardOpenOption.APPEND)) { w.write("delta"); w.newLine(); }
            System.out.println("readAllLines " + Files.readAllLines(lines) + " size " + Files.size(lines) + " readString " + Files.readString(data.resolve("text.txt")).replace("\n", "|"));
            try (Stream<String> s = Files.lines(data.resolve("text.txt"))) { System.out.println("lines count " + s.count()); }
            Files.write(data.resolve("deep/bytes.bin"), new byte[] {1, 2, 3, 4, 5});
            Files.writeString(data.resolve("deep/er/note.md"), "# note");
            BasicFileAttributes a = Files.readAttributes(lines, BasicFileAttributes.class);
            BasicFileAttributes d = Files.readAttributes(data, BasicFileAttributes.class);
            System.out.println("attributes file: regular " + a.isRegularFile() + " dir " + a.isDirectory() + " size " + a.size() + " symlink " + a.isSymbolicLink() + "; dir: dir " + d.isDirectory() + " regular " + d.isRegularFile());
            System.out.println("exists " + Files.exists(lines) + " notExists " + Files.notExists(root.resolve("zzz")) + " isReadable " + Files.isReadable(lines) + " isSameFile " + Files.isSameFile(lines, data.resolve("./lines.txt")));
            Path copy = Files.copy(lines, data.resolve("copy.txt"));
            try { Files.copy(lines, copy); } catch (FileAlreadyExistsException e) { System.out.println("FileAlreadyExistsException " + root.relativize(Paths.get(e.getFile()))); }
            Files.copy(data.resolve("text.txt"), copy, StandardCopyOption.REPLACE_EXISTING);
            Path moved = Files.move(copy, data.resolve("deep/moved.txt"));
            System.out.println("moved content " + Files.readAllLines(moved) + " source gone " + Files.notExists(copy));
            try (Stream<Path> w = Files.walk(root)) {
                System.out.println("walk " + w.map(p -> root.relativize(p).toString()).sorted().toList());
            }
            try (Stream<Path> w = Files.walk(root, 2)) {
                System.out.println("walk depth 2 " + w.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList());
            }
            try (Stream<Path> l = Files.list(data)) { System.out.println("list " + l.map(p -> p.getFileName().toString()).sorted().toList()); }
            try (Stream<Path> f = Files.find(root, 10, (p, attr) -> attr.isRegularFile() && attr.size() < 6)) {
                System.out.println("find small files " + f.map(p -> p.getFileName().toString()).sorted().toList());
            }
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:**/*.{txt,md}");
            try (Stream<Path> w = Files.walk(root)) { System.out.println("glob matches " + w.filter(glob::matches).map(p -> p.getFileName().toString()).sorted().toList()); }
            try { Files.readAllLines(root.resolve("missing.txt")); } catch (NoSuchFileException e) { System.out.println("NoSuchFileException " + e.getMessage().replace(root.toString(), "<tmp>")); }
            try { Files.delete(data); } catch (DirectoryNotEmptyException e) { System.out.println("DirectoryNotEmptyException " + e.getMessage().replace(root.toString(), "<tmp>")); }
            try { Files.createDirectory(data); } catch (FileAlreadyExistsException e) { System.out.println("createDirectory existing: " + e.getMessage().replace(root.toString(), "<tmp>")); }
            try { Files.newBufferedWriter(lines, StandardOpenOption.CREATE_NEW).close(); } catch (FileAlreadyExistsException e) { System.out.println("CREATE_NEW existing: FileAlreadyExistsException"); }
            System.out.println("deleteIfExists missing " + Files.deleteIfExists(root.resolve("nothing")));
            Path p = Paths.get("/a/b/../c/./d.txt");
            Path q = Paths.get("x/y");
            System.out.println("normalize " + p.normalize() + " fileName " + p.getFileName() + " parent " + p.getParent() + " root " + p.getRoot() + " nameCount " + p.getNameCount() + " name(1) " + p.getName(1)
                + " subpath " + p.subpath(1, 3) + " resolve " + q.resolve("z") + " resolveSibling " + q.resolveSibling("w") + " relativize " + Paths.get("/a/b").relativize(Paths.get("/a/c/d"))
                + " startsWith " + p.startsWith("/a") + " endsWith " + p.endsWith("d.txt") + " absolute " + q.isAbsolute() + " iterate " + StreamSupport.stream(q.spliterator(), false).map(Path::toString).toList());
            System.out.println("compare " + Integer.signum(Paths.get("a").compareTo(Paths.get("b"))) + " equals " + Paths.get("a/b").equals(Paths.get("a", "b")) + " toUri scheme " + q.toAbsolutePath().toUri().getScheme());
        } finally {
            try (Stream<Path> w = Files.walk(root)) {
                for (Path p : w.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
            }
            System.out.println("deleted " + Files.notExists(root));
        }
    }
}
