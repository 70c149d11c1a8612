package dev.six.lsp.eval;

import dev.six.eval.error.NixError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An evaluation error as a {@link Problem}: at the error's position when it is in the workspace
 * (or the root's own directory).
 * Otherwise (a {@code throw} or {@code abort} has none, or the position is outside the workspace)
 * at the innermost frame of its "while evaluating" trace that is in the root's own directory
 * (what was written for this root: a host, a service, the call that went wrong), else the
 * innermost frame in the workspace (shared code such as a library the root uses), else the root
 * file's start. A library's {@code throw} is thus shown where the user's code called into it,
 * and one of infuse's at the key of the infusion it refused ({@link InfusionErrorPlace}).
 * The frames become related information, innermost first, each once.
 */
final class ErrorProblems {
  /** Enough frames to follow a call chain, few enough for an editor's hover. */
  private static final int MAX_FRAMES = 40;

  private ErrorProblems() {}

  /** The problem {@code error} is; {@code io} reads the files an infuse error may be placed in. */
  static Problem of(NixError error, Path root, Predicate<Path> inWorkspace, EvalIO io) {
    Problem.Place at = place(error.pos());
    Path rootDirectory = root.getParent();
    if (at == null || !inWorkspace.test(at.file()) && !at.file().startsWith(rootDirectory)) {
      Problem.Place frame = InfusionErrorPlace.of(error, root, inWorkspace, io);
      if (frame == null) {
        frame = innermostFrame(error, file -> file.startsWith(rootDirectory));
      }
      if (frame == null) {
        frame = innermostFrame(error, inWorkspace);
      }
      if (frame != null) {
        at = frame;
      } else if (at == null) {
        at = new Problem.Place(root, 1, 1);
      }
    }
    // a frame seen before (recursion, a helper called again) says nothing new
    Set<Problem.Related> related = new LinkedHashSet<>();
    for (NixError.Frame frame : error.trace()) {
      if (related.size() == MAX_FRAMES) {
        break;
      }
      Problem.Place where = place(frame.pos());
      related.add(new Problem.Related(where != null ? where : at, EvalPaths.text(frame.message())));
    }
    return new Problem(Problem.Severity.ERROR, error.kind().code(), EvalPaths.text(error.getMessage()), at,
        new ArrayList<>(related));
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
