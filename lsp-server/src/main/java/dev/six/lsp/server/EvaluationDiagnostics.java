package dev.six.lsp.server;

import dev.six.lsp.eval.EvaluationService;
import dev.six.lsp.eval.Problem;
import dev.six.lsp.ide.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Turns each root's evaluation problems into diagnostics of the files they are in, and keeps them
 * per root: a file's evaluation diagnostics are the union over the roots that found some there,
 * so re-evaluating one root replaces only its own, and a file a root no longer finds anything in
 * is cleared, open in the editor or not. A problem's range is the name or token at its position.
 */
final class EvaluationDiagnostics implements EvaluationService.Listener {
  private final DiagnosticsScheduler scheduler;
  private final OpenDocuments documents;
  private final Map<Path, Map<String, List<Diagnostic>>> byRoot = new HashMap<>();
  private volatile LanguageClient client;

  EvaluationDiagnostics(DiagnosticsScheduler scheduler, OpenDocuments documents) {
    this.scheduler = scheduler;
    this.documents = documents;
  }

  void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public void started(Path root) {
    LanguageClient target = client;
    if (target != null) {
      target.logMessage(new MessageParams(MessageType.Log, "evaluating " + root));
    }
  }

  @Override
  public synchronized void problems(Path root, List<Problem> problems) {
    Map<Path, SourceText> texts = new HashMap<>();
    Map<String, List<Diagnostic>> fresh = new LinkedHashMap<>();
    for (Problem problem : problems) {
      Path file = problem.place().file();
      fresh.computeIfAbsent(uri(file), key -> new ArrayList<>()).add(diagnostic(problem, texts));
    }
    Map<String, List<Diagnostic>> previous = fresh.isEmpty() ? byRoot.remove(root) : byRoot.put(root, fresh);
    Set<String> touched = new LinkedHashSet<>(fresh.keySet());
    if (previous != null) {
      touched.addAll(previous.keySet());
    }
    for (String uri : touched) {
      Set<Diagnostic> union = new LinkedHashSet<>();
      for (Map<String, List<Diagnostic>> perFile : byRoot.values()) {
        union.addAll(perFile.getOrDefault(uri, List.of()));
      }
      scheduler.setEvaluationDiagnostics(uri, new ArrayList<>(union));
    }
  }

  @Override
  public void evaluated(Path root, long millis, int problems) {
    LanguageClient target = client;
    if (target != null) {
      // the editor's log of the server (and what tests wait for): which root was evaluated
      target.logMessage(new MessageParams(MessageType.Log, "evaluated " + root + ": " + problems
          + (problems == 1 ? " problem" : " problems") + " in " + millis + " ms"));
    }
  }

  private Diagnostic diagnostic(Problem problem, Map<Path, SourceText> texts) {
    Diagnostic d = new Diagnostic(range(problem.place(), texts), problem.message(),
        problem.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, LspTypes.SOURCE, problem.code());
    if (!problem.related().isEmpty()) {
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      for (Problem.Related r : problem.related()) {
        related.add(new DiagnosticRelatedInformation(
            new Location(uri(r.place().file()), range(r.place(), texts)), r.message()));
      }
      d.setRelatedInformation(related);
    }
    return d;
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  /** The name or token starting at {@code place} (one character if none starts there), in editor units. */
  private Range range(Problem.Place place, Map<Path, SourceText> texts) {
    SourceText text = texts.computeIfAbsent(place.file(), this::text);
    if (text == null) {
      Position at = new Position(Math.max(0, place.line() - 1), Math.max(0, place.column() - 1));
      return new Range(at, at);
    }
    char[] bytes = text.bytewise();
    int start = offset(bytes, place.line(), place.column());
    int end = start;
    while (end < bytes.length && isNameChar(bytes[end])) {
      end++;
    }
    if (end == start && end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    return LspTypes.range(text, start, end);
  }

  /** The byte offset of a 1-based line and byte column, clamped to the line and the text. */
  private static int offset(char[] bytes, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset < bytes.length; offset++) {
      if (bytes[offset] == '\n') {
        l++;
      }
    }
    int target = offset + Math.max(0, column - 1);
    while (offset < target && offset < bytes.length && bytes[offset] != '\n') {
      offset++;
    }
    return offset;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == '-';
  }

  /** The file's text as the editor has it, or as it is on disk; null when unreadable. */
  private SourceText text(Path file) {
    return documents.get(uri(file)).map(OpenDocument::source).orElseGet(() -> {
      try {
        return SourceText.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        return null;
      }
    });
  }
}
