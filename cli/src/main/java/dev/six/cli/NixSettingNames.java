package dev.six.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of Nix's settings and what kind of value each takes, as Nix 2.8 lists them
 * ({@code nix-settings.txt}): what tells {@code --max-jobs 4} (a setting and its value) from
 * {@code --fallback} (a flag) on a command line, and a known setting from a misspelt one. Read on
 * first use: a command line without Nix's options never reads it.
 */
final class NixSettingNames {
  /** How a setting is given on the command line. */
  enum Kind {
    /** {@code --NAME} and {@code --no-NAME}. */
    BOOL,
    /** {@code --NAME VALUE}. */
    VALUE,
    /** {@code --NAME VALUE}, and {@code --extra-NAME VALUE} to add to it. */
    LIST
  }

  private static Map<String, Kind> kinds;
  private static Map<String, String> aliases;

  private NixSettingNames() {}

  /** The kind of setting {@code name} (not an alias), or null when Nix has none of that name. */
  static synchronized Kind kind(String name) {
    load();
    return kinds.get(name);
  }

  /** The setting {@code name} means: itself, or the setting it is an old name of; null when unknown. */
  static synchronized String canonical(String name) {
    load();
    return kinds.containsKey(name) ? name : aliases.get(name);
  }

  private static void load() {
    if (kinds != null) {
      return;
    }
    Map<String, Kind> k = new HashMap<>();
    Map<String, String> a = new HashMap<>();
    try (InputStream in = NixSettingNames.class.getResourceAsStream("nix-settings.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.trim().split(" ");
        k.put(fields[0], Kind.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT)));
        if (fields.length > 2) {
          for (String alias : fields[2].split(",")) {
            a.put(alias, fields[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("six's own nix-settings.txt is unreadable", e);
    }
    kinds = k;
    aliases = a;
  }
}
