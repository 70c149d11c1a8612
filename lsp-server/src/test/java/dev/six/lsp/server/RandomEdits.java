package dev.six.lsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The edits a person makes while typing Nix, drawn at random: characters and whole tokens typed,
 * characters and lines deleted, lines duplicated, fragments of other files pasted, several changes
 * in one notification, and an undo back to the text on disk. Each edit is applied to the
 * document's text here too, so the test always knows what the server should have.
 */
final class RandomEdits {
  /** What one keystroke may type: Nix's punctuation, letters, and characters outside ASCII. */
  private static final String KEYS = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_-'.;:=@?!/+*<>{}[]()\"$# \n\n\n    éß😀";
  /** What completion or a practised hand inserts at once. */
  private static final String[] TOKENS = {
    "let ", " in ", "{ ", " }", ";", " = ", "\"", "''", "${", "}", "rec ", "with ", "inherit ", "(", ")", "[ ", " ]",
    ": ", "@", "...", " or ", ".", "# ", "/*", "*/", "./default.nix", "../", "<nixpkgs>", "if ", " then ", " else ",
    "assert ", "x", "builtins.", "builtins.map ", "import ", "targets.", "services.", "__assign", "__append",
    "__prepend", "__input", "__output", "__init", "__default", "__unknown", "infuse ", "final: prev: ", "null",
    "true", "false", "42", "3.14", "\"${x}\"", "''\n  text ${y}\n''", "-> ", " // ", " ++ ", "lib.mkForce ",
    "{ a, b ? 1, ... }: ", "x: y: ", "\\", "\t", "\u00a0"
  };

  private final Random random;
  private final List<String> fragments;

  /** {@code fragments}: texts to paste from (the workspace's files). */
  RandomEdits(Random random, List<String> fragments) {
    this.random = random;
    this.fragments = fragments;
  }

  /** Makes one random edit to {@code document}: returns the changes to send, already applied to its text. */
  List<TextDocumentContentChangeEvent> edit(SoakDocument document) {
    int draws = random.nextInt(100);
    if (draws < 4) {
      return List.of(undo(document));
    }
    int changes = draws < 12 ? 2 + random.nextInt(3) : 1;
    List<TextDocumentContentChangeEvent> out = new ArrayList<>();
    for (int i = 0; i < changes; i++) {
      out.add(oneChange(document));
    }
    return out;
  }

  /** What an editor's undo to the saved text sends: either the whole text or one range over all of it. */
  private TextDocumentContentChangeEvent undo(SoakDocument document) {
    TextDocumentContentChangeEvent change = random.nextBoolean()
        ? new TextDocumentContentChangeEvent(document.original)
        : new TextDocumentContentChangeEvent(document.range(0, document.text.length()), document.original);
    document.text = document.original;
    return change;
  }

  private TextDocumentContentChangeEvent oneChange(SoakDocument document) {
    String text = document.text;
    int kind = random.nextInt(100);
    if (text.isEmpty() || kind < 25) {
      return replace(document, anywhere(document), 0, typed());
    } else if (kind < 50) {
      return replace(document, anywhere(document), 0, TOKENS[random.nextInt(TOKENS.length)]);
    } else if (kind < 68) {
      int start = anywhere(document);
      return replace(document, start, 1 + random.nextInt(Math.min(12, text.length() - start + 1)), "");
    } else if (kind < 78) {
      int[] line = line(document);
      return replace(document, line[0], line[1] - line[0], "");
    } else if (kind < 86) {
      int[] line = line(document);
      return replace(document, line[0], 0, text.substring(line[0], line[1]));
    } else {
      return replace(document, lineStart(document), 0, fragment());
    }
  }

  /** Replaces {@code length} characters at {@code start} (moved off surrogate halves) by {@code inserted}. */
  private static TextDocumentContentChangeEvent replace(SoakDocument document, int start, int length, String inserted) {
    int from = document.snap(Math.min(start, document.text.length()));
    int to = document.snap(Math.min(from + length, document.text.length()));
    TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(document.range(from, to), inserted);
    document.text = document.text.substring(0, from) + inserted + document.text.substring(to);
    return change;
  }

  private String typed() {
    StringBuilder keys = new StringBuilder();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(KEYS.length());
      if (Character.isLowSurrogate(KEYS.charAt(at))) {
        at--;
      }
      keys.append(KEYS.charAt(at));
      if (Character.isHighSurrogate(KEYS.charAt(at))) {
        keys.append(KEYS.charAt(at + 1));
      }
    }
    return keys.toString();
  }

  /** One to fifteen whole lines of some workspace file. */
  private String fragment() {
    String source = fragments.get(random.nextInt(fragments.size()));
    String[] lines = source.split("\n", -1);
    int first = random.nextInt(lines.length);
    int count = 1 + random.nextInt(15);
    StringBuilder out = new StringBuilder();
    for (int i = first; i < Math.min(lines.length, first + count); i++) {
      out.append(lines[i]).append('\n');
    }
    return out.toString();
  }

  private int anywhere(SoakDocument document) {
    return random.nextInt(document.text.length() + 1);
  }

  private int lineStart(SoakDocument document) {
    int at = anywhere(document);
    return document.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** A random line's start and end, its newline included when it has one. */
  private int[] line(SoakDocument document) {
    int start = lineStart(document);
    int newline = document.text.indexOf('\n', start);
    return new int[] {start, newline < 0 ? document.text.length() : newline + 1};
  }
}
