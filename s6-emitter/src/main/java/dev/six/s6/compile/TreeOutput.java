package dev.six.s6.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files, directories and links under a root with the modes s6-rc-compile's leave under
 * umask 022 (files 0644, directories 0755, scripts 0755), whatever this process's umask is, so
 * the output does not depend on who runs it.
 */
final class TreeOutput {
  static final String FILE = "rw-r--r--";
  static final String EXECUTABLE = "rwxr-xr-x";

  private final Path root;

  TreeOutput(Path root) {
    this.root = root;
  }

  /** {@code relative} holds bytes, one char each (service names are byte strings): as a file name. */
  Path path(String relative) {
    return root.resolve(new String(relative.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  void directory(String relative) throws IOException {
    Path p = path(relative);
    Files.createDirectory(p);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(EXECUTABLE));
  }

  void file(String relative, String text, String mode) throws IOException {
    file(relative, text.getBytes(StandardCharsets.ISO_8859_1), mode);
  }

  void file(String relative, byte[] bytes, String mode) throws IOException {
    Path p = path(relative);
    Files.write(p, bytes);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
  }

  void symlink(String relative, String target) throws IOException {
    Files.createSymbolicLink(path(relative), Path.of(target));
  }
}
