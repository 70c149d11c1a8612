package dev.six.lsp.eval;

import dev.six.eval.error.NixError;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An evaluation error as a {@link Problem}: at the error's position when it is in the workspace;
 * otherwise (a {@code throw} has none, or it is inside a library) at the innermost frame of its
 * "while evaluating" trace that is in the workspace, which is the user's code that led there; at
 * the root file's start as a last resort. Every frame becomes related information, innermost first.
 */
final class ErrorProblems {
  /** Enough frames to follow a call chain, few enough for an editor's hover. */
  private static final int MAX_FRAMES = 40;

  private ErrorProblems() {}

  static Problem of(NixError error, Path root, Predicate<Path> inWorkspace) {
    Problem.Place at = place(error.pos());
    if (at == null || !inWorkspace.test(at.file())) {
      Problem.Place frame = innermostFrame(error, inWorkspace);
      if (frame != null) {
        at = frame;
      } else if (at == null) {
        at = new Problem.Place(root, 1, 1);
      }
    }
    List<Problem.Related> related = new ArrayList<>();
    for (NixError.Frame frame : error.trace()) {
      if (related.size() == MAX_FRAMES) {
        break;
      }
      Problem.Place where = place(frame.pos());
      Problem.Related entry = new Problem.Related(where != null ? where : at, EvalPaths.text(frame.message()));
      if (related.isEmpty() || !related.get(related.size() - 1).equals(entry)) {
        related.add(entry);
      }
    }
    return new Problem(Problem.Severity.ERROR, error.kind().code(), EvalPaths.text(error.getMessage()), at, related);
  }

  private static Problem.Place innermostFrame(NixError error, Predicate<Path> inWorkspace) {
    for (NixError.Frame frame : error.trace()) {
      Problem.Place where = place(frame.pos());
      if (where != null && inWorkspace.test(where.file())) {
        return where;
      }
    }
    return null;
  }

  /** A position in a file on disk, or null (no position, a command-line text, six's own Nix code). */
  static Problem.Place place(Pos pos) {
    if (pos == null || pos.file().origin() != SourceFile.Origin.FILE || pos.file().isInternal()) {
      return null;
    }
    Path file = EvalPaths.path(pos.file().name());
    return file == null ? null : new Problem.Place(file, pos.line(), pos.column());
  }
}
