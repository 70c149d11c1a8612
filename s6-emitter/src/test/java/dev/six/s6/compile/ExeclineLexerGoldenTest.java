package dev.six.s6.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ExeclineLexer} splits every script of {@code src/test/resources/execline/} exactly as the
 * real s6-rc-compile 0.5.4.1 did, or fails with the same message. One dynamic test per
 * {@code <case>.script}; next to it is one of:
 *
 * <ul>
 *   <li>{@code <case>.words}: the words the compiler stored, one per line, each in double quotes
 *       with {@code \\} for a backslash, {@code \"} for a double quote, {@code \n}, {@code \t},
 *       {@code \r}, and {@code \xHH} (two lowercase hex digits) for every other byte below 0x20 or
 *       from 0x7f up; other bytes stand for themselves. The quotes make leading spaces and empty
 *       words visible, and the escaping can be undone byte for byte. No words: an empty file.
 *   <li>{@code <case>.err}: the compiler's whole stderr line, for a source directory {@code src}
 *       and a oneshot named after the case.
 * </ul>
 *
 * <p>Cases whose name starts with {@code down-} were compiled as the oneshot's {@code down} script.
 * The expectations are the real compiler's output: for each case a source directory
 * {@code src/<case>/} with {@code type} = {@code oneshot} and the script as {@code up} (or
 * {@code down}) was compiled, and the words were read back with {@code s6-rc-db -c COMPILED
 * script <case>} (with {@code -d} for down). They are therefore never rewritten from our own output.
 */
class ExeclineLexerGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "execline");
  private static final String SCRIPT = ".script";

  @TestFactory
  List<DynamicTest> wordsAreThoseOfTheRealCompiler() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(DIR)) {
      scripts = files.filter(p -> p.toString().endsWith(SCRIPT)).sorted().toList();
    }
    assertTrue(scripts.size() >= 60, "golden cases in " + DIR);
    return scripts.stream()
        .map(script -> DynamicTest.dynamicTest(script.toString(), script.toUri(), () -> check(script)))
        .toList();
  }

  private static void check(Path script) throws IOException {
    String file = script.getFileName().toString();
    String name = file.substring(0, file.length() - SCRIPT.length());
    Path words = script.resolveSibling(name + ".words");
    Path err = script.resolveSibling(name + ".err");
    assertTrue(Files.exists(words) != Files.exists(err), name + " needs exactly one of .words and .err");

    String actual;
    try {
      actual = render(ExeclineLexer.words(read(script)));
    } catch (ExeclineSyntaxError e) {
      String scriptName = name.startsWith("down-") ? "down" : "up";
      actual = "s6-rc-compile: fatal: syntax error in src/" + name + "/" + scriptName + e.suffix() + "\n";
    }
    assertEquals(read(Files.exists(words) ? words : err), actual, name);
  }

  private static String render(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append('"');
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        switch (c) {
          case '\\':
            out.append("\\\\");
            break;
          case '"':
            out.append("\\\"");
            break;
          case '\n':
            out.append("\\n");
            break;
          case '\t':
            out.append("\\t");
            break;
          case '\r':
            out.append("\\r");
            break;
          default:
            if (c >= 0x20 && c < 0x7f) {
              out.append(c);
            } else {
              out.append(String.format("\\x%02x", (int) c));
            }
        }
      }
      out.append("\"\n");
    }
    return out.toString();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }
}
