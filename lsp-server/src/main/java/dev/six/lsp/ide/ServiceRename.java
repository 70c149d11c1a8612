package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renaming a by-name service across the workspace: its directory moves to
 * {@code by-name/<new stem>/<new name>} and every use changes with it ({@code services.x},
 * {@code targets.x} as the first segment of a target path, a host's selection, a formal naming it
 * with that formal's uses in its file, and path literals into its directory). The index says which
 * files to look at; each is parsed again from its current text, so the edits are exactly what the
 * file holds now. Refused, with the reason, when the new name is not a valid service name or
 * already a service (or written as a target or service somewhere), when several by-name
 * directories define the service, when a key written with interpolation may name the service, when a formal's
 * new name would collide with a name its file binds, or when the editor cannot move directories.
 */
public final class ServiceRename {
  /** A service name: a Nix identifier (so that {@code targets.x} needs no quotes) of at least two characters, no quote. */
  private static final Pattern SERVICE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]+");

  private final WorkspaceFacts facts;
  private final WorkspaceTexts texts;

  public ServiceRename(WorkspaceFacts facts, WorkspaceTexts texts) {
    this.facts = facts;
    this.texts = texts;
  }

  /** One replacement in one file. */
  public record Edit(Span span, String newText) {}

  /** The outcome: the edits per file and the directory move, or why not. */
  public record Plan(String refusal, Map<Path, List<Edit>> edits, Path from, Path to) {
    static Plan refuse(String why) {
      return new Plan(why, Map.of(), null, null);
    }

    public boolean refused() {
      return refusal != null;
    }
  }

  /** The service named at the cursor and the span of its name there; empty when no service is. */
  public Optional<Target> target(DocumentAnalysis analysis, Path document, int offset) {
    Optional<SixReference> at = SixReferences.at(SixReferences.of(analysis.parse().tree(), document), offset);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    SixReference r = at.get();
    String name = switch (r.kind()) {
      case SERVICE, ARGUMENT -> r.key();
      case TARGET -> r.key().contains(".") ? null : r.key();
      case FILE -> serviceOfPath(Path.of(r.key()));
      default -> null;
    };
    if (name == null || facts.services(name).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Target(name, r.span(), facts.services(name).get(0).getParent()));
  }

  /** The service being renamed, where its name is under the cursor, and its directory. */
  public record Target(String name, Span span, Path directory) {}

  /** The rename of the service at the cursor to {@code newName}. */
  public Plan plan(DocumentAnalysis analysis, Path document, int offset, String newName, boolean canMoveDirectories) {
    Optional<Target> target = target(analysis, document, offset);
    if (target.isEmpty()) {
      return Plan.refuse("no by-name service of the workspace is named here");
    }
    String old = target.get().name();
    Path from = target.get().directory();
    Path to = newName.length() < 2 ? from
        : from.getParent().getParent().resolve(newName.substring(0, 2)).resolve(newName);
    return plan(old, from, newName, to, canMoveDirectories, document);
  }

  /**
   * The edits that follow a move of a service's directory the editor makes itself
   * ({@code workspace/willRenameFiles}): the new name is the new directory's; empty when
   * {@code from} is no by-name service's directory.
   */
  public Optional<Plan> directoryMoved(Path from, Path to) {
    String old = from.getFileName() == null ? null : from.getFileName().toString();
    if (old == null || to.getFileName() == null || facts.services(old).stream().noneMatch(s -> s.getParent().equals(from))) {
      return Optional.empty();
    }
    return Optional.of(plan(old, from, to.getFileName().toString(), to, true, null));
  }

  private Plan plan(String old, Path from, String newName, Path to, boolean canMoveDirectories, Path document) {
    List<Path> definitions = facts.services(old);
    if (definitions.size() > 1) {
      return Plan.refuse("several by-name directories define '" + old + "' (" + String.join(", ",
          definitions.stream().map(p -> p.getParent().toString()).toList()) + "): which one a use means depends on the"
          + " order of the host's by-name directories, so rename them by hand");
    }
    if (newName.equals(old)) {
      return Plan.refuse("the service is already called '" + old + "'");
    }
    if (!SERVICE_NAME.matcher(newName).matches() || NixNames.KEYWORDS.contains(newName)) {
      return Plan.refuse("'" + newName + "' is not a valid service name: it must be a Nix identifier of at least"
          + " two characters (letters, digits, '_' and '-'), as the by-name stem directory and targets." + newName
          + " need");
    }
    if (!facts.services(newName).isEmpty()) {
      return Plan.refuse("a service named '" + newName + "' already exists: " + facts.services(newName).get(0));
    }
    for (SixReference.Kind kind : List.of(SixReference.Kind.TARGET, SixReference.Kind.SERVICE)) {
      for (FileReference taken : facts.references(kind, newName)) {
        SourceText text = texts.of(taken.file());
        if (text != null && texts.holds(taken.file(), taken.reference().span(), newName)) {
          return Plan.refuse("cannot rename '" + old + "' to '" + newName + "': " + taken.file() + ":"
              + (text.line(taken.reference().span().start()) + 1) + " already writes "
              + (kind == SixReference.Kind.TARGET ? "targets." : "the service ") + newName
              + ", which would then mean the renamed service");
        }
      }
    }
    if (Files.exists(to)) {
      return Plan.refuse(to + " already exists");
    }
    for (FileReference dynamic : facts.referencesWithPrefix(SixReference.Kind.DYNAMIC, "")) {
      if (dynamic.reference().key().contains(old) && texts.of(dynamic.file()) != null) {
        SourceText text = texts.of(dynamic.file());
        int start = dynamic.reference().span().start();
        return Plan.refuse("cannot rename '" + old + "' safely: " + dynamic.file() + ":" + (text.line(start) + 1)
            + " writes a key with interpolation ('" + text.slice(start, dynamic.reference().span().end())
            + "') that may name it; change that key by hand first");
      }
    }
    if (!canMoveDirectories) {
      return Plan.refuse("renaming the service '" + old + "' moves its directory " + from + ", and this editor"
          + " cannot apply file operations (no 'rename' in workspace.workspaceEdit.resourceOperations)");
    }
    Set<Path> files = new LinkedHashSet<>();
    if (document != null) {
      files.add(document);
    }
    for (SixReference.Kind kind : List.of(SixReference.Kind.SERVICE, SixReference.Kind.TARGET,
        SixReference.Kind.ARGUMENT)) {
      facts.references(kind, old).forEach(f -> files.add(f.file()));
    }
    facts.referencesWithPrefix(SixReference.Kind.FILE, from.toString()).forEach(f -> files.add(f.file()));
    Map<Path, List<Edit>> edits = new LinkedHashMap<>();
    for (Path file : files) {
      SourceText text = texts.of(file);
      if (text == null) {
        continue;
      }
      List<Edit> inFile = new ArrayList<>();
      String refusal = editsIn(file, text, old, newName, from, to, inFile);
      if (refusal != null) {
        return Plan.refuse(refusal);
      }
      if (!inFile.isEmpty()) {
        edits.put(file, inFile);
      }
    }
    return new Plan(null, edits, from, to);
  }

  private String editsIn(Path file, SourceText text, String old, String newName, Path from, Path to, List<Edit> out) {
    DocumentAnalysis analysis = DocumentAnalysis.parseOnly(text);
    Set<Span> done = new LinkedHashSet<>();
    for (SixReference r : SixReferences.of(analysis.parse().tree(), file)) {
      boolean named = r.key().equals(old) && (r.kind() == SixReference.Kind.SERVICE
          || r.kind() == SixReference.Kind.TARGET);
      if (named && texts.holds(file, r.span(), old) && done.add(r.span())) {
        out.add(new Edit(r.span(), newName));
      } else if (r.kind() == SixReference.Kind.ARGUMENT && r.key().equals(old)) {
        String refusal = formal(analysis, file, r, old, newName, done, out);
        if (refusal != null) {
          return refusal;
        }
      } else if (r.kind() == SixReference.Kind.FILE) {
        Path target = Path.of(r.key());
        if (target.startsWith(from)) {
          String written = text.slice(r.span().start(), r.span().end());
          String moved = movedLiteral(written, file, target, from, to);
          if (!moved.equals(written) && done.add(r.span())) {
            out.add(new Edit(r.span(), moved));
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    return null;
  }

  /** A formal that receives the service, and its uses in the file: renamed together unless the new name is taken. */
  private static String formal(DocumentAnalysis analysis, Path file, SixReference r, String old, String newName,
      Set<Span> done, List<Edit> out) {
    NameResolution names = NameResolver.resolve(analysis);
    for (Occurrence o : names.occurrences()) {
      if (o.declaration() && o.binding().name().equals(newName)) {
        return "cannot rename '" + old + "' to '" + newName + "': " + file + " has a formal receiving the service,"
            + " and '" + newName + "' is already bound there";
      }
    }
    Optional<Occurrence> formal = names.at(r.span().start());
    if (formal.isEmpty()) {
      return null;
    }
    for (Occurrence each : names.of(formal.get().binding())) {
      if (done.add(each.span())) {
        out.add(new Edit(each.span(), newName));
      }
    }
    return null;
  }

  /** A path literal into the moved directory, rewritten to name the same file after the move. */
  static String movedLiteral(String written, Path file, Path target, Path from, Path to) {
    Path movedTarget = to.resolve(from.relativize(target).toString());
    if (written.startsWith("/")) {
      return movedTarget.toString();
    }
    Path dir = file.getParent();
    Path movedDir = dir.startsWith(from) ? to.resolve(from.relativize(dir).toString()) : dir;
    String relative = movedDir.relativize(movedTarget).toString();
    if (relative.isEmpty()) {
      return "./.";
    }
    return relative.startsWith("..") ? relative : "./" + relative;
  }

  /** The service whose by-name directory (or a file in it) {@code path} is. */
  private String serviceOfPath(Path path) {
    for (Path p = path; p != null && p.getParent() != null && p.getParent().getParent() != null; p = p.getParent()) {
      Path byName = p.getParent().getParent();
      if (byName.getFileName() != null && byName.getFileName().toString().equals("by-name")) {
        String name = p.getFileName().toString();
        for (Path service : facts.services(name)) {
          if (service.getParent().equals(p)) {
            return name;
          }
        }
        return null;
      }
    }
    return null;
  }
}
