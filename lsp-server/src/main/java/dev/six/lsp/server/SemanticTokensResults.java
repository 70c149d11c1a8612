package dev.six.lsp.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.SemanticTokensEdit;

/**
 * The last full semantic tokens sent for each open document, under the result id the client
 * quotes in {@code semanticTokens/full/delta}; the delta is then one edit replacing what changed
 * between the common prefix and the common suffix, which after a keystroke is a few integers.
 * Forgotten when the document closes.
 */
final class SemanticTokensResults {
  private record Result(String id, List<Integer> data) {}

  private final Map<String, Result> latest = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** Remembers {@code data} as the latest result for {@code uri}; returns its id. */
  String remember(String uri, List<Integer> data) {
    String id = Long.toString(ids.incrementAndGet());
    latest.put(uri, new Result(id, List.copyOf(data)));
    return id;
  }

  /** The data last sent under {@code id} for {@code uri}, if that is still the latest result. */
  Optional<List<Integer>> previous(String uri, String id) {
    Result r = latest.get(uri);
    return r != null && r.id().equals(id) ? Optional.of(r.data()) : Optional.empty();
  }

  void forget(String uri) {
    latest.remove(uri);
  }

  /** The edits that turn {@code before} into {@code after}: none when equal, else one. */
  static List<SemanticTokensEdit> edits(List<Integer> before, List<Integer> after) {
    int prefix = 0;
    int max = Math.min(before.size(), after.size());
    while (prefix < max && before.get(prefix).equals(after.get(prefix))) {
      prefix++;
    }
    if (prefix == before.size() && prefix == after.size()) {
      return List.of();
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
      suffix++;
    }
    List<Integer> inserted = List.copyOf(after.subList(prefix, after.size() - suffix));
    return List.of(new SemanticTokensEdit(prefix, before.size() - suffix - prefix, inserted));
  }
}
