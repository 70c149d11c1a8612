package dev.six.s6.source;

import dev.six.s6.DefinitionFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A definition directory held in memory as {@link DefinitionFiles}, with the modes
 * {@link dev.six.s6.SourceTreeWriter} gives on disk: files 0644, {@code run}/{@code finish} 0755,
 * directories 0755.
 */
final class MemoryDefinitionDirectory implements DefinitionDirectory {
  private final DefinitionFiles files;
  private final BiFunction<String, String, SourceLocation> locator;

  MemoryDefinitionDirectory(DefinitionFiles files, BiFunction<String, String, SourceLocation> locator) {
    this.files = files;
    this.locator = locator;
  }

  @Override
  public EntryKind kind(String path) {
    if (files.files().containsKey(path)) {
      return EntryKind.REGULAR_FILE;
    }
    return isDirectory(path) ? EntryKind.DIRECTORY : EntryKind.MISSING;
  }

  @Override
  public String read(String path) throws IOException {
    if (isDirectory(path)) {
      throw new IOException("Is a directory");
    }
    return files.files().get(path);
  }

  @Override
  public List<String> list(String path) throws IOException {
    if (!isDirectory(path)) {
      throw new IOException(files.files().containsKey(path) ? "Not a directory" : "No such file or directory");
    }
    Set<String> names = new LinkedHashSet<>();
    String prefix = path + "/";
    for (String p : paths()) {
      if (p.startsWith(prefix)) {
        String rest = p.substring(prefix.length());
        int slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : rest.substring(0, slash));
      }
    }
    return List.copyOf(names);
  }

  @Override
  public void copyTree(String path, Path target) throws IOException {
    Files.createDirectory(target);
    String prefix = path + "/";
    for (String dir : files.directories()) {
      if (dir.startsWith(prefix)) {
        Files.createDirectories(target.resolve(DiskServiceSource.fileName(dir.substring(prefix.length()))));
      }
    }
    for (Map.Entry<String, String> e : files.files().entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        Path file = target.resolve(DiskServiceSource.fileName(e.getKey().substring(prefix.length())));
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue().getBytes(StandardCharsets.ISO_8859_1));
        Files.setPosixFilePermissions(file,
            PosixFilePermissions.fromString(files.executables().contains(e.getKey()) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  @Override
  public SourceLocation locate(String path, String listedName) {
    return locator.apply(path, listedName);
  }

  private boolean isDirectory(String path) {
    if (files.directories().contains(path)) {
      return true;
    }
    String prefix = path + "/";
    return paths().stream().anyMatch(p -> p.startsWith(prefix));
  }

  private Set<String> paths() {
    Set<String> all = new LinkedHashSet<>(files.files().keySet());
    all.addAll(files.directories());
    return all;
  }
}
