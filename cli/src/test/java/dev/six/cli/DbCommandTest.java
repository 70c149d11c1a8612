package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code six db} answers as s6-rc-db: every run recorded for the pipeline-funnel case of the
 * s6-emitter compile data set (made with the real s6-rc-db on the real compiler's output) gives the
 * same output, messages and status through the command line, options parsed by picocli.
 */
class DbCommandTest {
  private static final Path CASE = Path.of("..", "s6-emitter", "src", "test", "resources", "compile", "ok",
      "pipeline-funnel", "expected");

  @TempDir
  Path temp;

  @Test
  void everyRecordedRunOfAGoldenCase() throws IOException {
    install(temp.resolve("compiled"));
    String transcript = Files.readString(CASE.resolve("s6-rc-db.txt"), StandardCharsets.ISO_8859_1);
    // This case's transcript needs no unescaping: simple names, no scripts, no quoted arguments.
    assertTrue(!transcript.contains("\\") && !transcript.contains("'"), "a plain transcript");
    List<String> blocks = new ArrayList<>(Arrays.asList(transcript.split("(?m)^(?=\\$ s6-rc-db)")));
    assertTrue(blocks.size() > 50, "runs recorded: " + blocks.size());
    for (String block : blocks) {
      String header = block.substring(0, block.indexOf('\n'));
      List<String> args = new ArrayList<>(List.of("-c", "compiled"));
      args.addAll(List.of(header.substring("$ s6-rc-db ".length()).split(" ")));
      ScratchStore.Run run = six(args);
      assertEquals(block, render(header, run), header);
    }
  }

  @Test
  void theDefaultDatabaseIsLiveSlashCompiled() throws IOException {
    install(temp.resolve("live/compiled"));
    ScratchStore.Run run = six(List.of("-l", "live", "list", "longruns"));
    assertEquals(new ScratchStore.Run(0, "s6rc-oneshot-runner\ns6rc-fdholder\nlg\nq1\nq2\nq3\nunrelated\n", ""), run);
    ScratchStore.Run missing = six(List.of("type", "lg"));
    assertEquals(new ScratchStore.Run(111, "",
        "s6-rc-db: fatal: unable to take lock on /run/s6-rc/compiled: No such file or directory\n"), missing);
  }

  @Test
  void optionsStopAtTheCommandAsInS6RcDb() throws IOException {
    install(temp.resolve("compiled"));
    // After the command word, "-d" is a name (unknown here), not an option.
    assertEquals(new ScratchStore.Run(3, "", "s6-rc-db: fatal: -d is not a valid identifier in compiled\n"),
        six(List.of("-c", "compiled", "type", "-d")));
    String usage = "s6-rc-db: usage: s6-rc-db [ -u | -d ] [ -l live ] [ -c compiled ] [ -b ] command... "
        + "(use s6-rc-db help for more information)\n";
    assertEquals(new ScratchStore.Run(100, "", usage), six(List.of("-c", "compiled", "-x", "list", "all")));
    // Clustered options with the argument of the last one, as getopt takes them.
    assertEquals(new ScratchStore.Run(0, "q3\nq2\nq1\n", ""), six(List.of("-dc", "compiled", "dependencies", "lg")));
  }

  @Test
  void registeredAsASubcommandKeepingItsOptionSyntax() {
    String[] args = {"db", "-c", "compiled", "-u", "type", "-d", "--", "-x"};
    CommandLine six = SixCommand.commandLine(args);
    six.parseArgs(args);
    DbCommand db = six.getSubcommands().get("db").getCommand();
    assertEquals(List.of("type", "-d", "--", "-x"), db.words());
  }

  private ScratchStore.Run six(List<String> args) {
    return InProcess.run(DbCommand::new, Map.of(), temp.toString(), args);
  }

  /** A run as the transcript records it (compile/README.md), for transcripts without escapes. */
  private static String render(String header, ScratchStore.Run run) {
    StringBuilder b = new StringBuilder(header).append('\n').append(run.stdout());
    run.stderr().lines().forEach(line -> b.append("2> ").append(line).append('\n'));
    if (run.exitCode() != 0) {
      b.append("[exit ").append(run.exitCode()).append("]\n");
    }
    return b.toString();
  }

  private static void install(Path compiled) throws IOException {
    Files.createDirectories(compiled);
    for (String f : List.of("n", "db", "resolve.cdb")) {
      Files.copy(CASE.resolve("db").resolve(f), compiled.resolve(f));
    }
    Files.createFile(compiled.resolve("lock"));
  }
}
