package dev.six.lsp.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import java.nio.file.Path;
import java.util.List;
import dev.six.lsp.ide.NixSearchPath;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import dev.six.lsp.eval.Evaluations;
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
  private final ServerSettings settings;
  private final EvaluationDiagnostics evaluationDiagnostics;
  private final SemanticTokenRequests semanticTokens;
  private volatile LanguageClient client;
  private volatile Path workspaceRoot;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile boolean shutdownRequested;

  public SixLanguageServer(ServerOptions options) {
    OpenDocuments documents = new OpenDocuments();
    this.diagnostics = new DiagnosticsScheduler(documents, options.diagnosticsDelayMillis());
    this.requests = new RequestRunner(options.requestWorkers());
    this.evaluationDiagnostics = new EvaluationDiagnostics(diagnostics, documents);
    this.settings = new ServerSettings(diagnostics, evaluationDiagnostics, options);
    this.indexer = new WorkspaceIndexer(options.indexDirectory());
    this.semanticTokens = new SemanticTokenRequests(documents, requests, indexer::services);
    this.textDocuments = new SixTextDocumentService(documents, diagnostics, requests, semanticTokens,
        new DocumentLinkRequests(documents, requests, NixSearchPath.parse(options.nixPath())), settings.evaluation());
    this.workspace = new SixWorkspaceService(indexer, requests, settings);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    diagnostics.connect(client);
    settings.connect(client);
    evaluationDiagnostics.connect(client);
  }

  /** The finished evaluations of the workspace's roots, for features that need values. */
  public Evaluations evaluations() {
    return settings.evaluation().evaluations();
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    LOG.info("initialize from {}", params.getClientInfo() == null ? "an unnamed client" : params.getClientInfo().getName());
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false)); // build-on-save diagnostics
    capabilities.setTextDocumentSync(sync);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setFoldingRangeProvider(true);
    capabilities.setSelectionRangeProvider(true);
    capabilities.setHoverProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(true, List.of("."))); // resolve adds documentation
    capabilities.setDefinitionProvider(true);
    capabilities.setDocumentHighlightProvider(true);
    capabilities.setReferencesProvider(true);
    capabilities.setRenameProvider(new RenameOptions(true));
    capabilities.setWorkspaceSymbolProvider(true);
    TokenLegend legend = ClientOptions.customTokenTypes(params) ? TokenLegend.withCustomTypes() : TokenLegend.standardOnly();
    semanticTokens.useLegend(legend);
    capabilities.setSemanticTokensProvider(
        new SemanticTokensWithRegistrationOptions(legend.lsp(), new SemanticTokensServerFull(true), true));
    capabilities.setDocumentLinkProvider(new DocumentLinkOptions(false));
    if (client != null && ClientOptions.workDoneProgress(params)) {
      indexer.reportProgressTo(client);
    }
    if (client != null && ClientOptions.semanticTokensRefresh(params)) {
      LanguageClient refreshed = client;
      indexer.onServicesChanged(refreshed::refreshSemanticTokens);
    }
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    workspaceRoot = WorkspaceRoots.first(params);
    settings.initialize(params);
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("six")));
  }

  @Override
  public void initialized(InitializedParams params) {
    LOG.info("initialized");
    if (workspaceRoot != null) {
      indexer.start(workspaceRoot);
    }
    settings.initialized(workspaceRoot);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    LOG.info("shutdown");
    shutdownRequested = true;
    requests.stop();
    diagnostics.stop();
    indexer.stop();
    settings.evaluation().stop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    LOG.info("exit{}", shutdownRequested ? "" : " without shutdown");
    diagnostics.stop();
    indexer.stop();
    settings.evaluation().stop();
    exitCode.complete(shutdownRequested ? 0 : 1);
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
