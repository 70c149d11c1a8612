package dev.six.lsp.server;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.DocumentLinks;
import dev.six.lsp.ide.NixSearchPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;

/**
 * {@code textDocument/documentLink} on the request workers: path literals, search paths (through
 * the {@code NIX_PATH} the server was started with) and http(s) URLs of an open document.
 */
final class DocumentLinkRequests {
  private final OpenDocuments documents;
  private final RequestRunner requests;
  private final NixSearchPath searchPath;

  DocumentLinkRequests(OpenDocuments documents, RequestRunner requests, NixSearchPath searchPath) {
    this.documents = documents;
    this.requests = requests;
    this.searchPath = searchPath;
  }

  CompletableFuture<List<DocumentLink>> links(DocumentLinkParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("documentLink", cancel -> {
      List<DocumentLink> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        cancel.checkCanceled();
        for (DocumentLinks.Link link : DocumentLinks.of(analysis, document.file(), searchPath)) {
          DocumentLink l = new DocumentLink(LspTypes.range(document.source(), link.span().start(), link.span().end()),
              link.target());
          l.setTooltip(link.file() != null ? link.file().toString() : link.url());
          result.add(l);
        }
      });
      return result;
    });
  }
}
