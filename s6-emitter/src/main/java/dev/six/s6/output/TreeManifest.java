package dev.six.s6.output;

import dev.six.eval.hash.HashAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory tree as comparable text, one line per entry below the root, sorted bytewise by
 * path: {@code d MODE PATH}, {@code f MODE PATH SIZE SHA256} or {@code l 0777 PATH -> TARGET}
 * (MODE in four octal digits; in PATH and TARGET, bytes 0x21–0x7e but the backslash stand for
 * themselves and every other byte is {@code \xHH}). Two trees with equal manifests are equal byte
 * for byte, modes and links included: the check of "byte-identical to s6-rc-compile".
 */
public final class TreeManifest {
  private TreeManifest() {}

  public static String of(Path root) throws IOException {
    List<String[]> lines = new ArrayList<>(); // {escaped path, line}
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        if (p.equals(root)) {
          continue;
        }
        String rel = escape(root.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          lines.add(new String[] {rel, "l 0777 " + rel + " -> " + escape(Files.readSymbolicLink(p).toString())});
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          lines.add(new String[] {rel, "d " + mode(p) + " " + rel});
        } else {
          byte[] bytes = Files.readAllBytes(p);
          lines.add(new String[] {rel, "f " + mode(p) + " " + rel + " " + bytes.length + " "
              + HashAlgorithm.SHA256.hash(bytes).toBase16()});
        }
      }
    }
    // escaping keeps bytewise order: ASCII stands for itself and \xHH sorts as its backslash
    lines.sort((a, b) -> bytewise(a[0]).compareTo(bytewise(b[0])));
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      out.append(line[1]).append('\n');
    }
    return out.toString();
  }

  /** The path's bytes again, one char each, so that String order is byte order. */
  private static String bytewise(String escaped) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && escaped.charAt(i + 1) == 'x') {
        s.append((char) Integer.parseInt(escaped.substring(i + 2, i + 4), 16));
        i += 3;
      } else if (c == '\\') {
        s.append('\\');
        i++;
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String escape(String javaName) {
    StringBuilder out = new StringBuilder();
    for (byte b : javaName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c == '\\') {
        out.append("\\\\");
      } else if (c >= 0x21 && c <= 0x7e) {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    return out.toString();
  }

  private static String mode(Path p) throws IOException {
    int m = 0;
    for (PosixFilePermission perm : Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)) {
      m |= 1 << (8 - perm.ordinal());
    }
    return String.format("%04o", m);
  }
}
