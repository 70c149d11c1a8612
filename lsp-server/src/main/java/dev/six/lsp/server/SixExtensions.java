package dev.six.lsp.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * six's own requests, under the {@code six/} prefix (LSP4J finds them through the server's
 * delegate, which must be typed by an interface): {@code six/infusionPreview}
 * {textDocument, position} gives the infusion there before and after, with the service directory,
 * for the editors' preview panes; {@code null} when no evaluated infusion is there.
 */
@JsonSegment("six")
public interface SixExtensions {
  @JsonRequest
  CompletableFuture<InfusionPreviewResult> infusionPreview(TextDocumentPositionParams params);
}
