package dev.six.lsp.server;

import dev.six.lsp.ide.SourceText;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The documents the editor has open, by URI, as their latest text. Notifications update it on the
 * message thread while requests and diagnostics read it from worker threads, hence a concurrent
 * map of immutable versions.
 */
final class OpenDocuments {
  private final ConcurrentMap<String, OpenDocument> documents = new ConcurrentHashMap<>();

  OpenDocument open(String uri, int version, String text) {
    OpenDocument document = new OpenDocument(uri, version, SourceText.of(text));
    documents.put(uri, document);
    return document;
  }

  /** Replaces the text of an open document; empty when the editor never opened it. */
  Optional<OpenDocument> update(String uri, int version, String text) {
    return Optional.ofNullable(documents.computeIfPresent(uri, (key, old) -> new OpenDocument(uri, version, SourceText.of(text))));
  }

  Optional<OpenDocument> get(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /** Whether {@code document} is still the latest version of its URI. */
  boolean isCurrent(OpenDocument document) {
    return documents.get(document.uri()) == document;
  }

  /** The open document that is {@code file}, whatever spelling of its URI the editor used. */
  Optional<OpenDocument> byFile(java.nio.file.Path file) {
    OpenDocument exact = documents.get(file.toUri().toString());
    if (exact != null) {
      return Optional.of(exact);
    }
    return documents.values().stream().filter(d -> file.equals(d.file())).findFirst();
  }

  void close(String uri) {
    documents.remove(uri);
  }
}
