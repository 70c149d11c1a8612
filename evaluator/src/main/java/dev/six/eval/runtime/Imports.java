package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.ir.Node;
import dev.six.eval.lower.Lowering;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.PathNames;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading, parsing, checking and lowering sources, and {@code import} with its per-file cache: a
 * file is evaluated once per session, as in Nix. Files are read through {@link EvalIO}.
 */
public final class Imports {
  private final EvalState st;
  private final Map<String, Value> evaluated = new HashMap<>();
  private final Map<String, Node> parsed = new HashMap<>();

  Imports(EvalState st) {
    this.st = st;
  }

  /**
   * The file {@code import path} reads: symbolic links of the path itself are followed, and a
   * directory means its {@code default.nix}.
   */
  public String resolve(String path, Pos pos) {
    EvalIO io = st.io();
    String p = path;
    for (int follow = 0; ; follow++) {
      if (follow > 1024) {
        throw new EvalError(ErrorKind.IO_ERROR, "too many symbolic links encountered while traversing the path '"
            + path + "'", pos);
      }
      EvalIO.FileType type = io.lstat(p);
      if (type == EvalIO.FileType.SYMLINK) {
        try {
          p = PathNames.absolute(io.readLink(p), PathNames.directoryOf(p));
        } catch (IOException e) {
          throw new EvalError(ErrorKind.IO_ERROR, "reading symbolic link '" + p + "': " + e.getMessage(), pos);
        }
        continue;
      }
      if (type == EvalIO.FileType.DIRECTORY) {
        return PathNames.canonical(p + "/default.nix");
      }
      if (type == EvalIO.FileType.MISSING) {
        // Nix 2.8's words (its lstat failing), without a position.
        throw new EvalError(ErrorKind.IO_ERROR, "getting status of '" + p + "': No such file or directory", null);
      }
      return p;
    }
  }

  /**
   * {@code import path}: the value of the file, evaluated once per session. An error while
   * evaluating it names the file in the trace, as Nix's import does.
   */
  public Value importFile(String path, Pos pos) {
    String file = resolve(path, pos);
    Value cached = evaluated.get(file);
    if (cached != null) {
      return cached;
    }
    if (st.settings().verbosity() >= EvalSettings.TALKATIVE) {
      st.log().println("evaluating file '" + file + "'");
    }
    Node root = parseFile(file, pos);
    Value value;
    try {
      value = root.eval(st, null);
    } catch (NixError e) {
      throw e.addTrace("while evaluating the file '" + file + "':", null);
    }
    evaluated.put(file, value);
    return value;
  }

  /**
   * The file a command evaluates (nix-instantiate's argument): parsed as an import would be, but
   * evaluated as an expression, without a file frame in the trace and without entering the
   * import cache, as Nix does.
   */
  public Value evalTopLevelFile(String path) {
    return parseFile(resolve(path, null), null).eval(st, null);
  }

  /** {@code scopedImport scope path}: the file evaluated with the names of {@code scope} in scope. */
  public Value scopedImport(String path, List<Symbol> names, Value[] values, Pos pos) {
    String file = resolve(path, pos);
    SourceFile source = new SourceFile(file, SourceFile.Origin.FILE, read(file, pos));
    Node root = lower(source, names, pos);
    return root.eval(st, new Env(null, values));
  }

  private Node parseFile(String file, Pos pos) {
    Node node = parsed.get(file);
    if (node == null) {
      SourceFile source = new SourceFile(file, SourceFile.Origin.FILE, read(file, pos));
      node = lower(source, null, pos);
      parsed.put(file, node);
    }
    return node;
  }

  private char[] read(String file, Pos pos) {
    try {
      return new String(st.io().read(file), StandardCharsets.ISO_8859_1).toCharArray();
    } catch (IOException e) {
      // A directory without default.nix; Nix 2.8 shows no position for this either.
      throw new EvalError(ErrorKind.IO_ERROR, "opening file '" + file + "': No such file or directory", null);
    }
  }

  /** Parses, checks and lowers a source; a syntax or scope error is an evaluation error. */
  public Node lower(SourceFile source, List<Symbol> extraScope, Pos pos) {
    ParsedFiles.Parsed parsed = source.origin() == SourceFile.Origin.FILE
        ? st.parsedFiles().file(source.name(), source.text(), home())
        : ParsedFiles.parse(source.text(), SourceContext.stdin(source.baseDirectory(), home()));
    List<Diagnostic> problems = new ArrayList<>(parsed.syntaxProblems());
    if (problems.isEmpty() && extraScope == null) {
      problems.addAll(parsed.scopeProblems());
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Integer.compare(a.start(), b.start()));
      Diagnostic first = problems.get(0);
      ErrorKind kind = first.kind() == dev.six.grammar.diagnostic.DiagnosticKind.UNDEFINED_VARIABLE
          ? ErrorKind.UNDEFINED_VARIABLE : ErrorKind.PARSE_ERROR;
      throw new EvalError(kind, first.message(), new Pos(source, first.start()));
    }
    return Lowering.lower(parsed.expr(), source, st.globals(), extraScope, st.recorder());
  }

  private String home() {
    return st.settings().environment().getOrDefault("HOME", "/homeless-shelter");
  }
}
