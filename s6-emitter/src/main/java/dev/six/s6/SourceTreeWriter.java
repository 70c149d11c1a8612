package dev.six.s6;

import dev.six.s6.output.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a host's s6-rc source definition directories ({@code <dir>/<service>/...}) from its
 * description, atomically: everything goes into a temporary sibling of {@code dir} that is renamed
 * into place at the end, so a failure leaves either the whole tree or nothing.
 */
public final class SourceTreeWriter {
  private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

  private SourceTreeWriter() {}

  /**
   * Writes {@code host} to {@code dir}, which must not exist or be an empty directory.
   *
   * @throws UncheckedIOException if writing fails; {@code dir} is then left as it was
   */
  public static void write(HostDescription host, Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
      for (ServiceRecord service : host.services()) {
        writeService(temp.resolve(fileName(service.name())), DefinitionFiles.of(service));
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      throw new UncheckedIOException(target + " already exists and is not empty", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the s6-rc source tree " + target, e);
    } finally {
      if (temp != null) {
        Trees.deleteQuietly(temp);
      }
    }
  }

  private static void writeService(Path serviceDir, DefinitionFiles definition) throws IOException {
    Files.createDirectory(serviceDir);
    for (String sub : definition.directories()) {
      Files.createDirectories(serviceDir.resolve(fileName(sub)));
    }
    for (var entry : definition.files().entrySet()) {
      Path file = serviceDir.resolve(fileName(entry.getKey()));
      Files.createDirectories(file.getParent());
      Files.write(file, entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
      if (definition.executables().contains(entry.getKey())) {
        Files.setPosixFilePermissions(file, EXECUTABLE);
      }
    }
  }

  /** A Nix string (one char per byte) as a file name: its bytes read as UTF-8, as DiskIO does. */
  private static String fileName(String nixString) {
    String name = new String(nixString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("not a safe relative path: '" + name + "'");
      }
    }
    return name;
  }
}
