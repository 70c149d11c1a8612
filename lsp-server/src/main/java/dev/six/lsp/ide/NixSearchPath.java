package dev.six.lsp.ide;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nix's search path ({@code NIX_PATH}: {@code nixpkgs=/some/dir:/other/dir}) and how
 * {@code <nixpkgs/lib>} is looked up in it, as Nix's {@code findFile} does: entries in order, a
 * prefixed entry matching the whole first part(s) of the name, an unprefixed one holding the whole
 * name; the first that exists wins. Entries that are URLs (downloaded by Nix) are skipped: the
 * editor cannot open them without fetching.
 */
public final class NixSearchPath {
  /** One entry: a prefix (empty for none) and the directory or file it stands for. */
  private record Entry(String prefix, String path) {}

  public static final NixSearchPath EMPTY = new NixSearchPath(List.of());

  private final List<Entry> entries;

  private NixSearchPath(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses a {@code NIX_PATH} value; null or empty is an empty search path. */
  public static NixSearchPath parse(String nixPath) {
    if (nixPath == null || nixPath.isEmpty()) {
      return EMPTY;
    }
    List<Entry> entries = new ArrayList<>();
    for (String element : split(nixPath)) {
      if (element.isEmpty()) {
        continue;
      }
      int eq = element.indexOf('=');
      entries.add(eq < 0 ? new Entry("", element) : new Entry(element.substring(0, eq), element.substring(eq + 1)));
    }
    return new NixSearchPath(entries);
  }

  /**
   * Splits at colons, except the colon of a URL's scheme ({@code https://...}), as Nix's
   * {@code parseNixPath} does.
   */
  private static List<String> split(String nixPath) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < nixPath.length(); i++) {
      char c = nixPath.charAt(i);
      if (c == ':' && !nixPath.startsWith("//", i + 1)) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  /** The file {@code <name>} names: the first existing match; a directory means its {@code default.nix}. */
  public Optional<Path> find(String name) {
    for (Entry entry : entries) {
      if (entry.path().contains("://")) {
        continue;
      }
      String rest;
      if (entry.prefix().isEmpty()) {
        rest = name;
      } else if (name.equals(entry.prefix())) {
        rest = "";
      } else if (name.startsWith(entry.prefix() + "/")) {
        rest = name.substring(entry.prefix().length() + 1);
      } else {
        continue;
      }
      try {
        Path candidate = rest.isEmpty() ? Path.of(entry.path()) : Path.of(entry.path()).resolve(rest);
        if (Files.exists(candidate)) {
          Path file = Files.isDirectory(candidate) ? candidate.resolve("default.nix") : candidate;
          return Files.isRegularFile(file) ? Optional.of(file.toAbsolutePath().normalize()) : Optional.empty();
        }
      } catch (InvalidPathException e) {
        // not a path this system can name: try the next entry, as Nix would find nothing there
      }
    }
    return Optional.empty();
  }
}
