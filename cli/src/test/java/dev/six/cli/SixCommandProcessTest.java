package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six} as a process: a subcommand run on its own (without the top-level command, for a
 * faster start) still names itself {@code six <name>} in its usage and errors, a command line it
 * cannot read is an {@code error:} line and exit status 1 as in Nix, and {@code six} without a
 * subcommand still lists them all.
 */
class SixCommandProcessTest {
  @TempDir
  Path dir;

  @Test
  void aSubcommandsUsageAndErrorsNameItAsSixSubcommand() throws Exception {
    Run bad = six("instantiate", "--bogus");
    assertEquals(new Run(1, "", "error: unrecognised flag '--bogus'\nTry 'six instantiate --help' for more information.\n"),
        bad);
    Run help = six("eval", "--help");
    assertEquals(0, help.status);
    assertTrue(help.stdout.startsWith("Usage: six eval "), help.stdout);
    Run value = six("instantiate", "--eval", "--strict", "-E", "{ a = 1 + 2; }");
    assertEquals(new Run(0, "{ a = 3; }\n", ""), value);
  }

  @Test
  void withoutASubcommandEveryOneIsListed() throws Exception {
    Run help = six("--help");
    assertEquals(0, help.status);
    for (String name : List.of("parse", "check", "instantiate", "realise", "eval", "build", "db", "lsp")) {
      assertTrue(help.stdout.contains("\n  " + name + " "), name + " missing from:\n" + help.stdout);
    }
  }

  private record Run(int status, String stdout, String stderr) {}

  private Run six(String... args) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, "dev.six.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_CACHE_HOME", dir.toString());
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    builder.redirectOutput(out.toFile());
    builder.redirectError(err.toFile());
    int status = builder.start().waitFor();
    return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
