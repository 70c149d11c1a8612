package dev.six.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs a six command in this JVM with an environment and directory of its own, capturing its output. */
final class InProcess {
  private InProcess() {}

  static ScratchStore.Run run(Function<Terminal, ? extends Subcommand> command, Map<String, String> environment, String cwd,
      List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, environment, cwd);
    int status = new CommandLine(command.apply(terminal).spec()).execute(args.toArray(new String[0]));
    terminal.flush();
    return new ScratchStore.Run(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
  }
}
