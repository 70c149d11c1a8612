package dev.six.bench.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where people point in a Nix file: the middle of each identifier outside comments, as protocol
 * positions (line, UTF-16 column). Keywords are left out; strings are not told apart, which only
 * adds a few requests that find nothing.
 */
final class Identifiers {
  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_'-])[A-Za-z_][A-Za-z0-9_'-]*");
  private static final Set<String> KEYWORDS = Set.of("let", "in", "rec", "with", "inherit", "if", "then", "else",
      "assert", "or", "true", "false", "null");

  /** A position in a document. */
  record At(int line, int character) {}

  private Identifiers() {}

  static List<At> in(String text) {
    List<At> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String code = lines[line];
      int comment = code.indexOf('#');
      if (comment >= 0) {
        code = code.substring(0, comment);
      }
      Matcher m = NAME.matcher(code);
      while (m.find()) {
        if (!KEYWORDS.contains(m.group())) {
          out.add(new At(line, (m.start() + m.end()) / 2));
        }
      }
    }
    return out;
  }
}
