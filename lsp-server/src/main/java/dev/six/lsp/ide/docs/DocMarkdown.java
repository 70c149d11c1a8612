package dev.six.lsp.ide.docs;

/**
 * Renders an entry as the Markdown of a hover or a completion's documentation: the call shape
 * and type in a code block, the text, then the example with its result as a comment.
 */
public final class DocMarkdown {
  private DocMarkdown() {}

  /** {@code entry} shown for the name as written at the place ({@code builtins.map}, {@code map}). */
  public static String render(DocEntry entry, String shownAs) {
    StringBuilder out = new StringBuilder();
    out.append("```nix\n").append(entry.usageAs(shownAs)).append(" :: ").append(entry.type()).append("\n```\n\n");
    out.append(entry.text()).append('\n');
    entry.example().ifPresent(example -> out.append("\nExample:\n```nix\n").append(example.expression())
        .append('\n').append(example.fails() ? "# error: " : "# => ").append(example.result()).append("\n```\n"));
    return out.toString();
  }
}
