package dev.six.s6.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A service definition directory on disk. Its entries are listed once: most of the files the
 * compiler asks about are absent, and answering that from the listing spares a failing system
 * call (and, in Java, an exception) each.
 */
final class DiskDefinitionDirectory implements DefinitionDirectory {
  private final Path dir;
  private final String label;
  private Set<String> entries;

  DiskDefinitionDirectory(Path dir, String label) {
    this.dir = dir;
    this.label = label;
  }

  /** False when {@code path}'s first component is not an entry of the directory. */
  private boolean mayExist(String path) {
    if (entries == null) {
      try (Stream<Path> children = Files.list(dir)) {
        entries = new HashSet<>();
        children.forEach(c -> entries.add(DiskServiceSource.bytes(c.getFileName().toString())));
      } catch (IOException e) {
        return true; // unreadable: let each access fail as it would
      }
    }
    int slash = path.indexOf('/');
    return entries.contains(slash < 0 ? path : path.substring(0, slash));
  }

  @Override
  public EntryKind kind(String path) {
    if (!mayExist(path)) {
      return EntryKind.MISSING;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(resolve(path), BasicFileAttributes.class); // one stat, links followed
    } catch (IOException e) {
      return EntryKind.MISSING; // absent, or a dangling link: s6-rc-compile's stat fails the same way
    }
    if (attributes.isDirectory()) {
      return EntryKind.DIRECTORY;
    }
    return attributes.isRegularFile() ? EntryKind.REGULAR_FILE : EntryKind.OTHER;
  }

  @Override
  public String read(String path) throws IOException {
    if (!mayExist(path)) {
      return null;
    }
    try {
      return new String(Files.readAllBytes(resolve(path)), StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      return null; // a dangling link
    } catch (IOException e) {
      // reading a directory fails as read(2) does, with EISDIR; say it as s6-rc-compile would
      throw Files.isDirectory(resolve(path)) ? new IOException("Is a directory") : e;
    }
  }

  @Override
  public List<String> list(String path) throws IOException {
    Path p = resolve(path);
    if (!Files.isDirectory(p)) {
      throw new IOException(Files.exists(p) ? "Not a directory" : "No such file or directory");
    }
    try (Stream<Path> children = Files.list(p)) {
      return children.map(c -> DiskServiceSource.bytes(c.getFileName().toString())).toList();
    }
  }

  @Override
  public void copyTree(String path, Path target) throws IOException {
    Path from = resolve(path);
    // hiercopy looks at the top entry without following a link: a symbolic link is copied as one
    if (Files.isSymbolicLink(from)) {
      Files.createSymbolicLink(target, Files.readSymbolicLink(from));
      return;
    }
    Deque<Path[]> directories = new ArrayDeque<>();
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
        Path copy = target.resolve(from.relativize(d).toString());
        Files.createDirectory(copy);
        directories.push(new Path[] {d, copy});
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        Path copy = target.resolve(from.relativize(f).toString());
        if (attrs.isSymbolicLink()) {
          Files.createSymbolicLink(copy, Files.readSymbolicLink(f));
        } else if (attrs.isRegularFile()) {
          Files.copy(f, copy);
          Files.setPosixFilePermissions(copy, permissions(f));
        } else {
          throw new IOException("cannot copy " + f + ": not a regular file, directory or symbolic link");
        }
        return FileVisitResult.CONTINUE;
      }
    });
    // modes last, as hiercopy does: a read-only source directory must still receive its entries
    for (Path[] pair : directories) {
      Files.setPosixFilePermissions(pair[1], permissions(pair[0]));
    }
  }

  @Override
  public SourceLocation locate(String path, String listedName) {
    String file = label + "/" + path;
    if (listedName == null) {
      return SourceLocation.fileStart(file);
    }
    Path p = resolve(path);
    if (Files.isDirectory(p)) {
      return SourceLocation.fileStart(file + "/" + listedName);
    }
    try {
      String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      return ListFile.locate(file, text, listedName);
    } catch (IOException e) {
      return SourceLocation.fileStart(file);
    }
  }

  @Override
  public SourceLocation locateInFile(String path, int line, int column) {
    return new SourceLocation(label + "/" + path, line, column);
  }

  private Path resolve(String path) {
    return dir.resolve(DiskServiceSource.fileName(path));
  }

  private static Set<PosixFilePermission> permissions(Path p) throws IOException {
    return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
  }

}
