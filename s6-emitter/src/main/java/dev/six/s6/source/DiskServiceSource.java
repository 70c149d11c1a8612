package dev.six.s6.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A source directory on disk, read the way s6-rc-compile reads its command-line arguments. */
public final class DiskServiceSource implements ServiceSource {
  private final Path root;
  private final String label;

  /** {@code label} is how messages name the directory (what the user typed). */
  public DiskServiceSource(Path root, String label) {
    this.root = root;
    this.label = label;
  }

  public DiskServiceSource(Path root) {
    this(root, root.toString());
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<Entry> entries() throws IOException {
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.toList()) {
        String name = bytes(child.getFileName().toString());
        if (!name.startsWith(".")) {
          out.add(new Entry(name, Files.isDirectory(child)));
        }
      }
    }
    return out;
  }

  @Override
  public DefinitionDirectory definition(String name) {
    return new DiskDefinitionDirectory(root.resolve(fileName(name)), label + "/" + name);
  }

  @Override
  public SourceLocation location() {
    return SourceLocation.fileStart(label);
  }

  /** A file name as the compiler's strings hold it: its UTF-8 bytes, one {@code char} each. */
  static String bytes(String javaName) {
    return new String(javaName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The inverse of {@link #bytes}. */
  static String fileName(String bytes) {
    return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
