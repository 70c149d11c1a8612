package dev.six.eval.formats.toml;

import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.toml.TomlTables.Insertion;
import dev.six.eval.value.Value;
import java.util.List;

/**
 * {@code builtins.fromTOML}: a TOML 1.0 document to a Nix set. Reading follows the parser inside
 * current Nix closely enough to accept and reject the same documents and to name the first
 * problem as it does ({@code [error] toml::...}); the document is read in full before anything
 * becomes a Nix value, so a syntax error anywhere is reported before a date or a NUL byte is.
 */
public final class TomlParser {
  private final TomlCursor in;
  private final TomlTable root = new TomlTable(TomlTable.Kind.EXPLICIT);

  private TomlParser(String text) {
    this.in = new TomlCursor(text, 0);
  }

  /**
   * The set for {@code text} (one char per byte), or a {@link FormatException} in Nix's words.
   * With {@code timestamps} (Nix's {@code parse-toml-timestamps} experimental feature), dates and
   * times become {@code { _type = "timestamp"; value = "..."; }}; without it they are an error.
   */
  public static Value parse(String text, boolean timestamps) {
    if (text.isEmpty()) {
      return TomlToNix.convert(new TomlTable(TomlTable.Kind.EXPLICIT), timestamps);
    }
    char last = text.charAt(text.length() - 1);
    // The last line need not end in a newline; a lone CR at the very end stays and is an error.
    String document = last == '\n' || last == '\r' ? text : text + "\n";
    TomlParser parser = new TomlParser(document);
    parser.document();
    return TomlToNix.convert(parser.root, timestamps);
  }

  private void document() {
    if (in.text.startsWith("\u00ef\u00bb\u00bf")) {
      in.pos = 3;
    }
    leadingComments();
    table(root);
    while (!in.eof()) {
      TomlLayout.skipLines(in, true);
      int start = in.pos;
      List<String> keys = header(TomlSyntax.arrayTable(in.text, start), 2);
      Insertion how = Insertion.ARRAY_TABLE;
      if (keys == null) {
        keys = header(TomlSyntax.standardTable(in.text, start), 1);
        how = Insertion.STANDARD_TABLE;
      }
      if (keys == null) {
        throw TomlErrors.error(in.text.startsWith("[[", start)
            ? "toml::parse_file: invalid array-table key" : "toml::parse_file: invalid table key");
      }
      if (!TomlLayout.comment(in)) {
        in.skipWhitespace();
        if (!in.eof() && !in.take(TomlSyntax.newline(in.text, in.pos))) {
          throw TomlErrors.error("toml::parse_file: newline (or EOF) expected");
        }
      }
      TomlTable section = new TomlTable(TomlTable.Kind.EXPLICIT);
      table((TomlTable) TomlTables.insert(how, root, keys, section));
    }
  }

  /**
   * The comment lines a document starts with: a comment there that does not end its line is
   * reported as such. Unless a blank line follows them, reading starts over, as in the original.
   */
  private void leadingComments() {
    int first = in.pos;
    while (!in.eof() && TomlLayout.comment(in)) {
      // next line
    }
    if (!in.take(TomlSyntax.newline(in.text, TomlSyntax.ws(in.text, in.pos)))) {
      in.pos = first;
    }
  }

  /** The keys of a {@code [header]} or {@code [[header]]} matched up to {@code end}, or null. */
  private List<String> header(int end, int brackets) {
    if (end < 0) {
      return null;
    }
    int start = in.pos;
    try {
      in.pos = start + brackets;
      in.skipWhitespace();
      List<String> keys = TomlKeys.path(in);
      in.pos = end;
      return keys;
    } catch (FormatException e) {
      // A key the grammar accepts but whose escapes are wrong: the header as a whole is invalid.
      in.pos = start;
      return null;
    }
  }

  /** The {@code key = value} lines of a table, up to the next header. */
  private void table(TomlTable table) {
    boolean newline = true;
    while (!in.eof()) {
      int start = in.pos;
      newline = TomlLayout.skipLines(in, newline);
      if (in.eof()) {
        break;
      }
      if (in.current() == '[') {
        in.pos = start;
        break;
      }
      if (!newline) {
        throw TomlErrors.error("toml::parse_table: newline (LF / CRLF) or EOF is expected");
      }
      TomlKeys.KeyValue entry = TomlKeys.keyValue(in);
      newline = TomlLayout.comment(in);
      TomlTables.insert(Insertion.DOTTED_KEYS, table, entry.keys(), entry.value());
    }
  }
}
