package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.grammar.oracle.NixInstantiate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * {@code six parse --first-error} against {@code nix-instantiate --parse} on the parser's error
 * cases: the exit code must be 1 for both, and when both report the same position the error must
 * have Nix's shape line for line (position line and source excerpt with caret). Messages of errors
 * Nix phrases well (duplicates, undefined variables, literals) must be Nix's exact text; syntax
 * errors get our own, clearer message.
 */
class ParseErrorOracleTest {

  @TestFactory
  List<DynamicTest> errorsHaveNixsShape() throws Exception {
    Path nix = NixInstantiate.require();
    Path cases = Path.of("..", "grammar", "src", "test", "resources", "parser", "err").toAbsolutePath().normalize();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(cases)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".nix")).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> compare(nix, file)));
      }
    }
    return tests;
  }

  /** Standard input: Nix names it «stdin» (in UTF-8) and shows the empty line after a final newline. */
  @TestFactory
  List<DynamicTest> standardInputIsShownAsNixShowsIt() throws Exception {
    Path nix = NixInstantiate.require();
    List<DynamicTest> tests = new ArrayList<>();
    for (String input : List.of("x", "let\n  a = 1;\n  b = x;\nin a\n", "{ a = 1; a = 2; }", "[ ./a ~/b ]\n", "1 +")) {
      tests.add(DynamicTest.dynamicTest(input.replace("\n", "\\n"), () -> compareStdin(nix, input)));
    }
    return tests;
  }

  private static void compareStdin(Path nix, String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String cwd = System.getProperty("user.dir");
    NixInstantiate.Run oracle = NixInstantiate.parseStdin(nix, bytes, cwd);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new CommandLine(new ParseCommand(new ByteArrayInputStream(bytes), out, err).spec()).execute("--first-error", "-");
    assertEquals(oracle.exitCode(), status);
    if (status == 0) {
      String home = System.getenv().getOrDefault("HOME", "/");
      assertEquals(oracle.stdout().replace(NixInstantiate.HOME, home), out.toString(StandardCharsets.ISO_8859_1));
      return;
    }
    String[] theirs = oracle.stderr().split("\n", 2);
    String[] mine = err.toString(StandardCharsets.ISO_8859_1).split("\n", 2);
    assertEquals(theirs[1], mine[1]);
    if (!isSyntaxMessage(theirs[0])) {
      assertEquals(theirs[0], mine[0]);
    }
  }

  private static void compare(Path nix, Path file) throws Exception {
    NixInstantiate.Run oracle = NixInstantiate.parse(nix, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String saved = System.getProperty("user.dir");
    int status = new CommandLine(new ParseCommand(new ByteArrayInputStream(new byte[0]), out, err).spec())
        .execute("--first-error", file.toString());
    String ours = err.toString(StandardCharsets.ISO_8859_1);
    assertEquals(1, oracle.exitCode(), "Nix accepts " + file);
    assertEquals(1, status, "six accepts " + file);
    assertEquals(saved, System.getProperty("user.dir"));
    String nixPosition = oracle.errorPosition();
    String ourPosition = position(ours);
    if (nixPosition == null || !nixPosition.equals(ourPosition)) {
      return;
    }
    String[] theirs = oracle.stderr().split("\n", 2);
    String[] mine = ours.split("\n", 2);
    assertEquals(theirs[1], mine[1], "error shape differs for " + file);
    if (!isSyntaxMessage(theirs[0])) {
      assertEquals(theirs[0], mine[0], "message differs for " + file);
    }
  }

  private static boolean isSyntaxMessage(String line) {
    return line.startsWith("error: syntax error");
  }

  private static String position(String stderr) {
    return new NixInstantiate.Run(1, "", stderr).errorPosition();
  }
}
