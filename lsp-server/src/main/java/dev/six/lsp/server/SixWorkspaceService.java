package dev.six.lsp.server;

import dev.six.lsp.index.IndexedSymbol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace half of the protocol: workspace symbols from the workspace index, which watched
 * file changes bring up to date, and configuration changes, which {@link ServerSettings} applies
 * (a change may also name a nixpkgs checkout to index).
 */
final class SixWorkspaceService implements WorkspaceService {
  private static final Logger LOG = LoggerFactory.getLogger(SixWorkspaceService.class);
  private static final int MAX_SYMBOLS = 200;

  private final WorkspaceIndexer indexer;
  private final RequestRunner requests;
  private final ServerSettings settings;
  private final Function<RenameFilesParams, CompletableFuture<WorkspaceEdit>> willRename;

  SixWorkspaceService(WorkspaceIndexer indexer, RequestRunner requests, ServerSettings settings,
      Function<RenameFilesParams, CompletableFuture<WorkspaceEdit>> willRename) {
    this.indexer = indexer;
    this.requests = requests;
    this.settings = settings;
    this.willRename = willRename;
  }

  /** A by-name service's directory is about to move: the uses of the service follow it. */
  @Override
  public CompletableFuture<WorkspaceEdit> willRenameFiles(RenameFilesParams params) {
    return willRename.apply(params);
  }

  @Override
  public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
      WorkspaceSymbolParams params) {
    return requests.run("workspace/symbol", cancel -> {
      List<WorkspaceSymbol> out = new ArrayList<>();
      try {
        for (IndexedSymbol s : indexer.search(params.getQuery(), MAX_SYMBOLS)) {
          cancel.checkCanceled();
          Position at = new Position(s.line() - 1, s.column() - 1);
          WorkspaceSymbol symbol = new WorkspaceSymbol(s.name(), kind(s.kind()),
              Either.forLeft(new Location(Path.of(s.file()).toUri().toString(), new Range(at, at))));
          symbol.setContainerName(s.container().isEmpty() ? null : s.container());
          out.add(symbol);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Either.forRight(out);
    });
  }

  private static SymbolKind kind(IndexedSymbol.Kind kind) {
    switch (kind) {
      case SERVICE:
        return SymbolKind.Module;
      case LET:
        return SymbolKind.Variable;
      case FORMAL:
        return SymbolKind.TypeParameter;
      default:
        return SymbolKind.Field;
    }
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    settings.changed(params);
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    LOG.debug("{} watched files changed; re-indexing", params.getChanges().size());
    indexer.resync();
    // a file changed outside the editor (a checkout, a generator) is evaluated as if saved
    for (FileEvent change : params.getChanges()) {
      WorkspaceRoots.file(change.getUri()).ifPresent(settings.evaluation()::saved);
    }
  }
}
