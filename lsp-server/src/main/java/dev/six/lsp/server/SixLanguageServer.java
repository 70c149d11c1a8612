package dev.six.lsp.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * six's language server: the protocol's lifecycle (initialize, shutdown, exit) and the capabilities
 * it announces; the work is done by its document and workspace services. The exit code follows
 * the protocol: 0 when {@code exit} follows {@code shutdown}, 1 otherwise.
 */
public final class SixLanguageServer implements LanguageServer, LanguageClientAware {
  private static final Logger LOG = LoggerFactory.getLogger(SixLanguageServer.class);

  private final DiagnosticsScheduler diagnostics;
  private final RequestRunner requests;
  private final SixTextDocumentService textDocuments;
  private final WorkspaceIndexer indexer;
  private final SixWorkspaceService workspace;
  private volatile Path workspaceRoot;
  /** The nixpkgs checkout whose packages are indexed, or null. */
  private volatile Path nixpkgs;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile boolean shutdownRequested;

  public SixLanguageServer(ServerOptions options) {
    OpenDocuments documents = new OpenDocuments();
    this.diagnostics = new DiagnosticsScheduler(documents, options.diagnosticsDelayMillis());
    this.requests = new RequestRunner(options.requestWorkers());
    this.indexer = new WorkspaceIndexer(options.indexDirectory());
    this.textDocuments = new SixTextDocumentService(documents, diagnostics, requests, indexer);
    this.workspace = new SixWorkspaceService(indexer, requests, this::nixpkgsConfigured, textDocuments::willRenameFiles);
  }

  @Override
  public void connect(LanguageClient client) {
    diagnostics.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    LOG.info("initialize from {}", params.getClientInfo() == null ? "an unnamed client" : params.getClientInfo().getName());
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    capabilities.setTextDocumentSync(sync);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setFoldingRangeProvider(true);
    capabilities.setSelectionRangeProvider(true);
    capabilities.setHoverProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".")));
    capabilities.setDefinitionProvider(true);
    capabilities.setDocumentHighlightProvider(true);
    capabilities.setReferencesProvider(true);
    capabilities.setRenameProvider(new RenameOptions(true));
    capabilities.setWorkspaceSymbolProvider(true);
    capabilities.setWorkspace(ServiceDirectories.willRenameCapability());
    workspaceRoot = WorkspaceRoots.first(params);
    textDocuments.clientCanMoveFiles(ClientSupport.canRenameFiles(params.getCapabilities()));
    nixpkgs = NixpkgsLocation.of(params.getInitializationOptions(), System.getenv());
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("six")));
  }

  @Override
  public void initialized(InitializedParams params) {
    LOG.info("initialized");
    if (workspaceRoot != null) {
      indexer.start(workspaceRoot);
    }
    if (nixpkgs != null) {
      indexer.startPackages(nixpkgs);
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    LOG.info("shutdown");
    shutdownRequested = true;
    requests.stop();
    diagnostics.stop();
    indexer.stop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    LOG.info("exit{}", shutdownRequested ? "" : " without shutdown");
    diagnostics.stop();
    indexer.stop();
    exitCode.complete(shutdownRequested ? 0 : 1);
  }

  /** The settings changed: a newly configured nixpkgs checkout is indexed. */
  private void nixpkgsConfigured(Object settings) {
    Path configured = NixpkgsLocation.of(settings, Map.of());
    if (configured != null && !configured.equals(nixpkgs)) {
      nixpkgs = configured;
      indexer.startPackages(configured);
    }
  }

  /** Completes with the process exit code once the client sends {@code exit}. */
  public CompletableFuture<Integer> exitCode() {
    return exitCode;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
