package dev.six.lsp.values;

import dev.six.eval.error.NixError;
import dev.six.eval.probe.InfuseApplication;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * Infusion previews: for a set literal an evaluation passed to infuse (an {@code infuse prev { ... }}
 * argument, or a host's bare service-overlay set that six applies with infuse), what its target
 * looked like before and after, at any key path inside it, from the recorded application (the
 * target as given, and the result of applying the infusion again: evaluation is pure). For a
 * target under {@code targets}, also the service's s6-rc directory: after, from the evaluated host
 * description; before, from the host evaluated again with that one infusion applied as {@code { }}.
 * Texts are one char per byte.
 */
public final class InfusionPreviews {
  /** A preview re-applies the infusion and walks to the focus; usually milliseconds. */
  static final Duration LIMIT = Duration.ofSeconds(2);
  /** Evaluating a host again for the "before" directory: a whole site evaluation. */
  static final Duration AGAIN_LIMIT = Duration.ofSeconds(20);

  private final EvaluatedRoots roots;
  private final Supplier<String> base;
  /**
   * The "before" directories computed, per evaluation (keyed by its recorder, which lives as long
   * as the evaluation, so an entry goes with it), by file, literal, host and service.
   */
  private final Map<ValueRecorder, Map<String, ServiceDirectory>> before =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** {@code base}: the directory paths are shown relative to, or null. */
  public InfusionPreviews(EvaluatedRoots roots, Supplier<String> base) {
    this.roots = roots;
    this.base = base;
  }

  /** One key path's before and after; {@code path} is what it names in the target, {@code ""} the target itself. */
  public record Change(String target, String path, String before, String after) {}

  /**
   * The preview at a position: the root it came from, the key path under the cursor and its span,
   * its target, the focus before and after, every change the literal makes to that target, and the
   * service directories (null when the target is not a service, or they were not asked for).
   */
  public record Preview(String root, List<String> keys, Span span, String target, String before, String after,
      List<Change> changes, ServiceDirectory directoryBefore, ServiceDirectory directoryAfter) {}

  /** The recorded application of the literal starting at {@code literal}, and its evaluation. */
  private record Applied(EvaluatedRoot root, InfuseApplication application, int literal) {}

  /** The preview at {@code offset}; {@code directories}: also the service directories (may evaluate a host again). */
  public Optional<Preview> at(String fileName, DocumentAnalysis analysis, int offset, boolean directories) {
    InfusionSyntax syntax = new InfusionSyntax(analysis);
    for (int literal : syntax.literalsAround(offset)) {
      Optional<Applied> applied = applied(fileName, literal);
      if (applied.isPresent()) {
        return preview(fileName, syntax, applied.get(), syntax.pathTo(syntax.literalAt(literal), offset), directories);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the lenses go: the opening brace of every literal of the file an evaluation applied as
   * an infusion (cheap: their titles are made when the editor resolves them, {@link #lensTitle}).
   */
  public List<Span> lensPlaces(String fileName, DocumentAnalysis analysis) {
    List<Span> places = new ArrayList<>();
    for (int literal : new InfusionSyntax(analysis).literals()) {
      if (applied(fileName, literal).isPresent()) {
        places.add(new Span(literal, literal + 1));
      }
    }
    return places;
  }

  /**
   * The title of the lens on the literal starting at {@code literal}: each change of each target,
   * then, for targets under {@code targets}, which files of the service's s6-rc directory it
   * changes (the host is evaluated again without the infusion, once per evaluation); empty when no
   * evaluation applied it.
   */
  public Optional<String> lensTitle(String fileName, DocumentAnalysis analysis, int literal) {
    Optional<Applied> applied = applied(fileName, literal);
    if (applied.isEmpty()) {
      return Optional.empty();
    }
    InfusionSyntax syntax = new InfusionSyntax(analysis);
    List<Change> changes;
    try {
      List<List<String>> leaves = syntax.leaves(syntax.literalAt(literal));
      changes = applied.get().root().evaluate(st -> changes(st, applied.get(), leaves, null), LIMIT);
    } catch (NixError e) {
      return Optional.of("infusion: " + ValueText.firstLine(e.getMessage()));
    }
    List<String> directories = new ArrayList<>();
    for (String target : new java.util.LinkedHashSet<>(changes.stream().map(Change::target).toList())) {
      String service = serviceName(InfusionFocus.of(List.of(target.split("\\."))));
      if (service != null) {
        directories(fileName, applied.get(), service).ifPresent(directories::add);
      }
    }
    String title = title(changes);
    return Optional.of(directories.isEmpty() ? title : title + " | s6-rc " + String.join(", ", directories));
  }

  /** What the infusion does to a service's directory: {@code dropbear/ unchanged}, {@code unbound/: run}. */
  private Optional<String> directories(String fileName, Applied applied, String service) {
    ServiceDirectory after;
    try {
      after = applied.root().evaluate(st -> ServiceDirectory.of(st,
          ServiceDirectory.descriptionOf(st, applied.root().value(), applied.application().phase()), service), LIMIT);
    } catch (NixError e) {
      return Optional.empty();
    }
    ServiceDirectory before = directoryBefore(fileName, applied, service);
    if (before == null) {
      return Optional.empty();
    }
    if (after.files().isEmpty() && before.files().isEmpty()) {
      return Optional.empty();
    }
    if (before.files().isEmpty()) {
      return Optional.of(service + "/ new (" + after.files().size() + " files)");
    }
    if (after.files().isEmpty()) {
      return Optional.of(service + "/ removed");
    }
    List<String> changed = after.changedFrom(before);
    if (changed.isEmpty()) {
      return Optional.of(service + "/ unchanged");
    }
    String shown = String.join(" ", changed.subList(0, Math.min(3, changed.size())));
    return Optional.of(service + "/: " + shown + (changed.size() > 3 ? " +" + (changed.size() - 3) + " more" : ""));
  }

  /** The hover text for a preview: the focus before and after, and the resulting service directory. */
  static String markdown(Preview p) {
    StringBuilder out = new StringBuilder("**Infusion** of `")
        .append(p.target().isEmpty() ? "the target" : p.target()).append("` in `").append(p.root()).append('`');
    String focus = InfusionFocus.of(p.keys()).restName();
    if (!focus.isEmpty()) {
      out.append(", at `").append(focus).append('`');
    }
    out.append(":\n```nix\n# before\n").append(p.before()).append("\n# after\n").append(p.after()).append("\n```");
    if (p.directoryAfter() != null && !p.directoryAfter().files().isEmpty()) {
      out.append("\nResulting s6-rc service directory `").append(p.directoryAfter().name()).append("/`:\n```\n");
      for (ServiceDirectory.File file : p.directoryAfter().files()) {
        out.append(file.path()).append(file.executable() ? " (executable)" : "")
            .append(file.contents().isEmpty() ? "\n" : ":\n");
        for (String line : file.contents().split("\n")) {
          if (!line.isEmpty()) {
            out.append("    ").append(line).append('\n');
          }
        }
      }
      out.append("```");
    }
    return out.toString();
  }

  private Optional<Preview> preview(String fileName, InfusionSyntax syntax, Applied applied, InfusionSyntax.KeyPath path,
      boolean directories) {
    InfusionFocus focus = InfusionFocus.of(path.keys());
    record Computed(String before, String after, List<Change> changes, ServiceDirectory after_) {}
    String service = serviceName(focus);
    Computed computed;
    try {
      computed = applied.root().evaluate(st -> {
        Value result = result(st, applied);
        ValueText text = new ValueText(st, ValueText.Limits.PREVIEW, base.get());
        String before = render(text, focus, st, applied.application().target());
        String after = render(text, focus, st, result);
        List<Change> changes = changes(st, applied, syntax.leaves(syntax.literalAt(applied.literal())), focus.target());
        ServiceDirectory directory = null;
        if (service != null) {
          try {
            Value description =
                ServiceDirectory.descriptionOf(st, applied.root().value(), applied.application().phase());
            directory = ServiceDirectory.of(st, description, service);
          } catch (NixError e) {
            directory = null;
          }
        }
        return new Computed(before, after, changes, directory);
      }, LIMIT);
    } catch (NixError e) {
      String why = Bytewise.of("«") + ValueText.firstLine(e.getMessage()) + Bytewise.of("»");
      return Optional.of(new Preview(label(applied), path.keys(), path.span(), focus.targetName(), why, why,
          List.of(), null, null));
    }
    ServiceDirectory directoryBefore = null;
    if (directories && service != null && computed.after_() != null) {
      directoryBefore = directoryBefore(fileName, applied, service);
    }
    return Optional.of(new Preview(label(applied), path.keys(), path.span(), focus.targetName(),
        computed.before(), computed.after(), computed.changes(), directoryBefore,
        computed.after_()));
  }

  /** The evaluation and, for a site, the host whose evaluation applied the infusion. */
  private static String label(Applied applied) {
    String host = applied.application().phase();
    return host == null ? applied.root().label() : host + " (" + applied.root().label() + ")";
  }

  /** The s6-rc name of a target under {@code targets} ({@code targets.a.b} → {@code a.b}), or null. */
  private static String serviceName(InfusionFocus focus) {
    List<String> target = focus.target();
    return target.size() >= 2 && target.get(0).equals("targets")
        ? String.join(".", target.subList(1, target.size())) : null;
  }

  private ServiceDirectory directoryBefore(String fileName, Applied applied, String service) {
    String key = fileName + ":" + applied.literal() + ":" + applied.application().phase() + ":" + service;
    Map<String, ServiceDirectory> cache =
        before.computeIfAbsent(applied.root().recorder(), r -> Collections.synchronizedMap(new LinkedHashMap<>()));
    ServiceDirectory known = cache.get(key);
    if (known != null) {
      return known;
    }
    try {
      ServiceDirectory computed = applied.root().evaluateAgain(
          applied.root().recorder().withoutInfusionAt(fileName, applied.literal()),
          (st, root) -> ServiceDirectory.of(st, ServiceDirectory.descriptionOf(st, root, applied.application().phase()),
              service), AGAIN_LIMIT);
      cache.put(key, computed);
      return computed;
    } catch (NixError e) {
      return null;
    }
  }

  /** The changes of the literal's leaves (those on {@code target} only, when not null). */
  private List<Change> changes(EvalState st, Applied applied, List<List<String>> leaves, List<String> target) {
    Value result = result(st, applied);
    ValueText text = new ValueText(st, ValueText.Limits.SUMMARY, base.get());
    List<Change> changes = new ArrayList<>();
    for (List<String> leaf : leaves) {
      InfusionFocus focus = InfusionFocus.of(leaf);
      if (target != null && !focus.target().equals(target)) {
        continue;
      }
      changes.add(new Change(focus.targetName(), focus.restName(), render(text, focus, st, applied.application().target()),
          render(text, focus, st, result)));
    }
    return changes;
  }

  /** The infusion applied again to its target (recording nothing: it is not the site's own application). */
  private static Value result(EvalState st, Applied applied) {
    InfuseApplication application = applied.application();
    return applied.root().recorder().quietly(
        () -> st.force(st.call(application.function(), application.infusion(), null)));
  }

  private static String render(ValueText text, InfusionFocus focus, EvalState st, Value root) {
    try {
      AttributeWalk.Reached reached = focus.in(st, root);
      if (reached.found()) {
        return text.render(st.force(reached.value()));
      }
      return reached.missing().startsWith("no attribute")
          ? Bytewise.of("«absent»") : Bytewise.of("«") + reached.missing() + Bytewise.of("»");
    } catch (NixError e) {
      return Bytewise.of("«error: ") + ValueText.firstLine(e.getMessage()) + Bytewise.of("»");
    }
  }

  /** {@code targets.dropbear: port «absent» → 22, permitRootLogin «absent» → false; targets.x: ...}. */
  static String title(List<Change> changes) {
    if (changes.isEmpty()) {
      return "infusion: no change";
    }
    Map<String, List<String>> byTarget = new LinkedHashMap<>();
    for (Change change : changes) {
      byTarget.computeIfAbsent(change.target(), t -> new ArrayList<>())
          .add((change.path().isEmpty() ? "" : change.path() + " ") + change.before() + Bytewise.of(" → ")
              + change.after());
    }
    List<String> parts = new ArrayList<>();
    byTarget.forEach((target, list) -> parts.add((target.isEmpty() ? "" : target + ": ") + String.join(", ", list)));
    return String.join("; ", parts);
  }

  /** The first recorded application, in any finished evaluation, of the literal starting at {@code literal}. */
  private Optional<Applied> applied(String fileName, int literal) {
    for (EvaluatedRoot root : roots.finished()) {
      for (InfuseApplication application : root.recorder().infusions()) {
        Value infusion = application.infusion() instanceof Thunk t ? t.valueIfEvaluated() : application.infusion();
        if (infusion instanceof NixAttrs set && set.pos() != null && set.pos().offset() == literal
            && set.pos().file().name().equals(fileName)) {
          return Optional.of(new Applied(root, application, literal));
        }
      }
    }
    return Optional.empty();
  }
}
