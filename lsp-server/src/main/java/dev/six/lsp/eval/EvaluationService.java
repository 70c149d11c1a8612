package dev.six.lsp.eval;

import dev.six.eval.runtime.ParsedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a workspace's roots in the background, on one thread of its own: all of them once
 * configured, then, on each save, the roots whose latest evaluation read the saved file (or listed
 * its directory). Roots wait in a queue, one evaluated at a time; a save that makes the running
 * evaluation stale cancels it and queues its root again. Whatever goes wrong with one root is
 * logged and reported as that root's problem: nothing stops the thread.
 */
public final class EvaluationService {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);
  /** A file whose creation may add a root; see {@link RootDiscovery}. */
  private static final Set<String> ROOT_NAMES = Set.of("default.nix", "site.nix");

  /** Where results go: a root's problems, all of them each time (an empty list clears them). */
  public interface Listener {
    void problems(Path root, List<Problem> problems);

    /** An evaluation of {@code root} starts (its problems follow, unless it is cancelled). */
    default void started(Path root) {}

    /** The evaluation of {@code root} ended after {@code millis}; its {@code problems} were just given. */
    default void evaluated(Path root, long millis, int problems) {}
  }

  private final Listener listener;
  private final Evaluations evaluations = new Evaluations();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread t = new Thread(runnable, "six-lsp-evaluation");
    t.setDaemon(true);
    return t;
  });
  private final PrintStream traceLog = new PrintStream(new LogLines(), true, StandardCharsets.UTF_8);

  // guarded by this
  private Path workspace;
  private Settings settings = Settings.DEFAULTS;
  private SandboxedEvaluators factory;
  private List<Path> roots = List.of();
  private final LinkedHashSet<Path> pending = new LinkedHashSet<>();
  private boolean discoveryPending;
  private boolean evaluateAll; // the next discovery queues every root, not only new ones
  private boolean draining;
  private Path runningRoot;
  private Cancellation running;
  private long generation;

  public EvaluationService(Listener listener) {
    this.listener = listener;
  }

  /** The finished evaluations, for features that need values. */
  public Evaluations evaluations() {
    return evaluations;
  }

  /**
   * Starts over with new settings: the running evaluation is cancelled, the roots are found again,
   * and every root is evaluated (when evaluation is on; when it is off, every problem is cleared).
   */
  public synchronized void configure(Path workspaceFolder, Settings newSettings) {
    if (workspaceFolder == null) {
      return;
    }
    generation++;
    workspace = workspaceFolder.toAbsolutePath().normalize();
    settings = newSettings;
    factory = new SandboxedEvaluators(workspace, newSettings.nixPath(), traceLog,
        factory == null ? new ParsedFiles() : factory.parsedFiles());
    cancelRunning();
    pending.clear();
    if (!newSettings.evaluation()) {
      clearAll();
      return;
    }
    discoveryPending = true;
    evaluateAll = true;
    drain();
  }

  /** Re-evaluates the roots {@code file} may affect, once it has been saved. */
  public synchronized void saved(Path file) {
    if (factory == null || !settings.evaluation()) {
      return;
    }
    Path normal = file.toAbsolutePath().normalize();
    if (roots.contains(normal) && !Files.exists(normal)) {
      discoveryPending = true; // a root deleted: no longer a root, its problems go
      drain();
      return;
    }
    Set<Path> affected = new LinkedHashSet<>();
    if (roots.contains(normal)) {
      affected.add(normal);
    }
    for (Evaluation evaluation : evaluations.all()) {
      if (evaluation.reads(normal) || normal.getParent() != null && evaluation.reads(normal.getParent())) {
        affected.add(evaluation.root());
      }
    }
    if (affected.isEmpty() && ROOT_NAMES.contains(normal.getFileName().toString()) && normal.startsWith(workspace)) {
      discoveryPending = true; // perhaps a new root
    }
    request(affected);
  }

  /** Stops evaluating: the running evaluation is cancelled, nothing queued starts. */
  public synchronized void stop() {
    generation++;
    pending.clear();
    cancelRunning();
    thread.shutdown();
  }

  private void request(Collection<Path> requested) {
    pending.addAll(requested);
    if (runningRoot != null && requested.contains(runningRoot)) {
      cancelRunning(); // its result would be stale; it is queued again
    }
    drain();
  }

  private void drain() {
    if (!draining && !thread.isShutdown()) {
      draining = true;
      thread.execute(this::evaluatePending);
    }
  }

  private void cancelRunning() {
    if (running != null) {
      running.cancel();
    }
  }

  /** The evaluation thread's loop: takes roots from the queue until it is empty. */
  private void evaluatePending() {
    while (true) {
      Path root;
      Cancellation cancellation = new Cancellation();
      SandboxedEvaluators evaluators;
      Settings current;
      long started;
      boolean discover;
      synchronized (this) {
        discover = discoveryPending;
        discoveryPending = false;
        started = generation;
        evaluators = factory;
        current = settings;
        if (!discover) {
          if (pending.isEmpty()) {
            draining = false;
            return;
          }
          root = pending.iterator().next();
          pending.remove(root);
          runningRoot = root;
          running = cancellation;
        } else {
          root = null;
        }
      }
      if (discover) {
        discover(evaluators, current, started);
        continue;
      }
      Evaluation evaluation = null;
      List<Problem> problems;
      long begun = System.nanoTime();
      try {
        listener.started(root);
        evaluation = RootEvaluator.evaluate(evaluators, root, current.timeLimit(), cancellation);
        problems = evaluation == null ? null : evaluation.problems();
        if (evaluation != null) {
          LOG.info("evaluated {} in {} ms: {} problem(s)", root, evaluation.millis(), problems.size());
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.error("evaluating {} failed", root, e);
        problems = List.of(new Problem(Problem.Severity.ERROR, ProblemCodes.INTERNAL_ERROR,
            "six could not evaluate this root (an internal error: " + e + "); the server log has the details",
            new Problem.Place(root, 1, 1), List.of()));
      }
      synchronized (this) {
        runningRoot = null;
        running = null;
        if (problems == null || started != generation) {
          continue; // cancelled, or the settings changed meanwhile: a newer evaluation follows
        }
        if (evaluation != null) {
          evaluations.record(evaluation);
        }
      }
      publish(root, problems);
      try {
        listener.evaluated(root, (System.nanoTime() - begun) / 1_000_000, problems.size());
      } catch (RuntimeException e) {
        LOG.error("reporting the evaluation of {} failed", root, e);
      }
    }
  }

  private void discover(SandboxedEvaluators evaluators, Settings current, long started) {
    List<Path> found;
    try {
      found = RootDiscovery.roots(evaluators.workspace(), current.roots());
    } catch (IOException | RuntimeException e) {
      LOG.error("finding the evaluation roots of {} failed", evaluators.workspace(), e);
      found = List.of();
    }
    LOG.info("{} evaluation root(s): {}", found.size(), found);
    List<Path> gone = new ArrayList<>();
    synchronized (this) {
      if (started != generation) {
        return;
      }
      for (Path old : roots) {
        if (!found.contains(old)) {
          gone.add(old);
          pending.remove(old);
          evaluations.forget(old);
        }
      }
      for (Path root : found) {
        if (evaluateAll || !roots.contains(root) || evaluations.latest(root).isEmpty()) {
          pending.add(root);
        }
      }
      evaluateAll = false;
      roots = List.copyOf(found);
    }
    for (Path root : gone) {
      publish(root, List.of());
    }
  }

  private void clearAll() {
    List<Path> cleared = roots;
    roots = List.of();
    evaluations.clear();
    for (Path root : cleared) {
      publish(root, List.of());
    }
  }

  private void publish(Path root, List<Problem> problems) {
    try {
      listener.problems(root, problems);
    } catch (RuntimeException e) {
      LOG.error("publishing the problems of {} failed", root, e);
    }
  }

  /** {@code builtins.trace} and warnings of the evaluations, line by line into the server's log. */
  private static final class LogLines extends OutputStream {
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        LOG.info("evaluation: {}", line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
