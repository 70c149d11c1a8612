package dev.six.s6.site;

import dev.six.grammar.lexer.NixNames;
import dev.six.s6.ServiceRecord;
import dev.six.s6.source.DescriptionSource;
import dev.six.s6.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Points compiler errors about a service at the Nix the user wrote: its {@code service.nix}, at the
 * {@code targets.<name>} that declares a dependency (or, failing that, the host file that adds it
 * in an overlay), at the attribute that gives a file such as {@code run =}; the host's own file
 * when the service has no definition file of its own (a generated logger, say).
 */
public final class SiteLocator implements DescriptionSource.RecordLocator {
  private final Map<String, Path> serviceFiles;
  private final SourceLocation host;
  private final Map<Path, String> texts = new HashMap<>();

  /**
   * @param serviceFiles s6-rc service name → the {@code service.nix} that defines it
   * @param host where the host is written (its {@code name}), for what no service file explains
   */
  public SiteLocator(Map<String, Path> serviceFiles, SourceLocation host) {
    this.serviceFiles = Map.copyOf(serviceFiles);
    this.host = host;
  }

  @Override
  public SourceLocation locate(ServiceRecord record, String path, String listedName) {
    Path file = serviceFiles.get(record.name());
    if (listedName != null) {
      String reference = "targets." + listedName;
      SourceLocation found = find(file, reference, false);
      if (found == null && host != null) {
        found = find(Path.of(host.file()), reference, false);
      }
      if (found != null) {
        return found;
      }
    }
    // a fact about the whole service: the constructor call that makes it
    SourceLocation attribute = path.equals("type") ? find(file, "six.mk", true) : find(file, attributeOf(path) + " =", true);
    if (attribute != null) {
      return attribute;
    }
    return file != null ? SourceLocation.fileStart(file.toString()) : host;
  }

  /** The constructor argument a source file comes from ({@code timeout-up}, {@code dependencies.d} → {@code after}). */
  private static String attributeOf(String path) {
    if (path.startsWith("dependencies")) {
      return "after";
    }
    if (path.startsWith("contents")) {
      return "contents";
    }
    if (path.equals("producer-for") || path.equals("consumer-for")) {
      return "logger";
    }
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  /**
   * The first occurrence of {@code needle} in {@code file} as a whole word (an attribute may be the
   * last part of a path: {@code passthru.logger =}), or {@code null}.
   */
  private SourceLocation find(Path file, String needle, boolean attribute) {
    if (file == null) {
      return null;
    }
    String text = texts.computeIfAbsent(file, SiteLocator::read);
    int from = 0;
    while (true) {
      int at = text.indexOf(needle, from);
      if (at < 0) {
        return null;
      }
      int end = at + needle.length();
      char before = at == 0 ? ' ' : text.charAt(at - 1);
      boolean startsWord = !isNameChar(before) || attribute && before == '.';
      boolean endsWord = end >= text.length() || attribute || !isNameChar(text.charAt(end));
      if (startsWord && endsWord) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
          if (text.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        return new SourceLocation(file.toString(), line, at - lineStart + 1);
      }
      from = at + 1;
    }
  }

  /** A name's character, or the dot of an attribute path ({@code targets.a.b} is one reference). */
  private static boolean isNameChar(char c) {
    return NixNames.isIdPart(c) || c == '.';
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // Nix counts columns in bytes
    } catch (IOException e) {
      return "";
    }
  }
}
