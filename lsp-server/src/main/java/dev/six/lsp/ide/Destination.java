package dev.six.lsp.ide;

import java.nio.file.Path;

/**
 * Where a navigation request leads: a span of the document it was asked in ({@code file} null), or
 * the start of another file.
 */
public record Destination(Path file, Span span) {

  static Destination here(Span span) {
    return new Destination(null, span);
  }

  static Destination file(Path file) {
    return new Destination(file, new Span(0, 0));
  }
}
