package dev.six.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;

/**
 * What the client said at {@code initialize} that changes what the server sends: its
 * capabilities (work-done progress, semantic token refresh) and six's initialization options
 * ({@code {"semanticTokens": {"customTypes": false}}} for standard token types only).
 */
final class ClientOptions {
  private ClientOptions() {}

  static boolean workDoneProgress(InitializeParams params) {
    ClientCapabilities c = params.getCapabilities();
    return c != null && c.getWindow() != null && Boolean.TRUE.equals(c.getWindow().getWorkDoneProgress());
  }

  static boolean semanticTokensRefresh(InitializeParams params) {
    ClientCapabilities c = params.getCapabilities();
    return c != null && c.getWorkspace() != null && c.getWorkspace().getSemanticTokens() != null
        && Boolean.TRUE.equals(c.getWorkspace().getSemanticTokens().getRefreshSupport());
  }

  /** Whether six's own token types may be announced: unless the options turn them off. */
  static boolean customTokenTypes(InitializeParams params) {
    if (!(params.getInitializationOptions() instanceof JsonObject options)) {
      return true;
    }
    JsonElement tokens = options.get("semanticTokens");
    if (tokens == null || !tokens.isJsonObject()) {
      return true;
    }
    JsonElement custom = tokens.getAsJsonObject().get("customTypes");
    return custom == null || !custom.isJsonPrimitive() || !custom.getAsJsonPrimitive().isBoolean() || custom.getAsBoolean();
  }
}
