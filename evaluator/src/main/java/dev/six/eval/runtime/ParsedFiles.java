package dev.six.eval.runtime;

import dev.six.grammar.desugar.Desugarer;
import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.ScopeChecker;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files parsed, desugared and scope-checked, kept by path for as long as their text is the same,
 * so that evaluations after the first one (a language server evaluating again on save, a warm
 * benchmark) skip the parser. What is kept is the desugared expression, which belongs to no
 * evaluation; lowering it stays per evaluation, since it binds that evaluation's built-ins.
 * Evaluators share one only when given it; by default each has its own. Given a {@link
 * ParsedFileStore}, it also takes files from there and keeps what it parses there, across runs.
 * Thread-safe.
 */
public final class ParsedFiles {
  /**
   * A file's expression and its problems: syntax and desugaring ones, then (only when there are
   * none) the names its scope leaves undefined.
   */
  public record Parsed(NixExpr expr, List<Diagnostic> syntaxProblems, List<Diagnostic> scopeProblems) {}

  private record Entry(char[] text, String home, Parsed parsed) {}

  private final ConcurrentHashMap<String, Entry> byPath = new ConcurrentHashMap<>();
  private final ParsedFileStore store;

  /** Files kept in this process only. */
  public ParsedFiles() {
    this(null);
  }

  /** Files kept in this process and in {@code store} (none when null). */
  public ParsedFiles(ParsedFileStore store) {
    this.store = store;
  }

  /** The file at {@code path} with this {@code text}, parsed now or found unchanged. */
  public Parsed file(String path, char[] text, String home) {
    Entry entry = byPath.get(path);
    if (entry != null && entry.home.equals(home) && Arrays.equals(entry.text, text)) {
      return entry.parsed;
    }
    Parsed parsed = stored(path, text, home);
    if (parsed == null) {
      parsed = parse(text, SourceContext.file(path, home));
      if (store != null && parsed.syntaxProblems().isEmpty() && parsed.scopeProblems().isEmpty()) {
        store.save(path, home, text, parsed.expr());
      }
    }
    byPath.put(path, new Entry(text, home, parsed));
    return parsed;
  }

  /** The file as the store keeps it (only files without problems are kept there); else null. */
  private Parsed stored(String path, char[] text, String home) {
    NixExpr expr = store == null ? null : store.load(path, home, text);
    return expr == null ? null : new Parsed(expr, List.of(), List.of());
  }

  /** A text that is not a file (standard input, {@code -E}): parsed every time. */
  public static Parsed parse(char[] text, SourceContext context) {
    ParseResult parse = IndexParser.parse(text, text.length);
    Desugarer.Result desugared = Desugarer.desugar(parse.tree(), SymbolTable.unordered(), context,
        Desugarer.Dialect.CURRENT);
    List<Diagnostic> problems = new ArrayList<>(parse.diagnostics());
    problems.addAll(desugared.diagnostics());
    List<Diagnostic> scope = problems.isEmpty() ? ScopeChecker.check(desugared.expr()) : List.of();
    return new Parsed(desugared.expr(), List.copyOf(problems), List.copyOf(scope));
  }
}
