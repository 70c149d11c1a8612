package dev.six.lsp.ide;

import java.util.EnumSet;
import java.util.Set;

/**
 * One classified piece of a document: where it is (byte offsets, possibly over several lines;
 * the server splits it per line), its type and modifiers.
 */
public record SemanticToken(Span span, TokenType type, Set<TokenModifier> modifiers) {
  public SemanticToken {
    modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
  }

  /** The modifiers as the protocol's bit set. */
  public int modifierBits() {
    int bits = 0;
    for (TokenModifier m : modifiers) {
      bits |= m.bit();
    }
    return bits;
  }
}
