package dev.six.lsp.server;

import dev.six.lsp.ide.TokenModifier;
import dev.six.lsp.ide.TokenType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * The semantic token legend announced at {@code initialize}, and each token type's index in it.
 * With custom types (the default) six's own types ({@code service}, {@code target}, {@code sugar},
 * {@code path}) are announced as such; a client that asks for standard types only
 * ({@code initializationOptions.semanticTokens.customTypes = false}) gets each one's standard
 * fallback instead, so it colours them without any configuration.
 */
final class TokenLegend {
  private final List<String> types = new ArrayList<>();
  private final Map<TokenType, Integer> indexes = new EnumMap<>(TokenType.class);
  private final List<String> modifiers = new ArrayList<>();

  private TokenLegend(boolean customTypes) {
    for (TokenType type : TokenType.values()) {
      String name = customTypes ? type.lspName() : type.standardName();
      if (!types.contains(name)) {
        types.add(name);
      }
      indexes.put(type, types.indexOf(name));
    }
    for (TokenModifier modifier : TokenModifier.values()) {
      modifiers.add(modifier.lspName());
    }
  }

  static TokenLegend withCustomTypes() {
    return new TokenLegend(true);
  }

  static TokenLegend standardOnly() {
    return new TokenLegend(false);
  }

  int index(TokenType type) {
    return indexes.get(type);
  }

  SemanticTokensLegend lsp() {
    return new SemanticTokensLegend(List.copyOf(types), List.copyOf(modifiers));
  }
}
