package dev.six.lsp.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor's session with the server, in process over pipes through the real JSON-RPC layer:
 * initialize on a workspace, open a file, wait for its diagnostics, ask for its outline, semantic
 * tokens, a definition, a hover and a completion, then shut down. The launcher's class-data
 * training runs it, so that the archive holds the classes an editor session loads (LSP4J, Gson,
 * Lucene, the features) and {@code six lsp} starts as fast as the other commands.
 */
public final class TrainingSession {
  private static final long SECONDS = 60;

  private TrainingSession() {}

  /**
   * Runs the session on {@code workspace}, opening {@code file} in it, with the workspace index
   * kept under {@code indexDirectory} (the on-disk index classes are part of every start).
   */
  public static void run(Path workspace, Path file, Path indexDirectory) throws Exception {
    // java.nio pipes, not PipedInputStream, which fails when a thread that wrote to it has ended
    Pipe clientToServer = Pipe.open();
    Pipe serverToClient = Pipe.open();
    InputStream serverIn = Channels.newInputStream(clientToServer.source());
    OutputStream clientOut = Channels.newOutputStream(clientToServer.sink());
    InputStream clientIn = Channels.newInputStream(serverToClient.source());
    OutputStream serverOut = Channels.newOutputStream(serverToClient.sink());
    ServerOptions defaults = ServerOptions.defaults();
    CompletableFuture<Integer> exit = LspLauncher.start(serverIn, serverOut,
        new ServerOptions(defaults.diagnosticsDelayMillis(), defaults.requestWorkers(), indexDirectory));
    Editor editor = new Editor();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(editor, clientIn, clientOut,
        Executors.newCachedThreadPool(runnable -> {
          Thread thread = new Thread(runnable, "six-training-client");
          thread.setDaemon(true);
          return thread;
        }), consumer -> consumer);
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();

    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "training")));
    server.initialize(init).get(SECONDS, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    String uri = file.toUri().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nix", 1, text)));
    editor.diagnostics.await(SECONDS, TimeUnit.SECONDS);
    TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
    var documents = server.getTextDocumentService();
    documents.documentSymbol(new DocumentSymbolParams(id)).get(SECONDS, TimeUnit.SECONDS);
    documents.semanticTokensFull(new SemanticTokensParams(id)).get(SECONDS, TimeUnit.SECONDS);
    Position somewhere = firstIdentifierAfterLet(text);
    documents.definition(new DefinitionParams(id, somewhere)).get(SECONDS, TimeUnit.SECONDS);
    documents.hover(new HoverParams(id, somewhere)).get(SECONDS, TimeUnit.SECONDS);
    documents.completion(new CompletionParams(id, somewhere)).get(SECONDS, TimeUnit.SECONDS);
    server.shutdown().get(SECONDS, TimeUnit.SECONDS);
    server.exit();
    exit.get(SECONDS, TimeUnit.SECONDS);
    // the server's reader ends with its input; LSP4J's own reader thread may still idle a while
    clientOut.close();
    serverOut.close();
  }

  /** Where a request finds something to answer: the first name after a {@code let}, else the start. */
  private static Position firstIdentifierAfterLet(String text) {
    int at = text.indexOf("let");
    if (at < 0) {
      return new Position(0, 0);
    }
    at += 3;
    while (at < text.length() && !Character.isLetter(text.charAt(at))) {
      at++;
    }
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, Math.max(0, at - lineStart));
  }

  /** The editor's side: notes the first diagnostics and answers configuration requests with nothing. */
  private static final class Editor extends QuietClient {
    final CountDownLatch diagnostics = new CountDownLatch(1);

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.countDown();
    }
  }
}
