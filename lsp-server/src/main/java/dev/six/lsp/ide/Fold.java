package dev.six.lsp.ide;

/**
 * A foldable region as 0-based lines: folding hides the lines after {@code startLine} up to and
 * including {@code endLine}. Kept free of LSP types like the other feature results.
 */
public record Fold(int startLine, int endLine) {}
