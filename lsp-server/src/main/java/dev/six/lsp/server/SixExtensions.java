package dev.six.lsp.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * six's own requests, under the {@code six/} prefix (LSP4J finds them through the server's
 * delegate): {@code six/infusionPreview} {textDocument, position} gives the infusion there before
 * and after, for the editors' preview panes.
 */
@JsonSegment("six")
public final class SixExtensions {
  private final SixTextDocumentService documents;

  SixExtensions(SixTextDocumentService documents) {
    this.documents = documents;
  }

  @JsonRequest
  public CompletableFuture<Object> infusionPreview(TextDocumentPositionParams params) {
    return documents.infusionPreview(params).thenApply(result -> result);
  }
}
