package dev.six.lsp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real server and a real LSP4J client joined by two pipes, as an editor and {@code six lsp} are
 * joined by stdio: every test message is serialized to JSON-RPC and parsed back. The client also
 * keeps every message it receives, for tests that look at the protocol itself.
 */
final class LspConnection implements AutoCloseable {
  final LanguageServer server;
  /** The same server, typed with six's own requests ({@code six/...}) so that their answers are read. */
  final SixServer six;

  /** What a client sees of six's server: the protocol and six's extensions. */
  interface SixServer extends LanguageServer, SixExtensions {}
  final RecordingClient client = new RecordingClient();
  final CompletableFuture<Integer> exitCode;
  final List<Message> received = new CopyOnWriteArrayList<>();
  private final ExecutorService clientThreads = Executors.newCachedThreadPool();
  private final OutputStream toServer;
  private final OutputStream toClient;

  private LspConnection(ServerOptions options) throws IOException {
    // java.nio pipes, not PipedInputStream, which fails when a thread that wrote to it has ended.
    Pipe clientToServer = Pipe.open();
    Pipe serverToClient = Pipe.open();
    InputStream serverIn = Channels.newInputStream(clientToServer.source());
    toServer = Channels.newOutputStream(clientToServer.sink());
    InputStream clientIn = Channels.newInputStream(serverToClient.source());
    toClient = Channels.newOutputStream(serverToClient.sink());
    exitCode = LspLauncher.start(serverIn, toClient, options);
    Launcher<SixServer> launcher = new LSPLauncher.Builder<SixServer>()
        .setLocalService(client)
        .setRemoteInterface(SixServer.class)
        .setInput(clientIn)
        .setOutput(toServer)
        .setExecutorService(clientThreads)
        .wrapMessages(consumer -> message -> {
          received.add(message);
          consumer.consume(message);
        })
        .create();
    six = launcher.getRemoteProxy();
    server = six;
    launcher.startListening();
  }

  static LspConnection start(ServerOptions options) throws IOException {
    return new LspConnection(options);
  }

  /** A server with test-friendly timing: diagnostics after 20 ms instead of 150. */
  static LspConnection start() throws IOException {
    ServerOptions defaults = ServerOptions.defaults();
    return start(new ServerOptions(20, defaults.requestWorkers()));
  }

  InitializeResult initialize() throws Exception {
    return initialize(null);
  }

  /** Initializes with {@code folder} as the workspace (null: none). */
  InitializeResult initialize(java.nio.file.Path folder) throws Exception {
    InitializeParams params = new InitializeParams();
    if (folder != null) {
      params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folder.toUri().toString(), "workspace")));
    }
    params.setCapabilities(new ClientCapabilities());
    InitializeResult result = server.initialize(params).get(10, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return result;
  }

  /** Initializes with {@code folder} as the workspace and the given {@code initializationOptions}. */
  InitializeResult initialize(java.nio.file.Path folder, Object initializationOptions) throws Exception {
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folder.toUri().toString(), "workspace")));
    params.setInitializationOptions(initializationOptions);
    InitializeResult result = server.initialize(params).get(10, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return result;
  }

  void save(String uri) {
    server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nix", 1, text)));
  }

  void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
    server.getTextDocumentService().didChange(
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
  }

  void close(String uri) {
    server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  /** Shuts the server down as an editor does and returns its exit code. */
  int shutdownAndExit() throws Exception {
    server.shutdown().get(10, TimeUnit.SECONDS);
    server.exit();
    return exitCode.get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    toServer.close();
    toClient.close();
    // Not shutdownNow: interrupting a thread blocked on a pipe closes the channel under it.
    clientThreads.shutdown();
  }
}
