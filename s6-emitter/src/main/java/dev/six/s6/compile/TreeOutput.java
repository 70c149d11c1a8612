package dev.six.s6.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes files, directories and links under a root with the modes s6-rc-compile's leave under
 * umask 022 (files 0644, directories 0755, scripts 0755), whatever this process's umask is, so
 * the output does not depend on who runs it. Entries are created with their mode; only when the
 * umask takes bits away is a {@code chmod} added (a compiled database has thousands of entries).
 * A {@linkplain #discarding discarding} output writes nothing, so that the checks made while
 * writing can run without a directory (the language server's in-memory compilation).
 */
final class TreeOutput {
  static final String FILE = "rw-r--r--";
  static final String EXECUTABLE = "rwxr-xr-x";
  private static final Set<PosixFilePermission> MASKED = UmaskProbe.maskedBits();

  private final Path root;

  TreeOutput(Path root) {
    this.root = root;
  }

  /** An output that keeps nothing: every write succeeds and leaves no trace. */
  static TreeOutput discarding() {
    return new TreeOutput(null);
  }

  /** Whether anything is written (false for a {@linkplain #discarding discarding} output). */
  boolean writes() {
    return root != null;
  }

  /** {@code relative} holds bytes, one char each (service names are byte strings): as a file name. */
  Path path(String relative) {
    return root.resolve(new String(relative.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  void directory(String relative) throws IOException {
    if (root == null) {
      return;
    }
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString(EXECUTABLE);
    Path p = Files.createDirectory(path(relative), PosixFilePermissions.asFileAttribute(mode));
    fixMode(p, mode);
  }

  void file(String relative, String text, String mode) throws IOException {
    file(relative, text.getBytes(StandardCharsets.ISO_8859_1), mode);
  }

  void file(String relative, byte[] bytes, String mode) throws IOException {
    if (root == null) {
      return;
    }
    Set<PosixFilePermission> perms = PosixFilePermissions.fromString(mode);
    Path p = path(relative);
    FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(perms);
    try (SeekableByteChannel out = Files.newByteChannel(p,
        EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attribute)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    }
    fixMode(p, perms);
  }

  void symlink(String relative, String target) throws IOException {
    if (root == null) {
      return;
    }
    Files.createSymbolicLink(path(relative), Path.of(target));
  }

  private static void fixMode(Path p, Set<PosixFilePermission> mode) throws IOException {
    for (PosixFilePermission bit : mode) {
      if (MASKED.contains(bit)) {
        Files.setPosixFilePermissions(p, mode);
        return;
      }
    }
  }

  /** Finds the bits this process's umask removes from new files, once (Java cannot read the umask). */
  private static final class UmaskProbe {
    static Set<PosixFilePermission> maskedBits() {
      try {
        Path probe = Files.createTempFile("six-umask", "",
            PosixFilePermissions.asFileAttribute(EnumSet.allOf(PosixFilePermission.class)));
        try {
          Set<PosixFilePermission> masked = EnumSet.allOf(PosixFilePermission.class);
          masked.removeAll(Files.getPosixFilePermissions(probe));
          return masked;
        } finally {
          Files.deleteIfExists(probe);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary file to learn the umask", e);
      }
    }
  }
}
