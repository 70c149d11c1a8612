package dev.six.s6.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The transcript format of {@code expected/s6-rc-db.txt} (see compile/README.md): blocks headed by
 * {@code $ s6-rc-db ARGS}, with standard output escaped line by line, standard error lines after
 * {@code 2> }, and {@code [exit N]} for a non-zero status. Reading gives the argument lists;
 * rendering turns one run into a block, so a whole transcript compares as text.
 */
final class DbTranscript {
  private static final String HEADER = "$ s6-rc-db";

  private DbTranscript() {}

  /**
   * Runs every command of {@code transcript} with {@link DbTool} as {@code s6-rc-db -c compiled
   * ARGS...} in {@code work}, and renders the runs as a transcript to compare with it.
   */
  static String replay(Path work, String transcript) throws IOException {
    StringBuilder actual = new StringBuilder();
    for (List<String> args : commands(transcript)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      List<String> argv = new ArrayList<>(List.of("-c", "compiled"));
      argv.addAll(args);
      int exit = new DbTool(work, out, err).run(argv);
      actual.append(block(args, out.toByteArray(), err.toByteArray(), exit));
    }
    return actual.toString();
  }

  /** The arguments of every block, in order. */
  static List<List<String>> commands(String transcript) {
    List<List<String>> commands = new ArrayList<>();
    for (String line : transcript.split("\n", -1)) {
      if (line.equals(HEADER) || line.startsWith(HEADER + " ")) {
        commands.add(words(line.substring(HEADER.length())));
      }
    }
    return commands;
  }

  /** Splits a header's argument text: spaces separate, single quotes group, {@code '\''} is a quote. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\'') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        if (c == '\'') {
          quoted = true;
        } else if (c == '\\') {
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** One block: header, escaped standard output, standard error, exit line. */
  static String block(List<String> args, byte[] stdout, byte[] stderr, int exit) {
    StringBuilder b = new StringBuilder(HEADER);
    for (String a : args) {
      b.append(' ').append(quote(a));
    }
    b.append('\n');
    String out = new String(stdout, StandardCharsets.ISO_8859_1);
    int start = 0;
    while (start < out.length()) {
      int end = start;
      while (end < out.length() && out.charAt(end) != '\n' && out.charAt(end) != '\0') {
        end++;
      }
      String text = out.substring(start, end).replace("\\", "\\\\");
      if (text.startsWith("$") || text.startsWith("[") || text.startsWith("2>")) {
        text = "\\" + text;
      }
      b.append(text);
      if (end == out.length()) {
        b.append("\n[no newline at end]\n");
        break;
      }
      b.append(out.charAt(end) == '\0' ? "\\0\n" : "\n");
      start = end + 1;
    }
    String err = new String(stderr, StandardCharsets.ISO_8859_1);
    if (!err.isEmpty()) {
      String[] lines = err.split("\n", -1);
      for (int i = 0; i < lines.length - 1; i++) {
        b.append("2> ").append(lines[i]).append('\n');
      }
      if (!lines[lines.length - 1].isEmpty()) {
        b.append("2> ").append(lines[lines.length - 1]).append("\n[no newline at end]\n");
      }
    }
    if (exit != 0) {
      b.append("[exit ").append(exit).append("]\n");
    }
    return b.toString();
  }

  private static String quote(String arg) {
    boolean plain = arg.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "._/:@%+=,-".indexOf(c) >= 0));
    if (!arg.isEmpty() && plain) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
