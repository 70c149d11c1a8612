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
import java.util.Map;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import dev.six.lsp.eval.Evaluations;
import dev.six.lsp.values.EvaluationRoots;
import dev.six.lsp.values.ValueFeatures;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.jsonrpc.services.JsonDelegate;
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
  private final SemanticTokenRequests semanticTokens;
  private volatile LanguageClient client;
  private final ServerSettings settings;
  private final EvaluationDiagnostics evaluationDiagnostics;
  private volatile Path workspaceRoot;
  /** The nixpkgs checkout whose packages are indexed, or null. */
  private volatile Path nixpkgs;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile boolean shutdownRequested;
  /** The features that read the evaluations (hover values, completion, infusion previews and lenses). */
  private final ValueFeatures values = new ValueFeatures(new EvaluationRoots(this::evaluations, () -> workspaceRoot));
  private final SixExtensions extensions;

  public SixLanguageServer(ServerOptions options) {
    OpenDocuments documents = new OpenDocuments();
    this.diagnostics = new DiagnosticsScheduler(documents, options.diagnosticsDelayMillis());
    this.requests = new RequestRunner(options.requestWorkers());
    this.indexer = new WorkspaceIndexer(options.indexDirectory());
    this.semanticTokens = new SemanticTokenRequests(documents, requests, indexer::services);
    this.evaluationDiagnostics = new EvaluationDiagnostics(diagnostics, documents);
    this.settings = new ServerSettings(diagnostics, evaluationDiagnostics, options);
    this.textDocuments = new SixTextDocumentService(documents, diagnostics, requests, indexer, semanticTokens,
        new DocumentLinkRequests(documents, requests, NixSearchPath.parse(options.nixPath())),
        settings.evaluation(), values);
    this.extensions = textDocuments::infusionPreview;
    this.workspace = new SixWorkspaceService(indexer, requests, settings, textDocuments::willRenameFiles);
    settings.onReceived(this::nixpkgsConfigured);
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
    capabilities.setCodeLensProvider(new CodeLensOptions(true));
    workspaceRoot = WorkspaceRoots.first(params);
    if (workspaceRoot != null) {
      values.showPathsRelativeTo(EvaluatedFiles.bytewise(workspaceRoot.toAbsolutePath().normalize().toString()));
    }
    settings.initialize(params);
    capabilities.setWorkspace(ServiceDirectories.willRenameCapability());
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
    // the settings are pulled and the first evaluation starts once the index is there
    Path folder = workspaceRoot;
    indexer.afterFirstSync(() -> settings.initialized(folder));
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

  /** six's own requests ({@code six/infusionPreview}), found by LSP4J through this delegate. */
  @JsonDelegate
  public SixExtensions sixExtensions() {
    return extensions;
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
