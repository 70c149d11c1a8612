package dev.six.cli;

import dev.six.grammar.desugar.PathNames;
import dev.six.grammar.desugar.SourceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of a command, read the way {@code nix-instantiate} reads it: a file argument is made
 * absolute, a symlink is followed, and a directory means its {@code default.nix}. Text is decoded
 * as ISO-8859-1 so that every byte maps to one character and output reproduces the input's bytes.
 */
record SourceInput(String origin, char[] text, SourceContext context, boolean fromStdin) {

  /**
   * Reads a file. Names (the path, the working and home directories) are turned into the same
   * one-character-per-byte form as the text, so that printed paths keep their bytes.
   */
  static SourceInput file(String argument, String cwd, String home) throws IOException {
    String path = PathNames.absolute(argument, cwd);
    path = resolve(path);
    byte[] bytes = Files.readAllBytes(Path.of(path));
    String name = bytewise(path);
    return new SourceInput(name, decode(bytes), SourceContext.file(name, bytewise(home)), false);
  }

  static SourceInput stdin(InputStream in, String cwd, String home) throws IOException {
    byte[] bytes = in.readAllBytes();
    return new SourceInput(bytewise("«stdin»"), decode(bytes), SourceContext.stdin(bytewise(cwd), bytewise(home)), true);
  }

  static SourceInput expression(String expr, String cwd, String home) {
    char[] text = decode(expr.getBytes(StandardCharsets.UTF_8));
    return new SourceInput(bytewise("«string»"), text, SourceContext.stdin(bytewise(cwd), bytewise(home)), true);
  }

  /** A name's UTF-8 bytes, one character per byte. */
  static String bytewise(String name) {
    return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The inverse of {@link #bytewise}: a file name from its bytes, one character per byte. */
  static String decodeName(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** Follows symlinks of the path itself and maps a directory to its default.nix. */
  private static String resolve(String path) throws IOException {
    for (int follow = 0; follow < 1024; follow++) {
      Path p = Path.of(path);
      if (Files.isSymbolicLink(p)) {
        path = PathNames.absolute(Files.readSymbolicLink(p).toString(), PathNames.directoryOf(path));
        continue;
      }
      if (Files.isDirectory(p)) {
        return PathNames.canonical(path + "/default.nix");
      }
      return path;
    }
    throw new IOException("too many symbolic links encountered while traversing the path '" + path + "'");
  }

  static char[] decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1).toCharArray();
  }
}
