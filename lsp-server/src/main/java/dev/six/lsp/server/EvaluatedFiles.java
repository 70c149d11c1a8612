package dev.six.lsp.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The name the evaluator gives an open document's file: its absolute path, normalized, one char
 * per byte, which is how evaluations record where they bound values and applied infusions.
 */
final class EvaluatedFiles {
  private EvaluatedFiles() {}

  static Optional<String> name(OpenDocument document) {
    Path file = document.file();
    if (file == null) {
      return Optional.empty();
    }
    return Optional.of(bytewise(file.toAbsolutePath().normalize().toString()));
  }

  static String bytewise(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
