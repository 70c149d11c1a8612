package dev.six.s6.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The positions and reasons that {@link ExeclineSyntaxError} adds for our own messages point at the
 * byte that caused each kind of error. s6-rc-compile prints neither, so there is nothing to compare
 * with; the golden cases of {@link ExeclineLexerGoldenTest} cover which scripts fail and how.
 */
class ExeclineSyntaxErrorPositionTest {

  @TestFactory
  List<DynamicTest> errorsPointAtTheOffendingByte() {
    return List.of(
        check("unmatched-close", "a\n  b }\n", "line 2, column 5: unmatched }"),
        check("unmatched-open-is-innermost-still-open", "{ x\n{ y { z }\n", "line 2, column 1: unmatched {"),
        check("open-brace-at-end", "a\tb {",
            "line 1, column 5: { at the end of the script must be followed by whitespace"),
        check("unterminated-quote-at-its-opening-quote", "a \"b\"c \"d\ne",
            "line 1, column 8: unterminated quoted string"),
        check("trailing-backslash", "x\nab\\", "line 2, column 3: backslash at the end of the script"),
        check("bad-hex-escape", "\"ab \\0xg\"",
            "line 1, column 5: \\0x in a quoted string must be followed by a hex digit"),
        check("bad-octal-escape", "\"\\08\"",
            "line 1, column 2: \\0 in a quoted string must be followed by an octal digit or x"),
        check("numeric-escape-out-of-range", "\n \"\\256\"",
            "line 2, column 3: a numeric escape must give a byte from 1 to 255, not 256"),
        check("zero-escape", "\"\\0x00\"",
            "line 1, column 2: a numeric escape must give a byte from 1 to 255, not 0"),
        check("columns-count-bytes", "\u00c3\u00a9 }", "line 1, column 4: unmatched }"));
  }

  private static DynamicTest check(String name, String script, String message) {
    return DynamicTest.dynamicTest(name, () -> {
      ExeclineSyntaxError e = assertThrows(ExeclineSyntaxError.class, () -> ExeclineLexer.words(script));
      assertEquals(message, e.getMessage());
    });
  }
}
