package dev.six.lsp.ide;

/**
 * One place a name is written, with the binding it belongs to: either the binding's declaration or
 * a use of it. The name of a plain {@code inherit x;} in a {@code let} or {@code rec} set is both:
 * the declaration of the inner {@code x} and a use of the outer one, so it gives two occurrences.
 */
public record Occurrence(Span span, Binding binding, boolean declaration) {}
