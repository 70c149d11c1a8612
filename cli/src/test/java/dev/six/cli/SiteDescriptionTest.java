package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.six.grammar.oracle.NixInstantiate;
import dev.six.grammar.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The example site ({@code corpus/site}): for every host, its s6-rc description
 * ({@code (import corpus/site).descriptions.<host>}, printed by {@code --eval --strict --json})
 * is the committed golden {@code site/<host>.json} under the real {@code nix-instantiate} and,
 * identically, under six; and its firmware image has the same drvPath and outPath under both.
 *
 * <p>Nix 2.8 prints {@code --json} output without a trailing newline and six (as current Nix)
 * with one: one trailing newline is stripped before comparing. {@code -Dgolden.update=true}
 * rewrites the goldens from Nix's output; a missing golden is written and the test fails.
 */
class SiteDescriptionTest {
  private static final Path SITE = Path.of("..", "corpus", "site").toAbsolutePath().normalize();
  private static final Path EXPECTED = Golden.resources("site");
  private static final Map<String, String> ENVIRONMENT = Map.of("HOME", NixInstantiate.HOME);
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

  @TestFactory
  List<DynamicTest> everyHostDescribesAsNixDoes() throws Exception {
    Path nix = NixInstantiate.require();
    List<String> hosts = strings(nixEval(nix, "builtins.attrNames (import " + SITE + ").hosts", false));
    assertFalse(hosts.isEmpty(), "the site has no hosts");
    List<DynamicTest> tests = new ArrayList<>();
    for (String host : hosts) {
      tests.add(DynamicTest.dynamicTest(host, SITE.resolve("hosts").resolve(host + ".nix").toUri(), () -> {
        String description = "(import " + SITE + ").descriptions." + host;
        String theirs = nixEval(nix, description, true);
        Golden.compare(EXPECTED.resolve(host + ".json"), theirs);
        assertEquals(theirs, sixEval(description, true), "six's description of " + host);

        String firmware = "let d = (import " + SITE + ").firmware." + host + "; in [ d.drvPath d.outPath ]";
        String paths = nixEval(nix, firmware, false);
        assertEquals(2, strings(paths).size(), paths);
        assertEquals(paths, sixEval(firmware, false), "six's firmware paths of " + host);
      }));
    }
    return tests;
  }

  private static List<String> args(String expression, boolean json) {
    return json
        ? List.of("--eval", "--strict", "--json", "-E", expression)
        : List.of("--eval", "--strict", "-E", expression);
  }

  private static String nixEval(Path nix, String expression, boolean json) throws Exception {
    NixInstantiate.Run run = NixInstantiate.run(nix, args(expression, json), ENVIRONMENT, SITE.toString());
    if (!run.stderr().isEmpty() && run.stdout().isEmpty()) {
      fail("nix-instantiate failed on " + expression + ":\n" + run.stderr());
    }
    return stripNewline(run.stdout());
  }

  private static String sixEval(String expression, boolean json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, ENVIRONMENT, SITE.toString());
    int status = new CommandLine(new InstantiateCommand(terminal).spec()).execute(args(expression, json).toArray(new String[0]));
    if (status != 0) {
      return "exit " + status + ": " + err.toString(StandardCharsets.ISO_8859_1);
    }
    return stripNewline(out.toString(StandardCharsets.ISO_8859_1));
  }

  private static String stripNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<String> strings(String nixList) {
    List<String> result = new ArrayList<>();
    Matcher m = STRING.matcher(nixList);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }

}
