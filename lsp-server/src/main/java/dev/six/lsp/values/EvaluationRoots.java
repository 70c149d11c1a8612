package dev.six.lsp.values;

import dev.six.eval.io.DiskIO;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import dev.six.lsp.eval.Evaluation;
import dev.six.lsp.eval.Evaluations;
import dev.six.lsp.eval.RecordingIO;
import dev.six.lsp.eval.RootEvaluator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The evaluation service's finished evaluations ({@link Evaluations}) as the value features read
 * them: each root's latest evaluation whose session recorded values (sessions made by
 * {@code SandboxedEvaluators} do), named by its root file relative to the workspace.
 */
public final class EvaluationRoots implements EvaluatedRoots {
  private final Supplier<Evaluations> evaluations;
  private final Supplier<Path> workspace;

  public EvaluationRoots(Supplier<Evaluations> evaluations, Supplier<Path> workspace) {
    this.evaluations = evaluations;
    this.workspace = workspace;
  }

  @Override
  public List<EvaluatedRoot> finished() {
    Evaluations all = evaluations.get();
    List<EvaluatedRoot> roots = new ArrayList<>();
    if (all == null) {
      return roots;
    }
    for (Evaluation evaluation : all.all()) {
      if (evaluation.value() != null && evaluation.evaluator().state().recorder() != null) {
        roots.add(new Root(evaluation, label(evaluation.root())));
      }
    }
    roots.sort(java.util.Comparator.comparing(EvaluatedRoot::label));
    return roots;
  }

  private String label(Path root) {
    Path folder = workspace.get();
    Path shown = folder != null && root.startsWith(folder) ? folder.relativize(root) : root;
    return Bytewise.of(shown.toString());
  }

  /** One evaluation, adapted. */
  private record Root(Evaluation evaluation, String label) implements EvaluatedRoot {
    @Override
    public ValueRecorder recorder() {
      return evaluation.evaluator().state().recorder();
    }

    @Override
    public Value value() {
      return evaluation.value();
    }

    @Override
    public <T> T evaluate(Function<EvalState, T> task, Duration limit) {
      return evaluation.run(() -> task.apply(evaluation.evaluator().state()), limit);
    }

    /** A new session with the same settings and parsed files as the evaluation's (so the same sandbox). */
    @Override
    public <T> T evaluateAgain(ValueRecorder recorder, BiFunction<EvalState, Value, T> task, Duration limit) {
      EvalState original = evaluation.evaluator().state();
      Evaluator again = new Evaluator(original.settings(), new RecordingIO(new DiskIO()),
          new PrintStream(OutputStream.nullOutputStream()), original.parsedFiles());
      again.state().record(recorder);
      return again.run(() -> task.apply(again.state(), RootEvaluator.topLevel(again, evaluation.root())), limit);
    }
  }
}
