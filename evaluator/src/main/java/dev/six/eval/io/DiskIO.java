package dev.six.eval.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link EvalIO} on the real file system. */
public final class DiskIO implements EvalIO {

  /** The file system path for an evaluator path (one char per byte, UTF-8 underneath). */
  static Path toPath(String path) {
    return Path.of(new String(path.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  static String fromPath(String name) {
    return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static FileType typeOf(BasicFileAttributes a) {
    if (a.isSymbolicLink()) {
      return FileType.SYMLINK;
    }
    if (a.isDirectory()) {
      return FileType.DIRECTORY;
    }
    if (a.isRegularFile()) {
      return FileType.REGULAR;
    }
    return FileType.UNKNOWN;
  }

  @Override
  public FileType lstat(String path) {
    try {
      return typeOf(Files.readAttributes(toPath(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return FileType.MISSING;
    }
  }

  @Override
  public FileType stat(String path) {
    try {
      return typeOf(Files.readAttributes(toPath(path), BasicFileAttributes.class));
    } catch (IOException e) {
      return FileType.MISSING;
    }
  }

  @Override
  public byte[] read(String path) throws IOException {
    return Files.readAllBytes(toPath(path));
  }

  @Override
  public List<DirEntry> readDir(String path) throws IOException {
    List<DirEntry> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(toPath(path))) {
      for (Path p : list.toList()) {
        entries.add(new DirEntry(fromPath(p.getFileName().toString()), lstat(fromPath(p.toString()))));
      }
    }
    entries.sort((a, b) -> a.name().compareTo(b.name()));
    return entries;
  }

  @Override
  public String readLink(String path) throws IOException {
    return fromPath(Files.readSymbolicLink(toPath(path)).toString());
  }

  @Override
  public boolean isExecutable(String path) {
    try {
      PosixFileAttributes a = Files.readAttributes(toPath(path), PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
