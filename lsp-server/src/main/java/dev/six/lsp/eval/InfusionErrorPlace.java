package dev.six.lsp.eval;

import dev.six.eval.error.NixError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.runtime.ParsedFiles;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.lint.InfusionKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where an error infuse raised is shown: at the key its message's path names ({@link
 * InfusionKeys}), in the first of the root file and the workspace files of the error's trace
 * (innermost first) whose infusions write that path. infuse's {@code throw} has no position, and
 * by the time it runs the call that wrote the infusion is gone from the trace: without this, the
 * error lands on whatever forced the infused value, often another file.
 */
final class InfusionErrorPlace {
  private InfusionErrorPlace() {}

  /** The key's place, or null when the error is not infuse's or its path is not written in those files. */
  static Problem.Place of(NixError error, Path root, Predicate<Path> inWorkspace, EvalIO io) {
    List<InfusionKeys.Step> path = InfusionKeys.pathOf(error.getMessage());
    if (path.isEmpty()) {
      return null;
    }
    Set<Path> files = new LinkedHashSet<>();
    files.add(root);
    for (NixError.Frame frame : error.trace()) {
      Problem.Place where = ErrorProblems.place(frame.pos());
      if (where != null && inWorkspace.test(where.file())) {
        files.add(where.file());
      }
    }
    for (Path file : files) {
      Problem.Place key = keyIn(file, path, io);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  private static Problem.Place keyIn(Path file, List<InfusionKeys.Step> path, EvalIO io) {
    String name = EvalPaths.bytewise(file);
    char[] text;
    try {
      text = new String(io.read(name), StandardCharsets.ISO_8859_1).toCharArray();
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
    ParsedFiles.Parsed parsed = ParsedFiles.parse(text, SourceContext.file(name, "/"));
    if (!parsed.syntaxProblems().isEmpty()) {
      return null;
    }
    int[] key = InfusionKeys.find(text, text.length, parsed.expr(), path);
    return key == null ? null : ErrorProblems.place(new Pos(new SourceFile(name, SourceFile.Origin.FILE, text), key[0]));
  }
}
