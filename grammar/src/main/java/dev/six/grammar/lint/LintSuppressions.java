package dev.six.grammar.lint;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints a file says it means: a comment {@code # six-lint: allow CODE...} after code silences
 * those codes on its line, alone on a line it silences them on the next line, and
 * {@code # six-lint: allow-file CODE...} silences them in the whole file (a test that checks that
 * infuse throws, a fixture that is misplaced on purpose). Only lint codes can be silenced: what
 * Nix itself refuses is never hidden.
 */
public final class LintSuppressions {
  private static final Pattern ALLOW = Pattern.compile("#.*?six-lint:\\s*(allow-file|allow)\\s+([a-z_]+(?:[\\s,]+[a-z_]+)*)");

  private final Set<String> fileWide = new HashSet<>();
  private final Map<Integer, Set<String>> byLine = new HashMap<>();
  private final LineMap lines;

  private LintSuppressions(char[] text, int length) {
    this.lines = LineMap.of(text, length);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || text[i] == '\n') {
        String lineText = new String(text, start, i - start);
        Matcher m = ALLOW.matcher(lineText);
        if (m.find()) {
          boolean alone = lineText.substring(0, m.start()).isBlank();
          for (String code : m.group(2).split("[\\s,]+")) {
            if (m.group(1).equals("allow-file")) {
              fileWide.add(code);
            } else {
              byLine.computeIfAbsent(alone ? line + 1 : line, k -> new HashSet<>()).add(code);
            }
          }
        }
        line++;
        start = i + 1;
      }
    }
  }

  /** {@code lints} without those the file's comments allow. */
  public static List<Diagnostic> apply(char[] text, int length, List<Diagnostic> lints) {
    LintSuppressions s = new LintSuppressions(text, length);
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : lints) {
      String code = d.kind().code();
      Set<String> here = s.byLine.getOrDefault(s.lines.line(d.start()), Set.of());
      if (!s.fileWide.contains(code) && !here.contains(code)) {
        kept.add(d);
      }
    }
    return kept;
  }
}
