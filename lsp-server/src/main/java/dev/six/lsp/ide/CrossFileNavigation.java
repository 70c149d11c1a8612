package dev.six.lsp.ide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Definition and references for what sixos gives meaning across files, answered from the
 * workspace index: a service ({@code services.x}, a top-level {@code targets.x}, a host's selection,
 * a formal naming it) leads to its {@code service.nix} and the infusions that override it; a target
 * path to where it is defined ({@code __init}, {@code __assign}, a plain overlay value), else
 * overridden; {@code targets.x.__input.p} (or a parameter passed to {@code services.x}) to the
 * formal {@code p} of x's {@code service.nix}; {@code targets.x.__output.a.b} to the attribute
 * {@code a.b} that service sets; {@code pkgs.x} or a formal naming a package to its
 * {@code package.nix}. References gather every place in the workspace, each checked against the
 * file's current text.
 */
public final class CrossFileNavigation {
  private final WorkspaceFacts facts;
  private final WorkspaceTexts texts;
  private final DocumentAnalysis analysis;
  private final Path document;
  private final List<SixReference> references;

  public CrossFileNavigation(WorkspaceFacts facts, WorkspaceTexts texts, DocumentAnalysis analysis, Path document) {
    this.facts = facts;
    this.texts = texts;
    this.analysis = analysis;
    this.document = document;
    this.references = SixReferences.of(analysis.parse().tree(), document);
  }

  /** The reference under the cursor, if any. */
  public Optional<SixReference> at(int offset) {
    return SixReferences.at(references, offset);
  }

  /** Where the thing under the cursor is defined; empty when it is not a cross-file thing or nothing is known. */
  public List<Destination> definition(int offset) {
    Optional<SixReference> at = at(offset);
    if (at.isEmpty()) {
      return List.of();
    }
    SixReference r = at.get();
    return switch (r.kind()) {
      case SERVICE -> service(r.key());
      case TARGET -> isService(r.key()) ? service(r.key()) : target(r.key());
      case ARGUMENT -> isService(r.key()) ? service(r.key()) : files(facts.packages(r.key()));
      case PARAMETER -> parameter(r.target(), r.member());
      case OUTPUT -> output(r.target(), r.member());
      case PACKAGE -> files(facts.packages(r.key()));
      case FILE, DYNAMIC, INSTANCE -> List.of();
    };
  }

  /** The service's file, then the infusions that define or override {@code targets.<name>}. */
  private List<Destination> service(String name) {
    List<Destination> out = new ArrayList<>(files(facts.services(name)));
    for (FileReference f : checked(facts.references(SixReference.Kind.TARGET, name))) {
      if (f.reference().role() != SixReference.Role.USE) {
        out.add(at(f));
      }
    }
    return out;
  }

  private List<Destination> target(String path) {
    List<Destination> defined = new ArrayList<>();
    List<Destination> overridden = new ArrayList<>();
    for (FileReference f : checked(facts.references(SixReference.Kind.TARGET, path))) {
      switch (f.reference().role()) {
        case DEFINITION -> defined.add(at(f));
        case OVERRIDE -> overridden.add(at(f));
        case USE -> { }
      }
    }
    return defined.isEmpty() ? overridden : defined;
  }

  /**
   * The {@code service.nix} files a target is made from: its own service at the top level, else
   * the services its definitions call ({@link SixReference.Kind#INSTANCE}).
   */
  private List<Path> serviceFiles(String target) {
    return serviceFiles(facts, target);
  }

  /** The {@code service.nix} files {@code target} is made from (see the instance method). */
  static List<Path> serviceFiles(WorkspaceFacts facts, String target) {
    List<Path> own = facts.services(target);
    if (!own.isEmpty() || !target.contains(".")) {
      return own;
    }
    Set<Path> files = new LinkedHashSet<>();
    for (FileReference f : facts.referencesWithPrefix(SixReference.Kind.INSTANCE, SixReference.memberKey(target, ""))) {
      files.addAll(facts.services(f.reference().member()));
    }
    return List.copyOf(files);
  }

  private List<Destination> parameter(String target, String parameter) {
    List<Destination> out = new ArrayList<>();
    for (Path file : serviceFiles(target)) {
      for (WorkspaceFacts.Declaration formal : facts.formals(file)) {
        if (formal.name().equals(parameter) && formal.container().isEmpty()) {
          out.add(new Destination(file, formal.span()));
          break;
        }
      }
    }
    return out;
  }

  /** The attribute the service sets at {@code path}, else at the longest prefix of it it sets, else its file. */
  private List<Destination> output(String target, String path) {
    List<Destination> out = new ArrayList<>();
    for (Path file : serviceFiles(target)) {
      List<WorkspaceFacts.Declaration> attributes = facts.attributes(file);
      Destination found = null;
      for (String p = path; found == null && !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
        for (WorkspaceFacts.Declaration a : attributes) {
          if (a.qualifiedName().equals(p)) {
            found = new Destination(file, a.span());
            break;
          }
        }
      }
      out.add(found != null ? found : Destination.file(file));
    }
    return out;
  }

  /**
   * Every place in the workspace that refers to what is under the cursor (with its declarations when
   * asked), or empty when the cursor is not on a cross-file thing and file-local references apply.
   */
  public Optional<List<Destination>> references(int offset, boolean includeDeclaration) {
    Optional<SixReference> at = at(offset);
    if (at.isEmpty()) {
      return attributeOfService(offset).map(key -> outputReferences(key, includeDeclaration));
    }
    SixReference r = at.get();
    String owner = SixReferences.byNameOwner(document);
    return Optional.ofNullable(switch (r.kind()) {
      case SERVICE -> serviceReferences(r.key(), includeDeclaration);
      case TARGET -> isService(r.key()) ? serviceReferences(r.key(), includeDeclaration)
          : uses(SixReference.Kind.TARGET, r.key(), includeDeclaration);
      case ARGUMENT -> isService(r.key()) ? serviceReferences(r.key(), includeDeclaration)
          : !facts.packages(r.key()).isEmpty() ? packageReferences(r.key(), includeDeclaration)
          : owner != null ? parameterReferences(owner, r.key(), includeDeclaration) : null;
      case PARAMETER -> parameterReferences(r.target(), r.member(), includeDeclaration);
      case OUTPUT -> outputReferences(r.key(), includeDeclaration);
      case PACKAGE -> packageReferences(r.key(), includeDeclaration);
      case FILE -> fileReferences(Path.of(r.key()), includeDeclaration);
      case DYNAMIC, INSTANCE -> null;
    });
  }

  /** In a by-name {@code service.nix}, the output key of the attribute declared under the cursor. */
  private Optional<String> attributeOfService(int offset) {
    String owner = SixReferences.byNameOwner(document);
    if (owner == null) {
      return Optional.empty();
    }
    for (WorkspaceFacts.Declaration a : facts.attributes(document)) {
      if (a.span().start() <= offset && offset <= a.span().end()) {
        return Optional.of(SixReference.memberKey(owner, a.qualifiedName()));
      }
    }
    return Optional.empty();
  }

  /** The attribute the service sets (as its declaration), then the infusions that change it. */
  private List<Destination> outputReferences(String key, boolean includeDeclaration) {
    List<Destination> out = new ArrayList<>();
    SixReference probe = new SixReference(SixReference.Kind.OUTPUT, key, SixReference.Role.USE, new Span(0, 0));
    if (includeDeclaration) {
      out.addAll(output(probe.target(), probe.member()));
    }
    out.addAll(uses(SixReference.Kind.OUTPUT, key, true));
    return out;
  }

  private List<Destination> serviceReferences(String name, boolean includeDeclaration) {
    List<Destination> out = new ArrayList<>();
    if (includeDeclaration) {
      out.addAll(files(facts.services(name)));
    }
    List<FileReference> all = new ArrayList<>(facts.references(SixReference.Kind.SERVICE, name));
    all.addAll(facts.references(SixReference.Kind.TARGET, name));
    all.addAll(facts.references(SixReference.Kind.ARGUMENT, name));
    all.sort(java.util.Comparator.comparing((FileReference f) -> f.file().toString())
        .thenComparingInt(f -> f.reference().span().start()));
    for (FileReference f : checked(all)) {
      out.add(at(f));
    }
    return out;
  }

  private List<Destination> uses(SixReference.Kind kind, String key, boolean includeDeclaration) {
    List<Destination> out = new ArrayList<>();
    for (FileReference f : checked(facts.references(kind, key))) {
      if (includeDeclaration || f.reference().role() != SixReference.Role.DEFINITION) {
        out.add(at(f));
      }
    }
    return out;
  }

  /** The formal in the service's file and its uses there, then every place that passes or infuses it. */
  private List<Destination> parameterReferences(String target, String parameter, boolean includeDeclaration) {
    List<Destination> out = new ArrayList<>();
    for (Path file : facts.services(target)) {
      SourceText text = texts.of(file);
      if (text == null) {
        continue;
      }
      NameResolution names = NameResolver.resolve(DocumentAnalysis.parseOnly(text));
      for (WorkspaceFacts.Declaration formal : facts.formals(file)) {
        if (formal.name().equals(parameter) && formal.container().isEmpty()) {
          names.at(formal.span().start()).ifPresent(o -> {
            for (Occurrence each : names.of(o.binding())) {
              if (includeDeclaration || !each.declaration()) {
                out.add(new Destination(file, each.span()));
              }
            }
          });
          break;
        }
      }
    }
    for (FileReference f : checked(facts.references(SixReference.Kind.PARAMETER,
        SixReference.memberKey(target, parameter)))) {
      out.add(at(f));
    }
    return out;
  }

  private List<Destination> packageReferences(String name, boolean includeDeclaration) {
    List<Destination> out = new ArrayList<>();
    if (includeDeclaration) {
      out.addAll(files(facts.packages(name)));
    }
    for (FileReference f : checked(facts.references(SixReference.Kind.PACKAGE, name))) {
      out.add(at(f));
    }
    for (FileReference f : checked(facts.references(SixReference.Kind.ARGUMENT, name))) {
      out.add(at(f));
    }
    return out;
  }

  /** The path literals that name {@code file} (a {@code default.nix} also through its directory). */
  private List<Destination> fileReferences(Path file, boolean includeDeclaration) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(file.toString());
    if (file.getFileName() != null && file.getFileName().toString().equals("default.nix") && file.getParent() != null) {
      keys.add(file.getParent().toString());
    } else {
      keys.add(file.resolve("default.nix").toString());
    }
    List<Destination> out = new ArrayList<>();
    if (includeDeclaration) {
      for (String key : keys) {
        if (java.nio.file.Files.isRegularFile(Path.of(key))) {
          out.add(Destination.file(Path.of(key)));
        }
      }
    }
    for (String key : keys) {
      for (FileReference f : facts.references(SixReference.Kind.FILE, key)) {
        if (texts.of(f.file()) != null) {
          out.add(at(f));
        }
      }
    }
    return out;
  }

  private boolean isService(String key) {
    return !key.contains(".") && !facts.services(key).isEmpty();
  }

  /** The references whose file still holds the name at the place the index remembers. */
  private List<FileReference> checked(List<FileReference> found) {
    List<FileReference> out = new ArrayList<>();
    for (FileReference f : found) {
      if (texts.holds(f.file(), f.reference().span(), WorkspaceTexts.writtenName(f.reference()))) {
        out.add(f);
      }
    }
    return out;
  }

  private static Destination at(FileReference f) {
    return new Destination(f.file(), f.reference().span());
  }

  private static List<Destination> files(List<Path> files) {
    return files.stream().map(Destination::file).toList();
  }

  /** The analysis this navigation reads, for callers that combine it with file-local results. */
  public DocumentAnalysis analysis() {
    return analysis;
  }
}
