package dev.six.cli;

import dev.six.lsp.server.TrainingSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The launcher's class-data-sharing training run, started once after each build with
 * {@code -XX:ArchiveClassesAtExit}: it runs the commands people run most (evaluation printed as
 * Nix, JSON and XML, {@code six eval}, {@code six parse}, {@code six check} on a bundled
 * expression, {@code six build} of the bundled site into a temporary directory, and an editor's
 * session with {@code six lsp} on that site), so that
 * the archive holds the classes every later run needs rather than only those of whichever
 * command happened to come first.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    // as an evaluating command starts
    Main.prepare(new String[] {"instantiate"});
    train();
    // LSP4J's connection threads idle for a minute before they end: the training is over now
    System.exit(0);
  }

  /** Runs every training command once, in this JVM. */
  static void train() throws Exception {
    Path dir = Files.createTempDirectory("six-cds-training-");
    Path file = dir.resolve("training.nix");
    try (InputStream in = CdsTraining.class.getResourceAsStream("cds-training.nix")) {
      Files.write(file, in.readAllBytes());
    }
    try {
      String path = file.toString();
      // Each run with the exit status it must end with (one shows an error).
      Map<List<String>, Integer> runs = new java.util.LinkedHashMap<>();
      runs.put(List.of("instantiate", "--eval", "--strict", path), 0);
      runs.put(List.of("instantiate", "--eval", "--strict", "--json", path), 0);
      runs.put(List.of("instantiate", "--eval", "--strict", "--xml", path), 0);
      runs.put(List.of("instantiate", "--eval", "-E", "(import " + path + ").attrs.missing.x"), 1);
      runs.put(List.of("eval", path), 0);
      runs.put(List.of("parse", path), 0);
      runs.put(List.of("check", dir.toString()), 0);
      // the main job: the bundled site into s6-rc databases (no firmware: that is Nix's work)
      Path site = Launcher.repositoryRoot().resolve("corpus/site");
      if (Files.isDirectory(site)) {
        runs.put(List.of("build", "--no-firmware", "-o", dir.resolve("result").toString(), site.toString()), 0);
      }
      // an editor's session with `six lsp` on the bundled site, in process over pipes
      if (Files.isDirectory(site)) {
        TrainingSession.run(site, site.resolve("hosts/router.nix"), dir.resolve("index"));
      }
      for (Map.Entry<List<String>, Integer> entry : runs.entrySet()) {
        List<String> run = entry.getKey();
        Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(), Map.of("HOME", dir.toString()), dir.toString());
        String[] arguments = run.toArray(new String[0]);
        // as SixCommand runs a named subcommand: on its own
        CommandLine cli = SixCommand.configured(
            new CommandLine(command(arguments[0], terminal).spec().name("six " + arguments[0])));
        cli.setOut(new PrintWriter(OutputStream.nullOutputStream()));
        cli.setErr(new PrintWriter(OutputStream.nullOutputStream()));
        int status = cli.execute(Arrays.copyOfRange(arguments, 1, arguments.length));
        if (status != entry.getValue()) {
          throw new IllegalStateException("training run 'six " + String.join(" ", run) + "' exited with " + status);
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Subcommand {@code name}, writing to {@code terminal}. */
  private static Subcommand command(String name, Terminal terminal) {
    return switch (name) {
      case "instantiate" -> new InstantiateCommand(terminal);
      case "eval" -> new EvalCommand(terminal);
      case "parse" -> new ParseCommand(terminal.stdin(), terminal.stdout(), terminal.stderr());
      case "check" -> new CheckCommand(terminal.stdout());
      case "build" -> new BuildCommand(terminal);
      default -> throw new IllegalArgumentException(name);
    };
  }
}
