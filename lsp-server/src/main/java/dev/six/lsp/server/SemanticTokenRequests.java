package dev.six.lsp.server;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SemanticToken;
import dev.six.lsp.ide.SemanticTokens;
import dev.six.lsp.ide.ServiceCatalog;
import dev.six.lsp.ide.SourceText;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The semantic token requests (full, range, full/delta) on the request workers: a fresh parse and
 * resolution of the open document, classified with the workspace's services, encoded against the
 * legend announced at {@code initialize}.
 */
final class SemanticTokenRequests {
  private final OpenDocuments documents;
  private final RequestRunner requests;
  private final Supplier<ServiceCatalog> workspaceServices;
  private final SemanticTokensResults results = new SemanticTokensResults();
  private volatile TokenLegend legend = TokenLegend.withCustomTypes();

  SemanticTokenRequests(OpenDocuments documents, RequestRunner requests, Supplier<ServiceCatalog> workspaceServices) {
    this.documents = documents;
    this.requests = requests;
    this.workspaceServices = workspaceServices;
  }

  /** The legend announced to this client; token types are encoded as its indexes. */
  void useLegend(TokenLegend legend) {
    this.legend = legend;
  }

  CompletableFuture<org.eclipse.lsp4j.SemanticTokens> full(SemanticTokensParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("semanticTokens/full", cancel -> {
      List<Integer> data = encoded(uri, null);
      cancel.checkCanceled();
      return new org.eclipse.lsp4j.SemanticTokens(results.remember(uri, data), data);
    });
  }

  CompletableFuture<Either<org.eclipse.lsp4j.SemanticTokens, SemanticTokensDelta>> delta(SemanticTokensDeltaParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("semanticTokens/full/delta", cancel -> {
      List<Integer> data = encoded(uri, null);
      cancel.checkCanceled();
      var previous = results.previous(uri, params.getPreviousResultId());
      String id = results.remember(uri, data);
      return previous
          .<Either<org.eclipse.lsp4j.SemanticTokens, SemanticTokensDelta>>map(
              before -> Either.forRight(new SemanticTokensDelta(SemanticTokensResults.edits(before, data), id)))
          .orElseGet(() -> Either.forLeft(new org.eclipse.lsp4j.SemanticTokens(id, data)));
    });
  }

  CompletableFuture<org.eclipse.lsp4j.SemanticTokens> range(SemanticTokensRangeParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("semanticTokens/range", cancel -> new org.eclipse.lsp4j.SemanticTokens(encoded(uri, params.getRange())));
  }

  void closed(String uri) {
    results.forget(uri);
  }

  /** The document's tokens (those touching {@code range}, when given), encoded; empty if it is not open. */
  private List<Integer> encoded(String uri, Range range) {
    return documents.get(uri).map(document -> {
      SourceText source = document.source();
      DocumentAnalysis analysis = document.parsed();
      ServiceCatalog services = workspaceServices.get().withSiblingsOf(document.file());
      List<SemanticToken> tokens = SemanticTokens.of(analysis, services, document.file());
      if (range != null) {
        int from = source.offset(range.getStart().getLine(), range.getStart().getCharacter());
        int to = source.offset(range.getEnd().getLine(), range.getEnd().getCharacter());
        tokens = tokens.stream().filter(t -> t.span().end() > from && t.span().start() < to).toList();
      }
      return TokenEncoder.encode(tokens, source, legend);
    }).orElse(List.of());
  }
}
