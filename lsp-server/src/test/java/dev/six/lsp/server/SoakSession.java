package dev.six.lsp.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileDelete;
import org.eclipse.lsp4j.DeleteFilesParams;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.FileCreate;
import org.eclipse.lsp4j.CreateFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The soak test's editor: random operations on a copy of the corpus, drawn from one seed, sent to
 * the server one at a time as an editor would (typing, requests of every announced kind and their
 * follow-ups, requests left in flight while typing goes on, cancellations, saves, files created,
 * changed and deleted on disk, closes and reopens), and the checks of a checkpoint: every request
 * answered, with a result or an error an editor expects (never an internal error), the
 * diagnostics of every open document's latest version published and inside its text, nothing
 * logged as an error, and the server still running. Any violation throws an AssertionError.
 */
final class SoakSession {
  /** Errors a request may legitimately end with: cancelled, outdated, refused, failed with a reason. */
  private static final Set<Integer> EXPECTED_ERRORS = Set.of(ResponseErrorCode.RequestCancelled.getValue(),
      ResponseErrorCode.ContentModified.getValue(), ResponseErrorCode.InvalidParams.getValue(),
      ResponseErrorCode.RequestFailed.getValue());
  private static final long ANSWER_SECONDS = 30;
  private static final int MAX_OPEN = 12;

  private final LspConnection connection;
  private final SoakRequests requests;
  private final Random random;
  private final RandomEdits edits;
  private final Path workspace;
  private final List<SoakDocument> documents;
  private final Map<String, SoakDocument> byUri = new HashMap<>();
  private final List<SoakDocument> created = new ArrayList<>();
  private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
  private final ServerErrorLog errorLog;
  private final Deque<String> recent = new ArrayDeque<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private int versions;
  private int filesCreated;

  /** {@code documents}: the workspace files the session may open and edit. */
  SoakSession(LspConnection connection, SoakRequests requests, Random random, Path workspace, List<SoakDocument> documents,
              List<String> fragments, ServerErrorLog errorLog) {
    this.connection = connection;
    this.requests = requests;
    this.random = random;
    this.edits = new RandomEdits(random, fragments);
    this.workspace = workspace;
    this.documents = new ArrayList<>(documents);
    this.errorLog = errorLog;
    for (SoakDocument d : documents) {
      byUri.put(d.uri, d);
    }
  }

  /** One random operation. */
  void step() throws Exception {
    int draw = random.nextInt(100);
    if (open().isEmpty() || draw < 6 && open().size() < MAX_OPEN) {
      openOne();
    } else if (draw < 36) {
      edit(pick(open()));
    } else if (draw < 68) {
      request();
    } else if (draw < 74) {
      pipelined();
    } else if (draw < 80) {
      cancelled();
    } else if (draw < 85) {
      close(pick(open()));
    } else if (draw < 92) {
      save(pick(open()));
    } else {
      changeOnDisk();
    }
  }

  /** Waits for everything sent so far and checks the server's state; see the class comment. */
  void checkpoint() throws Exception {
    for (CompletableFuture<?> future : inFlight) {
      outcome(future, "a request sent while typing");
    }
    inFlight.clear();
    auditResponses();
    for (SoakDocument document : open()) {
      if (document.diagnosedVersion != document.version) {
        PublishDiagnosticsParams published = diagnosticsOf(document);
        fail(SoakChecks.diagnostics(published.getDiagnostics(), document), "diagnostics of " + document);
        document.diagnosedVersion = document.version;
        document.shown = published.getDiagnostics();
      }
    }
    // what else was published (for older versions, closed documents, saved files) is not kept
    for (SoakDocument document : documents) {
      while (connection.client.diagnosticsWithin(document.uri, 0) != null) {
        // drop it
      }
    }
    if (connection.exitCode.isDone()) {
      throw new AssertionError("the server ended, exit code " + connection.exitCode.getNow(null));
    }
    List<String> logged = errorLog.drain();
    if (!logged.isEmpty()) {
      throw new AssertionError("the server logged errors:\n" + String.join("\n", logged));
    }
  }

  /** Closes every open document, as an editor does on quitting. */
  void closeAll() {
    for (SoakDocument document : open()) {
      close(document);
    }
  }

  /** The last operations, oldest first, for a failure message. */
  String recentOperations() {
    return String.join("\n", recent);
  }

  /** How many operations of each kind ran. */
  Map<String, Integer> counts() {
    return counts;
  }

  int nextVersion() {
    return ++versions;
  }

  private void openOne() throws IOException {
    List<SoakDocument> closed = new ArrayList<>();
    for (SoakDocument d : documents) {
      if (!d.open) {
        closed.add(d);
      }
    }
    if (closed.isEmpty()) {
      return;
    }
    SoakDocument document = pick(closed);
    document.text = Files.readString(document.path, StandardCharsets.UTF_8);
    document.version = nextVersion();
    document.open = true;
    log("open", document);
    connection.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(document.uri, "nix", document.version, document.text)));
  }

  private void close(SoakDocument document) {
    document.open = false;
    log("close", document);
    connection.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(document.uri)));
  }

  private void edit(SoakDocument document) {
    List<TextDocumentContentChangeEvent> changes = edits.edit(document);
    send(document, changes, "edit");
  }

  private void send(SoakDocument document, List<TextDocumentContentChangeEvent> changes, String what) {
    document.version = nextVersion();
    log(what + " (" + changes.size() + " change" + (changes.size() == 1 ? "" : "s") + ")", document);
    connection.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(document.uri, document.version), changes));
  }

  /** A request awaited at once, its answer checked, then its follow-ups. */
  private void request() throws Exception {
    SoakDocument document = pick(open());
    SoakRequests.Request request = pick(requests.all());
    SoakRequests.Target target = target(document);
    log(request.method() + " at " + show(target.position()), document);
    Object result = outcome(request.send().apply(target), request.method());
    // An answer about the document must fit its text exactly; workspace-wide answers come from
    // the index, which may be a save behind an open document.
    SoakDocument exact = request.method().startsWith("textDocument/") ? document : null;
    fail(SoakChecks.answer(result, exact), request.method() + " at " + show(target.position()) + " in " + document);
    for (CompletableFuture<?> followUp : request.followUps().apply(result, target)) {
      Object next = outcome(followUp, "a follow-up of " + request.method());
      fail(SoakChecks.answer(next, exact), "a follow-up of " + request.method() + " in " + document);
    }
    if (random.nextBoolean()) {
      applyEdits(result);
    }
  }

  /** Several requests sent without waiting, sometimes with an edit right behind them. */
  private void pipelined() {
    int n = 2 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      SoakDocument document = pick(open());
      SoakRequests.Request request = pick(requests.all());
      log(request.method() + " (not awaited)", document);
      inFlight.add(request.send().apply(target(document)));
    }
    if (random.nextBoolean()) {
      edit(pick(open()));
    }
  }

  /** A request cancelled at once or a moment later; the server must still answer it. */
  private void cancelled() throws InterruptedException {
    SoakDocument document = pick(open());
    SoakRequests.Request request = pick(requests.all());
    log(request.method() + " (cancelled)", document);
    CompletableFuture<?> future = request.send().apply(target(document));
    if (random.nextBoolean()) {
      Thread.sleep(1);
    }
    future.cancel(true);
  }

  /** Writes the editor's text to disk and says so, as saving does; a file watcher sometimes reports it too. */
  private void save(SoakDocument document) throws IOException {
    Files.writeString(document.path, document.text, StandardCharsets.UTF_8);
    log("save", document);
    connection.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(
        new TextDocumentIdentifier(document.uri), random.nextBoolean() ? document.text : null));
    if (random.nextBoolean()) {
      watched(document, FileChangeType.Changed);
    }
  }

  /** A file created, deleted or changed behind the editor's back, reported by the file watcher. */
  private void changeOnDisk() throws IOException {
    int draw = random.nextInt(10);
    if (draw < 4) {
      SoakDocument template = pick(documents);
      create(new SoakDocument(template.path.resolveSibling("soak-" + (++filesCreated) + ".nix"), template.original));
      if (requests.notifies("didCreate")) {
        connection.server.getWorkspaceService().didCreateFiles(new CreateFilesParams(List.of(new FileCreate(created.get(created.size() - 1).uri))));
      }
    } else if (draw < 6 && !created.isEmpty()) {
      SoakDocument document = pick(created);
      delete(document);
      if (requests.notifies("didDelete")) {
        connection.server.getWorkspaceService().didDeleteFiles(new DeleteFilesParams(List.of(new FileDelete(document.uri))));
      }
    } else if (draw < 7 && !created.isEmpty()) {
      // a rename: the file watcher sees one file go and another come
      SoakDocument old = pick(created);
      SoakDocument renamed = new SoakDocument(old.path.resolveSibling("soak-" + (++filesCreated) + ".nix"),
          Files.readString(old.path, StandardCharsets.UTF_8));
      delete(old);
      create(renamed);
      if (requests.notifies("didRename")) {
        connection.server.getWorkspaceService().didRenameFiles(new RenameFilesParams(List.of(new FileRename(old.uri, renamed.uri))));
      }
    } else {
      SoakDocument document = pick(documents);
      if (!document.open) {
        Files.writeString(document.path, Files.readString(document.path, StandardCharsets.UTF_8) + "\n# changed by the soak test\n",
            StandardCharsets.UTF_8);
        watched(document, FileChangeType.Changed);
      }
    }
  }

  private void create(SoakDocument document) throws IOException {
    Files.writeString(document.path, document.original, StandardCharsets.UTF_8);
    documents.add(document);
    created.add(document);
    byUri.put(document.uri, document);
    watched(document, FileChangeType.Created);
  }

  private void delete(SoakDocument document) throws IOException {
    if (document.open) {
      close(document);
    }
    Files.delete(document.path);
    documents.remove(document);
    created.remove(document);
    byUri.remove(document.uri);
    watched(document, FileChangeType.Deleted);
  }

  private void watched(SoakDocument document, FileChangeType type) {
    log("watched file " + type, document);
    connection.server.getWorkspaceService().didChangeWatchedFiles(
        new DidChangeWatchedFilesParams(List.of(new FileEvent(document.uri, type))));
  }

  /**
   * Applies a workspace edit the server answered with (a rename, a code action's edit) to the open
   * documents, as an editor does; the edits must lie in the text and must not overlap.
   */
  private void applyEdits(Object result) {
    List<WorkspaceEdit> workspaceEdits = new ArrayList<>();
    if (result instanceof WorkspaceEdit) {
      workspaceEdits.add((WorkspaceEdit) result);
    } else if (result instanceof List) {
      for (Object item : (List<?>) result) {
        if (item instanceof Either && ((Either<?, ?>) item).isRight() && ((Either<?, ?>) item).getRight() instanceof CodeAction) {
          CodeAction action = (CodeAction) ((Either<?, ?>) item).getRight();
          if (action.getEdit() != null) {
            workspaceEdits.add(action.getEdit());
            break; // an editor applies the one action the user picks
          }
        }
      }
    }
    for (WorkspaceEdit edit : workspaceEdits) {
      Map<String, List<TextEdit>> byDocument = new HashMap<>();
      if (edit.getChanges() != null) {
        edit.getChanges().forEach((uri, list) -> byDocument.put(uri, new ArrayList<>(list)));
      }
      if (edit.getDocumentChanges() != null) {
        for (var change : edit.getDocumentChanges()) {
          if (change.isLeft()) {
            TextDocumentEdit documentEdit = change.getLeft();
            byDocument.computeIfAbsent(documentEdit.getTextDocument().getUri(), k -> new ArrayList<>())
                .addAll(documentEdit.getEdits().stream().map(e -> e.isLeft() ? e.getLeft()
                    : new TextEdit(e.getRight().getRange(), e.getRight().getSnippet().getValue())).toList());
          }
        }
      }
      byDocument.forEach((uri, textEdits) -> {
        SoakDocument document = byUri.get(uri);
        if (document != null && document.open && !textEdits.isEmpty()) {
          send(document, applied(document, textEdits), "apply the server's edit");
        }
      });
    }
  }

  /** The changes that apply {@code textEdits} (ranges in the current text), last first so earlier ranges hold. */
  private static List<TextDocumentContentChangeEvent> applied(SoakDocument document, List<TextEdit> textEdits) {
    List<TextEdit> sorted = new ArrayList<>(textEdits);
    for (TextEdit e : sorted) {
      if (!document.contains(e.getRange())) {
        throw new AssertionError("the server's edit lies outside " + document + ": " + e);
      }
    }
    sorted.sort(Comparator.comparingInt((TextEdit e) -> document.offset(e.getRange().getStart())));
    for (int i = 1; i < sorted.size(); i++) {
      if (document.offset(sorted.get(i).getRange().getStart()) < document.offset(sorted.get(i - 1).getRange().getEnd())) {
        throw new AssertionError("the server's edits overlap in " + document + ": " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
    for (int i = sorted.size() - 1; i >= 0; i--) {
      TextEdit e = sorted.get(i);
      int start = document.offset(e.getRange().getStart());
      int end = document.offset(e.getRange().getEnd());
      changes.add(new TextDocumentContentChangeEvent(e.getRange(), e.getNewText()));
      document.text = document.text.substring(0, start) + e.getNewText() + document.text.substring(end);
    }
    return changes;
  }

  /**
   * Where a request is aimed: mostly at a word (where people point), sometimes anywhere, and now
   * and then at a column past the end of its line, which the protocol says means the line's end.
   */
  private SoakRequests.Target target(SoakDocument document) {
    String text = document.text;
    int offset = random.nextInt(text.length() + 1);
    if (random.nextInt(10) < 7) {
      while (offset < text.length() && !Character.isLetter(text.charAt(offset))) {
        offset++;
      }
    }
    offset = document.snap(offset);
    Position position = document.position(offset);
    if (random.nextInt(20) == 0) {
      position = new Position(position.getLine(), position.getCharacter() + 1 + random.nextInt(5));
    }
    int end = document.snap(Math.min(text.length(), offset + random.nextInt(200)));
    Range range = random.nextInt(4) == 0 ? document.range(0, text.length()) : document.range(offset, end);
    List<Diagnostic> shown = new ArrayList<>();
    for (Diagnostic d : document.shown) {
      if (document.contains(d.getRange())) {
        shown.add(d);
      }
    }
    return new SoakRequests.Target(document, position, range, random, shown);
  }

  /** The request's result; fails on no answer in time and on an error an editor would not expect. */
  private static Object outcome(CompletableFuture<?> future, String what) throws InterruptedException {
    try {
      return future.get(ANSWER_SECONDS, TimeUnit.SECONDS);
    } catch (CancellationException cancelled) {
      return null;
    } catch (TimeoutException e) {
      throw new AssertionError(what + ": no answer in " + ANSWER_SECONDS + " s");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ResponseErrorException) {
        ResponseError error = ((ResponseErrorException) e.getCause()).getResponseError();
        if (EXPECTED_ERRORS.contains(error.getCode())) {
          return null;
        }
        throw new AssertionError(what + " failed: " + error.getCode() + " " + error.getMessage() + "\n" + error.getData());
      }
      throw new AssertionError(what + " failed", e.getCause());
    }
  }

  /**
   * Every request the client sent has been answered (cancelled ones included), and no answer is
   * an error an editor would not expect.
   */
  private void auditResponses() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
    Map<String, String> unanswered = new HashMap<>();
    List<Message> sent = List.copyOf(connection.sent);
    List<Message> received;
    while (true) {
      received = List.copyOf(connection.received);
      unanswered.clear();
      for (Message m : sent) {
        if (m instanceof RequestMessage) {
          unanswered.put(((RequestMessage) m).getId(), ((RequestMessage) m).getMethod());
        }
      }
      for (Message m : received) {
        if (m instanceof ResponseMessage) {
          unanswered.remove(((ResponseMessage) m).getId());
        }
      }
      if (unanswered.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("requests never answered: " + unanswered);
      }
      Thread.sleep(10);
    }
    Map<String, String> methods = new HashMap<>();
    for (Message m : sent) {
      if (m instanceof RequestMessage) {
        methods.put(((RequestMessage) m).getId(), ((RequestMessage) m).getMethod());
      }
    }
    Set<String> ours = new HashSet<>(methods.keySet());
    for (Message m : received) {
      if (m instanceof ResponseMessage && ours.contains(((ResponseMessage) m).getId())) {
        ResponseError error = ((ResponseMessage) m).getError();
        if (error != null && !EXPECTED_ERRORS.contains(error.getCode())) {
          throw new AssertionError(methods.get(((ResponseMessage) m).getId()) + " answered with error " + error.getCode() + " "
              + error.getMessage() + "\n" + error.getData());
        }
      }
    }
    connection.sent.removeAll(sent);
    connection.received.removeAll(received);
  }

  /** The diagnostics published for the document's latest version; fails when they never come. */
  private PublishDiagnosticsParams diagnosticsOf(SoakDocument document) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams published = connection.client.nextDiagnostics(document.uri);
      if (published.getVersion() != null && published.getVersion() == document.version) {
        return published;
      }
    }
  }

  private List<SoakDocument> open() {
    List<SoakDocument> out = new ArrayList<>();
    for (SoakDocument d : documents) {
      if (d.open) {
        out.add(d);
      }
    }
    return out;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private void log(String operation, SoakDocument document) {
    String kind = operation.replaceAll(" \\(.*| at .*", "");
    counts.merge(kind, 1, Integer::sum);
    recent.addLast(operation + " " + workspace.relativize(document.path) + " v" + document.version);
    if (recent.size() > 40) {
      recent.removeFirst();
    }
  }

  private static String show(Position p) {
    return p.getLine() + ":" + p.getCharacter();
  }

  private static void fail(List<String> problems, String where) {
    if (!problems.isEmpty()) {
      throw new AssertionError(where + ":\n" + String.join("\n", problems));
    }
  }
}
