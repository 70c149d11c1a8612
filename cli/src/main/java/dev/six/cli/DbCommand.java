package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.value;

import dev.six.s6.db.DbTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UnmatchedArgsBinding;

/**
 * {@code six db}: questions about a compiled s6-rc database, answered exactly as
 * {@code s6-rc-db} 0.5.4.1 answers them (same output, messages and exit statuses), by
 * {@link DbTool}. As with s6-rc-db, options end at the command word, so names that look like
 * options can follow it.
 */
final class DbCommand implements Callable<Integer>, Subcommand {
  private String compiled;
  private String live = DbTool.DEFAULT_LIVE;
  private boolean blocking;
  private boolean up = true;
  private final List<String> words = new ArrayList<>();
  /** Options picocli does not know, which s6-rc-db rejects with its usage message. */
  private final List<String> unknownOptions = new ArrayList<>();

  private final Terminal terminal;

  DbCommand() {
    this(Terminal.system());
  }

  DbCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "db",
        "Print what s6-rc-db 0.5.4.1 prints about a compiled s6-rc database. Commands:",
        "  check                          verify the database",
        "  list all|services|oneshots|longruns|bundles",
        "  type NAME                      oneshot, longrun or bundle",
        "  timeout NAME, script ONESHOT   up (-u) or down (-d)",
        "  contents BUNDLE, atomics NAME...",
        "  dependencies NAME...           direct dependencies (-u) or dependents (-d)",
        "  all-dependencies NAME...       the same, transitively",
        "  pipeline LONGRUN, flags NAME, help",
        "Exit status: 3 unknown name, 4 corrupt database, 5 wrong type of service, 100 usage, 111 system error.");
    spec.addOption(value(path -> compiled = path, "COMPILED", "The compiled database (default: LIVE/compiled).", "-c"));
    spec.addOption(value(path -> live = path, "LIVE",
        "The live state directory (default: " + DbTool.DEFAULT_LIVE + ").", "-l"));
    spec.addOption(flag(on -> blocking = on, "Wait for the database lock instead of failing when it is taken.", "-b"));
    spec.addOption(flag(on -> up = true, "Up direction: dependencies, up timeout, up script (the default).", "-u"));
    spec.addOption(flag(on -> up = false, "Down direction: dependents, down timeout, down script.", "-d"));
    spec.addPositional(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity("0..*")
        .paramLabel("COMMAND").description("The command and its arguments.").preprocessor(new RestAreWords())
        .hasInitialValue(false).build());
    spec.addUnmatchedArgsBinding(UnmatchedArgsBinding.forStringArrayConsumer(CommandSpecs.<String[]>setter(
        unmatched -> {
          // picocli sets null first, before parsing
          unknownOptions.clear();
          if (unmatched != null) {
            unknownOptions.addAll(Arrays.asList(unmatched));
          }
        })));
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      DbTool tool = new DbTool(Path.of(terminal.cwd()), terminal.stdout(), terminal.stderr());
      // An unknown option fails as a command would: with s6-rc-db's usage message and status.
      List<String> command = unknownOptions.isEmpty() ? words : unknownOptions;
      return tool.run(new DbTool.Options(compiled, live, up, blocking), command);
    } finally {
      terminal.flush();
    }
  }

  /** The command words: the command and everything after it. */
  List<String> words() {
    return words;
  }

  /**
   * s6-rc-db's option syntax: options stop at the command word, so that everything after it is a
   * word even when it looks like an option ({@code six db type -d} asks about a service named
   * {@code -d}). Done here rather than with picocli's parser settings, which a parent command
   * overrides when it adds this one.
   */
  static final class RestAreWords implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
      DbCommand command = spec.commandLine().getCommand();
      while (!args.isEmpty()) {
        command.words.add(args.pop());
      }
      return true;
    }
  }
}
