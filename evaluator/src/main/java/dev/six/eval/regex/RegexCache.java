package dev.six.eval.regex;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled patterns by their text, as Nix keeps them: code like {@code lib.splitString} calls
 * {@code split} with the same pattern thousands of times. Rejected patterns are remembered too.
 * The least recently used entries go once there are many, so generated patterns cannot fill the
 * heap. One cache per evaluation session; not thread-safe.
 */
public final class RegexCache {
  private static final int CAPACITY = 4096;

  private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > CAPACITY;
    }
  };

  public PosixRegex get(String pattern) throws RegexException {
    Object entry = entries.get(pattern);
    if (entry == null) {
      try {
        entry = PosixRegex.compile(pattern);
      } catch (RegexException e) {
        entry = e;
      }
      entries.put(pattern, entry);
    }
    if (entry instanceof RegexException e) {
      throw e;
    }
    return (PosixRegex) entry;
  }
}
