package dev.six.bench.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One workspace measured as an editor uses it: the server started with an empty cache (start to
 * the first diagnostics of a file opened at once, the first indexing), files opened, definition and
 * hover requests at identifiers one after another, build-on-save diagnostics on the example site
 * when the server announces saves, its memory, shutdown; then started again on the cache it left
 * (start to first diagnostics, re-indexing).
 */
final class WorkspaceRun {
  /** A workspace: its folder, the file opened at start, and whether it is corpus/ (with the example site). */
  record Workspace(String name, Path root, Path firstFile, boolean exampleSite) {}

  /** How much to measure. */
  record Plan(int openFiles, int warmupRequests, int measuredRequests, int saves, long seed) {}

  /** The measurements; times in milliseconds, memory in MB. */
  record Result(Workspace workspace, int files, double megabytes, double firstDiagnosticsCold, double firstDiagnosticsWarm,
                double indexCold, double indexWarm, String indexSignal, String warmIndexSignal, Latencies definition, Latencies hover,
                double hoverAnswered, String buildOnSave, ServerMemory.Reading memory) {}

  private static final String SITE_HOST = "site/hosts/router.nix";
  private static final String SITE_LINE = "    dropbear = { };";
  private static final String SITE_BROKEN = "    dropbear = { port = 0; };";
  private static final String EVALUATION_MESSAGE = "port must be";
  /** The server's own count in its log line "indexed ROOT: N files, ... in T ms". */
  private static final Pattern SYNC_MILLIS = Pattern.compile("in (\\d+) ms");

  private final List<String> command;
  private final Path cache;
  private final Plan plan;
  private int version;
  private String errorUri = "";

  WorkspaceRun(List<String> command, Path cache, Plan plan) {
    this.command = command;
    this.cache = cache;
    this.plan = plan;
  }

  Result measure(Workspace workspace) throws Exception {
    List<Path> files = nixFiles(workspace.root());
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    Started cold = start(workspace);
    Latencies definition = new Latencies();
    Latencies hover = new Latencies();
    double answered;
    String buildOnSave;
    ServerMemory.Reading memory;
    try (LspProcess server = cold.server()) {
      List<Target> targets = open(server, sample(files, workspace.firstFile()));
      Random random = new Random(plan.seed());
      timeRequests(server, "textDocument/definition", targets, random, definition);
      int nonEmpty = timeRequests(server, "textDocument/hover", targets, random, hover);
      answered = hover.count() == 0 ? 0 : (double) nonEmpty / hover.count();
      buildOnSave = workspace.exampleSite() ? buildOnSave(server, cold.capabilities(), workspace.root()) : "";
      memory = ServerMemory.of(server.jvm());
      server.shutdown();
    }
    Started warm = start(workspace);
    try (LspProcess server = warm.server()) {
      server.shutdown();
    }
    return new Result(workspace, files.size(), bytes / 1e6, cold.firstDiagnostics(), warm.firstDiagnostics(), cold.index(),
        warm.index(), cold.indexSignal(), warm.indexSignal(), definition, hover, answered, buildOnSave, memory);
  }

  private record Started(LspProcess server, JsonObject capabilities, double firstDiagnostics, double index, String indexSignal) {}

  private record Target(String uri, Identifiers.At at) {}

  /**
   * Starts the server, initializes it with the workspace, and opens the first file right after
   * {@code initialized}, as an editor restoring a session does; waits for its diagnostics and
   * for the index to be ready.
   */
  private Started start(Workspace workspace) throws Exception {
    LspProcess server = LspProcess.start(command, cache);
    try {
      JsonElement init = server.call("initialize", initializeParams(workspace.root()), 120);
      long initialized = System.nanoTime();
      server.notify("initialized", new JsonObject());
      String uri = Json.uri(workspace.firstFile());
      server.notify("textDocument/didOpen", Json.opened(uri, ++version, Files.readString(workspace.firstFile())));
      LspProcess.Received diagnostics = server.awaitNotification(m -> isDiagnosticsFor(m, uri), initialized, 60_000);
      IndexReady ready = awaitIndexReady(server, workspace.root(), initialized);
      LspProcess.Received log = server.stderrLine("indexed " + workspace.root() + ":", initialized, 2_000);
      Matcher syncMillis = log == null ? null : SYNC_MILLIS.matcher(log.line());
      String signal = ready.signal() + (syncMillis != null && syncMillis.find() ? ", sync " + syncMillis.group(1) + " ms" : "");
      return new Started(server, init.getAsJsonObject().getAsJsonObject("capabilities"),
          (diagnostics.nanos() - server.startNanos()) / 1e6, (ready.nanos() - initialized) / 1e6, signal);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  private record IndexReady(long nanos, String signal) {}

  /**
   * When the index was first ready: on a restart, the server's log line "index of ROOT ready from
   * disk: ..." (it answers from the earlier session's index while it checks for changes); else the
   * end of the work-done progress the first indexing is reported with, or, from a server that
   * reports none, its log line "indexed ROOT: ..." on standard error.
   */
  private static IndexReady awaitIndexReady(LspProcess server, Path root, long since) throws InterruptedException {
    String logLine = "indexed " + root + ":";
    String fromDisk = "index of " + root + " ready from disk:";
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      // a restart's index answers from disk before its sync has checked every file
      LspProcess.Received ready = server.stderrLine(fromDisk, since, 0);
      if (ready != null) {
        return new IndexReady(ready.nanos(), "ready from disk");
      }
      LspProcess.Received log = server.stderrLine(logLine, since, 0);
      LspProcess.Received end = progressEnd(server, since);
      if (end != null && (log == null || end.nanos() <= log.nanos())) {
        return new IndexReady(end.nanos(), "$/progress");
      }
      if (log != null) {
        return new IndexReady(log.nanos(), "log");
      }
      Thread.sleep(2);
    }
    throw new IllegalStateException("the index of " + root + " was not ready within 120 s");
  }

  private static LspProcess.Received progressEnd(LspProcess server, long since) throws InterruptedException {
    LspProcess.Received begin = server.notificationWithin(m -> progressKind(m, "begin")
        && m.getAsJsonObject("params").getAsJsonObject("value").has("title")
        && m.getAsJsonObject("params").getAsJsonObject("value").get("title").getAsString().toLowerCase().contains("index"),
        since, 0);
    if (begin == null) {
      return null;
    }
    JsonElement token = begin.message().getAsJsonObject("params").get("token");
    return server.notificationWithin(m -> progressKind(m, "end") && m.getAsJsonObject("params").get("token").equals(token),
        since, 0);
  }

  private static boolean progressKind(JsonObject m, String kind) {
    if (!"$/progress".equals(string(m, "method"))) {
      return false;
    }
    JsonElement value = m.getAsJsonObject("params").get("value");
    return value != null && value.isJsonObject() && kind.equals(string(value.getAsJsonObject(), "kind"));
  }

  /** Opens the files and waits for each one's diagnostics; returns the identifiers in them. */
  private List<Target> open(LspProcess server, List<Path> files) throws Exception {
    List<Target> targets = new ArrayList<>();
    for (Path file : files) {
      String uri = Json.uri(file);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      long sent = System.nanoTime();
      server.notify("textDocument/didOpen", Json.opened(uri, ++version, text));
      server.awaitNotification(m -> isDiagnosticsFor(m, uri), sent, 60_000);
      for (Identifiers.At at : Identifiers.in(text)) {
        targets.add(new Target(uri, at));
      }
    }
    server.forgetNotifications();
    return targets;
  }

  /** Sends requests one after another at random identifiers; returns how many had a non-empty answer. */
  private int timeRequests(LspProcess server, String method, List<Target> targets, Random random, Latencies into)
      throws Exception {
    int nonEmpty = 0;
    for (int i = 0; i < plan.warmupRequests() + plan.measuredRequests() && !targets.isEmpty(); i++) {
      Target t = targets.get(random.nextInt(targets.size()));
      long start = System.nanoTime();
      JsonElement answer = server.call(method, Json.at(t.uri(), t.at().line(), t.at().character()), 30);
      long took = System.nanoTime() - start;
      if (i >= plan.warmupRequests()) {
        into.add(took);
        if (!answer.isJsonNull() && !(answer.isJsonArray() && answer.getAsJsonArray().isEmpty())) {
          nonEmpty++;
        }
      }
    }
    return nonEmpty;
  }

  /**
   * Build-on-save on the example site: a host gives dropbear port 0, which only evaluation finds
   * (dropbear's assertion); the time from didSave to the evaluation error's diagnostics, then to
   * their removal once the fix is saved. Medians over the runs.
   */
  private String buildOnSave(LspProcess server, JsonObject capabilities, Path root) throws Exception {
    JsonElement sync = capabilities.get("textDocumentSync");
    boolean saves = sync != null && sync.isJsonObject() && sync.getAsJsonObject().has("save")
        && !sync.getAsJsonObject().get("save").toString().equals("false");
    if (!saves) {
      return "not available (the server does not ask for didSave)";
    }
    Path host = root.resolve(SITE_HOST);
    String uri = Json.uri(host);
    String fixed = Files.readString(host, StandardCharsets.UTF_8);
    if (!fixed.contains(SITE_LINE)) {
      return "not measured (" + SITE_HOST + " has no line '" + SITE_LINE.trim() + "')";
    }
    String broken = fixed.replace(SITE_LINE, SITE_BROKEN);
    List<Double> toError = new ArrayList<>();
    List<Double> toClear = new ArrayList<>();
    long opened = System.nanoTime();
    server.notify("textDocument/didOpen", Json.opened(uri, ++version, fixed));
    server.awaitNotification(m -> isDiagnosticsFor(m, uri), opened, 60_000);
    try {
      for (int run = 0; run < plan.saves(); run++) {
        Double error = save(server, host, uri, broken, true);
        Double clear = save(server, host, uri, fixed, false);
        if (error == null || clear == null) {
          return error == null ? "no evaluation diagnostics within 30 s of didSave" : "the error was not cleared within 30 s";
        }
        toError.add(error);
        toClear.add(clear);
      }
    } finally {
      Files.writeString(host, fixed, StandardCharsets.UTF_8);
    }
    Collections.sort(toError);
    Collections.sort(toClear);
    return String.format("%.0f ms (cleared: %.0f ms)", toError.get(toError.size() / 2), toClear.get(toClear.size() / 2));
  }

  /** Edits, waits for the static diagnostics, writes and saves; the milliseconds until evaluation's answer (null: none). */
  private Double save(LspProcess server, Path host, String uri, String text, boolean expectError) throws Exception {
    int v = ++version;
    long changed = System.nanoTime();
    server.notify("textDocument/didChange", Json.object("textDocument", Json.object("uri", uri, "version", v),
        "contentChanges", List.of(Json.object("text", text))));
    server.awaitNotification(m -> isDiagnosticsFor(m, uri), changed, 60_000);
    Files.writeString(host, text, StandardCharsets.UTF_8);
    long saved = System.nanoTime();
    server.notify("textDocument/didSave", Json.object("textDocument", Json.document(uri)));
    // the error: published for whichever file holds it; the fix: that file published without it
    LspProcess.Received answer = server.notificationWithin(m -> "textDocument/publishDiagnostics".equals(string(m, "method"))
        && m.getAsJsonObject("params").toString().contains(EVALUATION_MESSAGE) == expectError
        && (expectError || string(m.getAsJsonObject("params"), "uri").equals(errorUri)), saved, 30_000);
    if (answer != null && expectError) {
      errorUri = string(answer.message().getAsJsonObject("params"), "uri");
    }
    return answer == null ? null : (answer.nanos() - saved) / 1e6;
  }

  private static JsonObject initializeParams(Path root) {
    JsonObject capabilities = Json.object(
        "window", Json.object("workDoneProgress", true),
        "textDocument", Json.object(
            "publishDiagnostics", Json.object("relatedInformation", true, "versionSupport", true),
            "hover", Json.object("contentFormat", List.of("markdown", "plaintext")),
            "synchronization", Json.object("didSave", true)));
    return Json.object("processId", ProcessHandle.current().pid(), "rootUri", Json.uri(root),
        "workspaceFolders", List.of(Json.object("uri", Json.uri(root), "name", root.getFileName().toString())),
        "clientInfo", Json.object("name", "six lsp benchmark"), "capabilities", capabilities);
  }

  private static boolean isDiagnosticsFor(JsonObject m, String uri) {
    return "textDocument/publishDiagnostics".equals(string(m, "method"))
        && uri.equals(string(m.getAsJsonObject("params"), "uri"));
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  /** The first file, then others drawn at random (the same ones for the same seed). */
  private List<Path> sample(List<Path> files, Path first) {
    List<Path> shuffled = new ArrayList<>(files);
    shuffled.remove(first);
    Collections.shuffle(shuffled, new Random(plan.seed()));
    List<Path> out = new ArrayList<>(List.of(first));
    out.addAll(shuffled.subList(0, Math.min(plan.openFiles() - 1, shuffled.size())));
    return out;
  }

  static List<Path> nixFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".nix") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
