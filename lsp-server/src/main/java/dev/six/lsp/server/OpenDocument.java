package dev.six.lsp.server;

import dev.six.grammar.desugar.SourceContext;
import dev.six.lsp.ide.SourceText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One version of a document the editor has open. Each edit makes a new instance, so a background
 * job can tell whether the text it worked on is still the latest by identity.
 */
record OpenDocument(String uri, int version, SourceText source) {

  /**
   * Where the document sits, for the checks: a {@code file:} URI is that file (relative path
   * literals resolve next to it), anything else is read like standard input in {@code /}.
   */
  SourceContext context() {
    String home = bytewise(System.getProperty("user.home", "/"));
    try {
      URI parsed = URI.create(uri);
      if ("file".equals(parsed.getScheme())) {
        return SourceContext.file(bytewise(Path.of(parsed).toString()), home);
      }
    } catch (IllegalArgumentException e) {
      // Not a URI Java can read as a file; checked as an untitled buffer below.
    }
    return SourceContext.stdin("/", home);
  }

  /** The file this document is, for a {@code file:} URI; null for anything else. */
  Path file() {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A name in the grammar's one-char-per-byte form. */
  private static String bytewise(String name) {
    return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
