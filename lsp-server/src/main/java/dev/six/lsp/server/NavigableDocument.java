package dev.six.lsp.server;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Navigation;
import java.util.Optional;
import org.eclipse.lsp4j.Position;

/** An open document with its parse and navigation, ready to answer requests at editor positions. */
record NavigableDocument(OpenDocument document, DocumentAnalysis analysis, Navigation navigation) {

  /** The open document {@code uri} names, with its latest version's parse; empty when it is not open. */
  static Optional<NavigableDocument> of(OpenDocuments documents, String uri) {
    return documents.get(uri).map(document -> new NavigableDocument(document, document.parsed(), document.navigation()));
  }

  /** The offset of an editor position in the document's text. */
  int offset(Position position) {
    return document.source().offset(position.getLine(), position.getCharacter());
  }
}
