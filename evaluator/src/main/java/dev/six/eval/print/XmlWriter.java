package dev.six.eval.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The XML that Nix writes: an XML declaration, then elements indented by two spaces per level,
 * one per line, attributes in name order with {@code " < > &} and newlines escaped (nothing else
 * is; bytes go out as they are).
 */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder();
  private final List<String> open = new ArrayList<>();

  XmlWriter() {
    out.append("<?xml version='1.0' encoding='utf-8'?>\n");
  }

  /** {@code attributes} must be sorted by name (a {@code TreeMap}), as Nix writes them. */
  void open(String name, Map<String, String> attributes) {
    indent(open.size());
    out.append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    open.add(name);
  }

  void open(String name) {
    open(name, Map.of());
  }

  void close() {
    String name = open.remove(open.size() - 1);
    indent(open.size());
    out.append("</").append(name).append(">\n");
  }

  void empty(String name, Map<String, String> attributes) {
    indent(open.size());
    out.append('<').append(name);
    attributes(attributes);
    out.append(" />\n");
  }

  void empty(String name) {
    empty(name, Map.of());
  }

  /** The document, with every element still open closed. */
  String finish() {
    while (!open.isEmpty()) {
      close();
    }
    return out.toString();
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void attributes(Map<String, String> attributes) {
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      out.append(' ').append(attribute.getKey()).append("=\"");
      String value = attribute.getValue();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> out.append("&quot;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '&' -> out.append("&amp;");
          // A raw newline would be normalised to a space by XML readers (XML 1.0, 3.3.3).
          case '\n' -> out.append("&#xA;");
          default -> out.append(c);
        }
      }
      out.append('"');
    }
  }
}
