package dev.six.lsp.eval;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.NixError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import dev.six.s6.HostDescription;
import dev.six.s6.compile.CompileError;
import dev.six.s6.compile.CompileOptions;
import dev.six.s6.compile.Compilation;
import dev.six.s6.compile.CompiledWriter;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.compile.RcVersion;
import dev.six.s6.compile.S6RcCompiler;
import dev.six.s6.site.SiteLocator;
import dev.six.s6.site.SiteReader;
import dev.six.s6.source.DescriptionSource;
import dev.six.s6.source.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates one root in a fresh sandboxed session and says what is wrong with it. A root whose
 * value has {@code descriptions.<host>} is a site: each host's description is read and compiled
 * by s6-rc-compile's rules in memory (the checks of writing its service directories included), as
 * {@code six build} does but without writing anything, and a
 * failing host does not hide the others. Any other root is forced completely, as
 * {@code nix-instantiate --eval --strict} would. The whole root gets one time limit.
 */
public final class RootEvaluator {
  private RootEvaluator() {}

  /** The result, or null when the evaluation was {@linkplain Cancellation#cancel cancelled}. */
  public static Evaluation evaluate(SandboxedEvaluators factory, Path root, Duration limit, Cancellation cancellation) {
    RecordingIO io = SandboxedEvaluators.recordingDisk();
    Evaluator evaluator = factory.create(io);
    cancellation.attach(evaluator);
    Predicate<Path> inWorkspace = file -> file.startsWith(factory.workspace());
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    Set<Problem> problems = new LinkedHashSet<>();
    Value value = null;
    List<String> hosts = List.of();
    boolean site = false;
    try {
      value = evaluator.run(() -> {
        cancellation.check();
        return topLevel(evaluator, root);
      }, remaining(deadline));
      Value top = value;
      site = evaluator.run(() -> isSite(evaluator.state(), top), remaining(deadline));
      if (site) {
        SiteResult result = evaluator.run(() -> {
          cancellation.check();
          return site(evaluator, (NixAttrs) top, root, inWorkspace, io);
        }, remaining(deadline));
        hosts = result.hosts();
        problems.addAll(result.problems());
      } else {
        evaluator.run(() -> {
          cancellation.check();
          return DeepForce.force(evaluator.state(), top);
        }, remaining(deadline));
      }
    } catch (NixError e) {
      if (e.kind() == ErrorKind.INTERRUPTED) {
        if (cancellation.isCancelled()) {
          return null;
        }
        problems.add(new Problem(Problem.Severity.WARNING, e.kind().code(),
            EvalPaths.text(e.getMessage()) + "; its errors may be incomplete (the limit is a setting: six.evaluation.timeLimit)",
            new Problem.Place(root, 1, 1), List.of()));
      } else {
        problems.add(ErrorProblems.of(e, root, inWorkspace, io));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    // where a problem is shown is read too (s6-rc's locations are found in the files' text): fixing it there re-evaluates
    Set<Path> read = new HashSet<>(io.consulted());
    for (Problem problem : problems) {
      read.add(problem.place().file());
      for (Problem.Related related : problem.related()) {
        read.add(related.place().file());
      }
    }
    return new Evaluation(root, evaluator, value, site, hosts, read, new ArrayList<>(problems), millis);
  }

  /** The file's value; a function whose formals all have defaults is called with none, as nix-instantiate does. */
  public static Value topLevel(Evaluator evaluator, Path root) {
    EvalState st = evaluator.state();
    Value v = st.force(evaluator.evalFile(EvalPaths.bytewise(root)));
    if (v instanceof NixLambda lambda && lambda.node.hasFormals() && allDefaulted(lambda.node)) {
      v = st.force(st.call(v, NixAttrs.EMPTY, null));
    }
    return v;
  }

  private static boolean allDefaulted(LambdaNode node) {
    for (int i = 0; i < node.formals().length; i++) {
      if (!node.hasDefault(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSite(EvalState st, Value value) {
    if (!(value instanceof NixAttrs attrs)) {
      return false;
    }
    Value descriptions = attrs.get("descriptions");
    return descriptions != null && st.force(descriptions) instanceof NixAttrs;
  }

  private record SiteResult(List<String> hosts, List<Problem> problems) {}

  /** Reads and compiles every host; runs on the evaluator's thread. */
  private static SiteResult site(Evaluator evaluator, NixAttrs value, Path root, Predicate<Path> inWorkspace,
      EvalIO io) {
    SiteReader reader = new SiteReader(evaluator, value);
    List<String> hosts = reader.hosts();
    List<Problem> problems = new ArrayList<>();
    for (String host : hosts) {
      if (evaluator.state().recorder() != null) {
        evaluator.state().recorder().phase(host); // values bound from now on came from this host
      }
      Problem.Place hostPlace = place(reader.location(host), root);
      try {
        HostDescription description = reader.description(host);
        SiteLocator locator = reader.locator(host, description);
        List<String> warnings = new ArrayList<>();
        try {
          Compilation compilation = S6RcCompiler.compile(
              List.of(new DescriptionSource(host + "/s6-rc/source", description, locator)), warnings, RcVersion.V0_5);
          CompiledWriter.check(compilation, CompileOptions.of(InstallPrefixes.debian()));
        } catch (CompileError e) {
          problems.add(compileProblem(e, host, hostPlace));
        }
        for (String warning : warnings) {
          problems.add(new Problem(Problem.Severity.WARNING, ProblemCodes.S6_COMPILE_WARNING,
              warning + " (host " + host + ")", hostPlace, List.of()));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(Problem.Severity.ERROR, ProblemCodes.S6_INVALID_DESCRIPTION,
            host + ": " + e.getMessage(), hostPlace, List.of()));
      } catch (NixError e) {
        if (e.kind() == ErrorKind.INTERRUPTED) {
          throw e;
        }
        problems.add(ErrorProblems.of(e, root, inWorkspace, io));
      }
    }
    return new SiteResult(hosts, problems);
  }

  private static Problem compileProblem(CompileError e, String host, Problem.Place hostPlace) {
    Problem.Place at = place(e.location(), null);
    List<Problem.Related> related = new ArrayList<>();
    for (CompileError.Note note : e.notes()) {
      Problem.Place where = place(note.location(), null);
      related.add(new Problem.Related(where != null ? where : at != null ? at : hostPlace, note.message()));
    }
    return new Problem(Problem.Severity.ERROR, ProblemCodes.S6_COMPILE_ERROR, e.getMessage() + " (host " + host + ")",
        at != null ? at : hostPlace, related);
  }

  private static Problem.Place place(SourceLocation location, Path fallback) {
    if (location == null) {
      return fallback == null ? null : new Problem.Place(fallback, 1, 1);
    }
    return new Problem.Place(Path.of(location.file()), location.line(), location.column());
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }
}
