package dev.six.lsp.ide.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a documentation file: Markdown that renders well on its own and has one entry per name.
 * An entry is a {@code ## NAME} heading, an indented {@code USAGE :: TYPE} line, paragraphs, and
 * an indented example: a line {@code > EXPRESSION} followed by the printed result, or by
 * {@code error: MESSAGE} when the expression fails. A paragraph line {@code Since Nix X.Y.} marks
 * a name newer than Nix 2.8, whose example only six can check.
 */
public final class DocFile {
  private static final Pattern SINCE = Pattern.compile("Since Nix (\\d+\\.\\d+)\\b");
  private static final String INDENT = "    ";

  private DocFile() {}

  /** The entries of the resource {@code name} next to this class, by name, in file order. */
  public static Map<String, DocEntry> load(String name) {
    try (InputStream in = DocFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return parse(name, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of {@code lines}; {@code source} names them in errors. */
  static Map<String, DocEntry> parse(String source, List<String> lines) {
    Map<String, DocEntry> entries = new LinkedHashMap<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("## ")) {
      i++; // the file's introduction
    }
    while (i < lines.size()) {
      int start = i;
      i++;
      while (i < lines.size() && !lines.get(i).startsWith("## ")) {
        i++;
      }
      DocEntry entry = entry(source + ":" + (start + 1), lines.subList(start, i));
      if (entries.put(entry.name(), entry) != null) {
        throw new IllegalArgumentException(source + ":" + (start + 1) + ": '" + entry.name() + "' documented twice");
      }
    }
    return entries;
  }

  private static DocEntry entry(String where, List<String> lines) {
    String name = lines.get(0).substring(3).strip();
    String usage = null;
    String type = null;
    StringBuilder text = new StringBuilder();
    DocEntry.Example example = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(INDENT + "> ")) {
        if (example != null || i + 1 >= lines.size() || !lines.get(i + 1).startsWith(INDENT)) {
          throw new IllegalArgumentException(where + ": '" + name + "' needs one example, its result on the next line");
        }
        String result = lines.get(++i).substring(INDENT.length());
        boolean fails = result.startsWith("error: ");
        example = new DocEntry.Example(line.substring(INDENT.length() + 2), fails ? result.substring(7) : result, fails);
      } else if (line.startsWith(INDENT) && usage == null) {
        int colons = line.indexOf(" :: ");
        if (colons < 0 || !line.substring(INDENT.length()).startsWith(name)) {
          throw new IllegalArgumentException(where + ": '" + name + "' needs 'USAGE :: TYPE' first, USAGE starting with the name");
        }
        usage = line.substring(INDENT.length(), colons).strip();
        type = line.substring(colons + 4).strip();
      } else if (line.startsWith(INDENT)) {
        throw new IllegalArgumentException(where + ": unexpected indented line in '" + name + "': " + line);
      } else if (usage == null && !line.isBlank()) {
        throw new IllegalArgumentException(where + ": '" + name + "' needs 'USAGE :: TYPE' before its text");
      } else if (!(line.isBlank() && (text.length() == 0 || text.toString().endsWith("\n\n")))) {
        text.append(line.isBlank() ? "\n" : line + "\n");
      }
    }
    if (usage == null) {
      throw new IllegalArgumentException(where + ": '" + name + "' has no 'USAGE :: TYPE' line");
    }
    String prose = text.toString().strip();
    if (prose.isEmpty()) {
      throw new IllegalArgumentException(where + ": '" + name + "' has no text");
    }
    Matcher since = SINCE.matcher(prose);
    return new DocEntry(name, usage, type, prose, Optional.ofNullable(example),
        since.find() ? Optional.of(since.group(1)) : Optional.empty());
  }
}
