package dev.six.lsp.ide;

/**
 * A range of byte offsets in one document, end exclusive: where a name or expression is written,
 * before {@link SourceText} turns it into editor positions.
 */
public record Span(int start, int end) {}
