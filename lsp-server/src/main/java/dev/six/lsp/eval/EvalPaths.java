package dev.six.lsp.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File paths across the evaluator's border: it names files by their bytes, one char per byte
 * (UTF-8 read as ISO-8859-1), while the server uses {@link Path}s.
 */
final class EvalPaths {
  private EvalPaths() {}

  /** {@code path} as the evaluator names it. */
  static String bytewise(Path path) {
    return new String(path.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The path the evaluator's {@code name} stands for, or {@code null} when it is no file path. */
  static Path path(String name) {
    try {
      return Path.of(text(name));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A message or name of the evaluator as text. */
  static String text(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
