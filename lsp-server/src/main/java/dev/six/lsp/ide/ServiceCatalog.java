package dev.six.lsp.ide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The by-name services a document can refer to: those the workspace index found
 * ({@code …/by-name/<xx>/<name>/service.nix} anywhere in the workspace) and those next to the
 * document itself when it is a {@code service.nix} of a {@code by-name} tree (so that a service
 * outside the workspace folder, or before the first indexing, still knows its siblings).
 * Names are kept in the grammar's one-char-per-byte form, as the syntax tree has them.
 */
public final class ServiceCatalog {
  private static final Pattern SERVICE_FILE = Pattern.compile("(?:^|/)by-name/[^/]+/([^/]+)/service\\.nix$");

  /** No services: a document outside any sixos tree. */
  public static final ServiceCatalog EMPTY = new ServiceCatalog(Set.of());

  private final Set<String> names;

  private ServiceCatalog(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** The services named {@code names} (as file names are: Unicode). */
  public static ServiceCatalog of(Collection<String> names) {
    Set<String> bytewise = new HashSet<>();
    for (String name : names) {
      bytewise.add(bytewise(name));
    }
    return new ServiceCatalog(bytewise);
  }

  /** A file name in the syntax tree's one-char-per-byte form. */
  private static String bytewise(String name) {
    return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The service a file defines, when it is a by-name {@code service.nix}. */
  public static Optional<String> serviceDefinedBy(Path file) {
    Matcher m = SERVICE_FILE.matcher(file.toString().replace('\\', '/'));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * These services and, when {@code document} is a by-name {@code service.nix}, every service of
   * its {@code by-name} directory (two directory levels read from disk). When the catalog already
   * has the document's own service, its directory was indexed with the workspace and is not read
   * again (a site of thousands of services is listed once per indexing, not once per keystroke).
   */
  public ServiceCatalog withSiblingsOf(Path document) {
    Path byName = ServiceTargets.byNameRoot(document);
    if (byName == null || serviceDefinedBy(document).map(own -> names.contains(bytewise(own))).orElse(false)) {
      return this;
    }
    Set<String> all = new HashSet<>(names);
    try (DirectoryStream<Path> stems = Files.newDirectoryStream(byName)) {
      for (Path stem : stems) {
        if (!Files.isDirectory(stem)) {
          continue;
        }
        try (DirectoryStream<Path> services = Files.newDirectoryStream(stem)) {
          for (Path service : services) {
            if (Files.isRegularFile(service.resolve("service.nix"))) {
              all.add(bytewise(service.getFileName().toString()));
            }
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return this; // a directory that cannot be listed adds nothing
    }
    return new ServiceCatalog(all);
  }

  /** Whether {@code name} (one char per byte, as the tree has it) is a service. */
  public boolean contains(String name) {
    return names.contains(name);
  }

  /** Whether both catalogs hold the same services. */
  public boolean sameNames(ServiceCatalog other) {
    return names.equals(other.names);
  }
}
