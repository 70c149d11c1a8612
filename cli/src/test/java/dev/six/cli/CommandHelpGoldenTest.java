package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's usage is {@code help/<command>.txt}: the options are described in code
 * ({@link CommandSpecs}), so this is what shows one missing, renamed or out of place. Every
 * command also answers {@code -V} with six's version.
 */
class CommandHelpGoldenTest {
  @TestFactory
  List<DynamicTest> everyCommandsUsage() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("six", () -> Golden.compare(Golden.resources("help/six.txt"),
        SixCommand.commandLine(new String[0]).getUsageMessage())));
    for (String name : SixCommand.subcommandNames()) {
      tests.add(DynamicTest.dynamicTest(name, () -> Golden.compare(Golden.resources("help/" + name + ".txt"),
          SixCommand.subcommand(name).getUsageMessage())));
    }
    assertEquals(9, tests.size(), "six and its eight subcommands");
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyCommandPrintsTheVersion() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : SixCommand.subcommandNames()) {
      tests.add(DynamicTest.dynamicTest(name, () -> {
        CommandLine command = SixCommand.subcommand(name);
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute("-V"));
        assertTrue(out.toString().matches("six \\S+\\n"), out.toString());
      }));
    }
    return tests;
  }
}
