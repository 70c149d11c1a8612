package dev.six.lsp.eval;

import dev.six.eval.runtime.ParsedFiles;
import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.SourceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which files of a workspace are evaluated: the entry points a user would run {@code nix-build} or
 * {@code six build} on. Configured roots (files, or directories meaning their {@code default.nix})
 * are taken as given. Otherwise a root is a {@code default.nix} or {@code site.nix} that
 * <ul>
 *   <li>no other file of the workspace refers to by a path literal (an imported file is evaluated
 *       through whoever imports it, with the arguments it is meant to get), and</li>
 *   <li>is not a function that needs arguments (a plain {@code x: ...}, or formals without
 *       defaults): nothing says what to call it with. A function whose formals all have defaults
 *       is called with none, as {@code nix-instantiate} does.</li>
 * </ul>
 * A file named explicitly (not found by walking a directory) is a candidate whatever its name.
 * Hidden directories, {@code target}, {@code result} and {@code node_modules} are not searched.
 */
public final class RootDiscovery {
  private static final Set<String> ROOT_NAMES = Set.of("default.nix", "site.nix");
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "result", "node_modules");

  private RootDiscovery() {}

  /** The configured roots of {@code workspace}, or the discovered ones when none are configured. */
  public static List<Path> roots(Path workspace, List<String> configured) throws IOException {
    if (configured.isEmpty()) {
      return discover(List.of(workspace), path -> false);
    }
    List<Path> roots = new ArrayList<>();
    for (String entry : configured) {
      Path root = workspace.resolve(entry).toAbsolutePath().normalize();
      if (Files.isDirectory(root)) {
        root = root.resolve("default.nix");
      }
      if (Files.isRegularFile(root) && !roots.contains(root)) {
        roots.add(root);
      }
    }
    return roots;
  }

  /** The roots found under {@code paths} (directories or files), leaving out the {@code excluded} paths. */
  public static List<Path> discover(List<Path> paths, Predicate<Path> excluded) throws IOException {
    Set<Path> candidates = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        walk(path, excluded, files);
      } else if (Files.isRegularFile(path) && !excluded.test(path)) {
        files.add(path);
        candidates.add(path);
      }
    }
    for (Path file : files) {
      if (ROOT_NAMES.contains(file.getFileName().toString())) {
        candidates.add(file);
      }
    }
    Set<Path> referenced = new HashSet<>();
    Set<Path> needArguments = new HashSet<>();
    String home = System.getProperty("user.home", "/");
    for (Path file : files) {
      NixExpr expr = parse(file, home);
      if (expr == null) {
        continue;
      }
      if (candidates.contains(file) && needsArguments(expr)) {
        needArguments.add(file);
      }
      NixExprWalk.walk(expr, e -> {
        if (e instanceof NixExpr.ExprPath literal) {
          Path target = EvalPaths.path(literal.value());
          if (target != null && !target.normalize().equals(file)) {
            Path normal = target.normalize();
            referenced.add(Files.isDirectory(normal) ? normal.resolve("default.nix") : normal);
          }
        }
      });
    }
    List<Path> roots = new ArrayList<>();
    for (Path candidate : candidates) {
      if (!referenced.contains(candidate) && !needArguments.contains(candidate)) {
        roots.add(candidate);
      }
    }
    return roots;
  }

  /** Whether evaluating the file as a whole would leave a function that needs arguments. */
  static boolean needsArguments(NixExpr expr) {
    if (!(expr instanceof NixExpr.ExprLambda lambda)) {
      return false;
    }
    if (lambda.formals() == null) {
      return true;
    }
    for (NixExpr.Formal formal : lambda.formals().formals()) {
      if (formal.fallback() == null) {
        return true;
      }
    }
    return false;
  }

  private static NixExpr parse(Path file, String home) {
    try {
      char[] text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toCharArray();
      return ParsedFiles.parse(text, SourceContext.file(EvalPaths.bytewise(file), EvalPaths.bytewise(Path.of(home))))
          .expr();
    } catch (IOException | RuntimeException e) {
      return null; // unreadable: it imports nothing anyone can evaluate
    }
  }

  private static void walk(Path top, Predicate<Path> excluded, List<Path> files) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skipped = !dir.equals(top) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
        return skipped || excluded.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".nix") && !excluded.test(file)) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
