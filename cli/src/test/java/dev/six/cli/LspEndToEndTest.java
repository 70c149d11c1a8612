package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.six.lsp.server.QuietClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole editor session against {@code six lsp} as a separate process on a copy of the corpus:
 * initialize → didOpen → diagnostics (as you type, and an evaluation's on save) → definition across
 * services → hover with an evaluated value → infusion preview → shutdown, in the order an editor
 * goes, each answer checked for what a user would see.
 */
class LspEndToEndTest {
  private static final long SECONDS = 120;

  /** The server's standard requests plus six's own. */
  public interface SixServer extends LanguageServer {
    @JsonRequest("six/infusionPreview")
    CompletableFuture<JsonObject> infusionPreview(TextDocumentPositionParams params);
  }

  @Test
  void anEditorSessionOnTheCorpus(@TempDir Path temp) throws Exception {
    Path corpus = temp.resolve("corpus");
    copy(Path.of("..", "corpus").toAbsolutePath().normalize(), corpus);
    Path cache = temp.resolve("cache");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, "dev.six.cli.Main", "lsp");
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.redirectError(temp.resolve("stderr.txt").toFile());
    Process process = builder.start();
    Editor editor = new Editor();
    try {
      Launcher<SixServer> launcher = new LSPLauncher.Builder<SixServer>()
          .setLocalService(editor)
          .setRemoteInterface(SixServer.class)
          .setInput(process.getInputStream())
          .setOutput(process.getOutputStream())
          .setExecutorService(Executors.newCachedThreadPool())
          .create();
      launcher.startListening();
      SixServer server = launcher.getRemoteProxy();

      InitializeParams init = new InitializeParams();
      init.setCapabilities(new ClientCapabilities());
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(corpus.toUri().toString(), "corpus")));
      assertEquals("six", server.initialize(init).get(SECONDS, TimeUnit.SECONDS).getServerInfo().getName());
      server.initialized(new InitializedParams());

      // as you type: a syntax error in a service, at Nix's position (5:19)
      Path klogd = corpus.resolve("broken/syntax-error/svcs/by-name/kl/klogd/service.nix");
      open(server, klogd);
      Diagnostic syntax = editor.awaitDiagnostic(klogd, d -> "syntax_error".equals(code(d)));
      assertEquals(new Position(4, 18), syntax.getRange().getStart());

      // on save: the evaluation of the case's root finds the service's own parameter check, in its file
      Path dnsdCase = corpus.resolve("broken/invalid-parameter/default.nix");
      open(server, dnsdCase);
      server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(id(dnsdCase)));
      Diagnostic evaluated = editor.awaitDiagnosticAnywhere(
          d -> message(d).contains("port 70000 is out of range 1..65535"));
      assertNotNull(evaluated.getRelatedInformation(), "the evaluation's trace comes along");

      // definition across services: an infusion's __input key goes to the service's formal
      Path router = corpus.resolve("site/hosts/router.nix");
      String routerText = open(server, router);
      Position interfaces = position(routerText, "interfaces.__append", 0);
      List<Location> definitions = locations(server.getTextDocumentService()
          .definition(new DefinitionParams(id(router), interfaces)).get(SECONDS, TimeUnit.SECONDS));
      assertTrue(definitions.stream().anyMatch(l -> l.getUri().endsWith("/unbound/service.nix")), definitions.toString());

      // hover: the value the site's evaluation gave a let binding (the evaluation after initialized)
      Position lanAddr = position(routerText, "lanAddr ]", 0);
      String hover = awaitHover(server, router, lanAddr, text -> text.contains("\"10.10.0.1\""));
      assertTrue(hover.contains("let binding"), hover);

      // the infusion preview of dropbear's port: before and after, and the s6-rc directory
      Position port = position(routerText, "port.__default = 22", 0);
      JsonObject preview = server.infusionPreview(new TextDocumentPositionParams(id(router), port))
          .get(SECONDS, TimeUnit.SECONDS);
      assertEquals("targets.dropbear", preview.get("target").getAsString(), preview.toString());
      assertEquals("22", preview.get("after").getAsString(), preview.toString());
      assertEquals("dropbear", preview.getAsJsonObject("serviceDirectory").get("name").getAsString());

      server.shutdown().get(SECONDS, TimeUnit.SECONDS);
      server.exit();
      assertTrue(process.waitFor(SECONDS, TimeUnit.SECONDS), "six lsp exits after exit");
      assertEquals(0, process.exitValue());
    } finally {
      process.destroyForcibly();
    }
  }

  private static String awaitHover(SixServer server, Path file, Position at, Predicate<String> wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    String text = "";
    while (System.nanoTime() < deadline) {
      Hover hover = server.getTextDocumentService().hover(new HoverParams(id(file), at)).get(SECONDS, TimeUnit.SECONDS);
      text = hover == null ? "" : hover.getContents().getRight().getValue();
      if (wanted.test(text)) {
        return text;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such hover before the deadline; the last was:\n" + text);
  }

  private static List<Location> locations(Either<List<? extends Location>, List<? extends LocationLink>> answer) {
    List<Location> out = new ArrayList<>();
    if (answer.isLeft()) {
      out.addAll(answer.getLeft());
    } else {
      answer.getRight().forEach(l -> out.add(new Location(l.getTargetUri(), l.getTargetSelectionRange())));
    }
    return out;
  }

  private static String open(SixServer server, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(file.toUri().toString(), "nix", 1, text)));
    return text;
  }

  private static TextDocumentIdentifier id(Path file) {
    return new TextDocumentIdentifier(file.toUri().toString());
  }

  /** The position of {@code needle}'s first character plus {@code shift} (ASCII text). */
  private static Position position(String text, String needle, int shift) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, "the corpus text has " + needle);
    at += shift;
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    return new Position(line, at - (text.lastIndexOf('\n', at - 1) + 1));
  }

  private static String message(Diagnostic d) {
    return d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
  }

  private static String code(Diagnostic d) {
    return d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The editor's side: keeps the latest diagnostics per file and answers the server's requests. */
  private static final class Editor extends QuietClient {
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

    Diagnostic awaitDiagnostic(Path file, Predicate<Diagnostic> wanted) throws InterruptedException {
      String uri = file.toUri().toString();
      return await(() -> diagnostics.getOrDefault(uri, List.of()).stream().filter(wanted).findFirst().orElse(null));
    }

    Diagnostic awaitDiagnosticAnywhere(Predicate<Diagnostic> wanted) throws InterruptedException {
      return await(() -> diagnostics.values().stream().flatMap(List::stream).filter(wanted).findFirst().orElse(null));
    }

    private Diagnostic await(java.util.function.Supplier<Diagnostic> found) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      while (System.nanoTime() < deadline) {
        Diagnostic d = found.get();
        if (d != null) {
          return d;
        }
        Thread.sleep(50);
      }
      throw new AssertionError("no such diagnostic; published: " + diagnostics);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
    }
  }
}
