package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.positionals;

import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.Severity;
import dev.six.grammar.lint.LintSuppressions;
import dev.six.grammar.lint.SixLints;
import dev.six.grammar.syntax.LineMap;
import dev.six.lsp.eval.Problem;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.six.lsp.ide.UnusedBindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six check}: parses every {@code .nix} file under the given paths and reports all syntax,
 * structure and scope errors as {@code file:line:col: error[code]: message}, like a compiler, with
 * sixos's lints and the unused names the editor shows (warnings; hints on request); then evaluates
 * the roots among them as the language server does on save ({@link EvaluationCheck}) and reports
 * their evaluation and s6-rc errors the same way, or everything as JSON for tools.
 */
final class CheckCommand implements Callable<Integer>, Subcommand {
  private final List<String> paths = new ArrayList<>();
  private boolean quiet;
  private boolean hints;
  private boolean noEval;
  private boolean json;

  private final PrintStream out;

  CheckCommand() {
    this(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8));
  }

  CheckCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "check",
        "Check Nix files for syntax errors, duplicate attributes and undefined variables, and sixos's rules: infusions"
            + " infuse would refuse, by-name service files in the wrong place or not functions.",
        "Also reports unused names: let bindings and with (warnings), formals, arguments and unnecessary rec"
            + " (hints, printed with --hints). Directories are searched for .nix files recursively.",
        "Exits 1 when any error is found; warnings and hints do not change the exit status.",
        "Then evaluates the roots among them, as the language server does on save: default.nix and site.nix files"
            + " no other checked file imports and that need no arguments (a site's hosts are compiled by s6-rc-compile's"
            + " rules, anything else is evaluated completely); --no-eval skips this.",
        "Without PATH, checks the bundled corpus/ except corpus/broken/ (deliberately broken sites), and evaluates it"
            + " except corpus/broken-s6/ too; name them explicitly to check them.");
    spec.addPositional(positionals(paths, "0..*", "PATH",
        "Files or directories to check (default: the bundled corpus/, without corpus/broken/)."));
    spec.addOption(flag(on -> quiet = on, "Print only the diagnostics, not the summary line.", "--quiet"));
    spec.addOption(flag(on -> hints = on,
        "Also print hints (unused formals and arguments, unnecessary rec).", "--hints"));
    spec.addOption(flag(on -> noEval = on, "Only parse and check; evaluate nothing.", "--no-eval"));
    spec.addOption(flag(on -> json = on, "Print every diagnostic, hints included, as one JSON object.", "--json"));
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    Path corpus = Launcher.repositoryRoot().resolve("corpus");
    List<Path> roots = paths.isEmpty() ? List.of(corpus) : paths.stream().map(Path::of).toList();
    // corpus/broken/ holds sites broken on purpose (syntax errors, undefined variables, ...):
    // the default run leaves it out; an explicit PATH is always checked in full.
    Path excluded = paths.isEmpty() ? corpus.resolve("broken") : null;
    String cwd = System.getProperty("user.dir");
    String home = System.getenv().getOrDefault("HOME", "/");
    int files = 0;
    int errors = 0;
    int warnings = 0;
    int hintCount = 0;
    CheckJson report = json ? new CheckJson(out) : null;
    // evaluation finds syntax and scope errors again: each is reported once
    Set<String> reported = new HashSet<>();
    for (Path file : nixFiles(roots)) {
      if (excluded != null && file.startsWith(excluded)) {
        continue;
      }
      files++;
      SourceInput input = SourceInput.file(file.toString(), cwd, home);
      StaticCheck.Outcome outcome =
          StaticCheck.parseAndCheck(input.text(), input.text().length, input.origin(), new SymbolTable(), input.context());
      LineMap lines = LineMap.of(input.text(), input.text().length);
      List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
      if (!outcome.hasErrors()) {
        List<Diagnostic> lints = new ArrayList<>(
            SixLints.check(file.toAbsolutePath().normalize().toString(), input.text(), input.text().length, outcome.expr()));
        lints.addAll(UnusedBindings.check(input.text(), input.text().length));
        all.addAll(LintSuppressions.apply(input.text(), input.text().length, lints));
        all.sort(Comparator.comparingInt(Diagnostic::start));
      }
      for (Diagnostic d : all) {
        switch (d.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          default -> hintCount++;
        }
        reported.add(display(file) + ":" + lines.line(d.start()) + ":" + lines.column(d.start()) + ": " + d.message());
        if (report != null) {
          report.add(display(file), lines, d);
          continue;
        }
        if (d.severity() != Severity.ERROR && d.severity() != Severity.WARNING && !hints) {
          continue;
        }
        out.printf("%s:%d:%d: %s[%s]: %s%n", display(file), lines.line(d.start()), lines.column(d.start()),
            d.severity().name().toLowerCase(), d.kind().code(), d.message());
      }
    }
    int evaluatedRoots = 0;
    if (!noEval) {
      // corpus/broken-s6/ evaluates to hosts s6-rc-compile refuses, on purpose
      Path excludedSites = paths.isEmpty() ? corpus.resolve("broken-s6") : null;
      EvaluationCheck.Outcome evaluated = EvaluationCheck.run(roots, p -> excluded != null
          && (p.startsWith(excluded) || p.startsWith(excludedSites)), Path.of(cwd), nixPath(), System.err);
      evaluatedRoots = evaluated.roots();
      for (Problem p : evaluated.problems()) {
        if (reported.contains(display(p.place().file()) + ":" + p.place().line() + ":" + p.place().column() + ": "
            + p.message())) {
          continue;
        }
        if (p.isError()) {
          errors++;
        } else {
          warnings++;
        }
        if (report != null) {
          report.add(display(p.place().file()), p, CheckCommand::display);
          continue;
        }
        out.printf("%s:%d:%d: %s[%s]: %s%n", display(p.place().file()), p.place().line(), p.place().column(),
            p.severity().name().toLowerCase(), p.code(), p.message());
        if (!p.code().startsWith("E")) {
          // s6-rc's notes (each edge of a cycle) explain the error; an evaluation's trace is for the editor
          for (Problem.Related r : p.related()) {
            out.printf("%s:%d:%d: note: %s%n", display(r.place().file()), r.place().line(), r.place().column(),
                r.message());
          }
        }
      }
    }
    if (report != null) {
      report.finish(files);
    } else if (!quiet) {
      out.printf("checked %d file%s%s: %s%s%s%n", files, files == 1 ? "" : "s",
          evaluatedRoots == 0 ? "" : " and evaluated " + evaluatedRoots + " root" + (evaluatedRoots == 1 ? "" : "s"),
          errors == 0 ? "no errors" : errors + " error" + (errors == 1 ? "" : "s"),
          warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"),
          hintCount == 0 ? "" : ", " + hintCount + " hint" + (hintCount == 1 ? "" : "s") + (hints ? "" : " (--hints shows them)"));
    }
    out.flush();
    return errors == 0 ? 0 : 1;
  }

  /** {@code NIX_PATH}'s entries, for {@code <...>} in what is evaluated. */
  private static List<String> nixPath() {
    String value = System.getenv("NIX_PATH");
    List<String> entries = new ArrayList<>();
    if (value != null) {
      for (String entry : value.split(":")) {
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  private static String display(Path file) {
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }

  static List<Path> nixFiles(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".nix") && Files.isRegularFile(p)).sorted().forEach(files::add);
        }
      } else if (Files.exists(root)) {
        files.add(root);
      } else {
        throw new IOException("no such file or directory: " + root);
      }
    }
    return files;
  }
}
