package dev.six.lsp.server;

import dev.six.grammar.desugar.SourceContext;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Navigation;
import dev.six.lsp.ide.SourceText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One version of a document the editor has open. Each edit makes a new instance, so a background
 * job can tell whether the text it worked on is still the latest by identity. A version's parse,
 * checks and name resolution are made once, when first asked for, and shared by every request on
 * that version (a burst of requests between two keystrokes parses the text once).
 */
final class OpenDocument {
  private final String uri;
  private final int version;
  private final SourceText source;
  private volatile DocumentAnalysis parsed;
  private volatile DocumentAnalysis checked;
  private volatile Navigation navigation;

  OpenDocument(String uri, int version, SourceText source) {
    this.uri = uri;
    this.version = version;
    this.source = source;
  }

  String uri() {
    return uri;
  }

  int version() {
    return version;
  }

  SourceText source() {
    return source;
  }

  /** The text's syntax tree (no checks); computed once per version. */
  DocumentAnalysis parsed() {
    DocumentAnalysis result = parsed;
    if (result == null) {
      // the checks' parse when they ran first; two threads asking at once may both parse: the
      // results are equal, either may stay
      DocumentAnalysis checks = checked;
      result = checks != null
          ? new DocumentAnalysis(source, checks.parse(), checks.parse().diagnostics())
          : DocumentAnalysis.parseOnly(source);
      parsed = result;
    }
    return result;
  }

  /** The text parsed and checked as {@code six check} checks it; computed once per version. */
  DocumentAnalysis checked() {
    DocumentAnalysis result = checked;
    if (result == null) {
      result = DocumentAnalysis.of(source, context());
      checked = result;
    }
    return result;
  }

  /** The file-local navigation over {@link #parsed()} (names resolved once per version). */
  Navigation navigation() {
    Navigation result = navigation;
    if (result == null) {
      result = new Navigation(parsed(), file());
      navigation = result;
    }
    return result;
  }

  /**
   * Where the document sits, for the checks: a {@code file:} URI is that file (relative path
   * literals resolve next to it), anything else is read like standard input in {@code /}.
   */
  SourceContext context() {
    String home = bytewise(System.getProperty("user.home", "/"));
    try {
      URI address = URI.create(uri);
      if ("file".equals(address.getScheme())) {
        return SourceContext.file(bytewise(Path.of(address).toString()), home);
      }
    } catch (IllegalArgumentException e) {
      // Not a URI Java can read as a file; checked as an untitled buffer below.
    }
    return SourceContext.stdin("/", home);
  }

  /** The file this document is, for a {@code file:} URI; null for anything else. */
  Path file() {
    try {
      URI address = URI.create(uri);
      return "file".equals(address.getScheme()) ? Path.of(address) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A name in the grammar's one-char-per-byte form. */
  private static String bytewise(String name) {
    return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
