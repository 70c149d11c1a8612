package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renames a binding within its file: every declaration and use of the name under the cursor. A
 * rename is refused, with the reason, when it would not be one: a name a {@code with} provides,
 * an attribute or a formal (callers name those from outside), an inherited name (rename it where
 * it is declared), an invalid identifier, or a new name that would change what any name of the
 * file refers to (captured by, or capturing, another binding), which is checked by resolving the
 * renamed text again.
 */
public final class Rename {

  private Rename() {}

  /** The spans to replace with the new name, or why not. */
  public record Plan(List<Span> spans, String refusal) {
    static Plan refused(String why) {
      return new Plan(List.of(), why);
    }

    public boolean refused() {
      return refusal != null;
    }
  }

  /** What is renamed at byte {@code offset}: its declaration's span, or empty when nothing there can be. */
  public static Optional<Span> target(DocumentAnalysis analysis, int offset) {
    NameResolution resolution = NameResolver.resolve(analysis);
    return resolution.at(offset)
        .filter(o -> renamable(resolution, o.binding()) == null && inheritedUse(analysis, resolution, o.binding()) == null)
        .map(Occurrence::span);
  }

  public static Plan plan(DocumentAnalysis analysis, int offset, String newName) {
    NameResolution resolution = NameResolver.resolve(analysis);
    Optional<Occurrence> at = resolution.at(offset);
    if (at.isEmpty()) {
      return Plan.refused("there is no name to rename here");
    }
    Binding binding = at.get().binding();
    String why = renamable(resolution, binding);
    if (why != null) {
      return Plan.refused(why);
    }
    if (!NixNames.isIdentifier(newName)) {
      return Plan.refused("'" + newName + "' is not a Nix identifier");
    }
    String inherit = inheritedUse(analysis, resolution, binding);
    if (inherit != null) {
      return Plan.refused(inherit);
    }
    List<Span> spans = new ArrayList<>();
    resolution.of(binding).forEach(o -> spans.add(o.span()));
    spans.sort(Comparator.comparingInt(Span::start));
    String conflict = conflict(analysis, resolution, spans, newName);
    return conflict != null ? Plan.refused(conflict) : new Plan(List.copyOf(spans), null);
  }

  /** Why {@code binding} cannot be renamed within the file, or {@code null} when it can. */
  private static String renamable(NameResolution resolution, Binding binding) {
    switch (binding.kind()) {
      case LET:
      case ARGUMENT:
        break;
      case WITH:
        return "'" + binding.name() + "' comes from a with: nothing in this file declares it";
      case FORMAL:
        return "'" + binding.name() + "' is a formal: its callers pass it by name";
      default:
        return "'" + binding.name() + "' is an attribute: code elsewhere may select it by name";
    }
    // inherit x; declares x where it reads the outer x: a use and a declaration at one place
    for (Occurrence o : resolution.of(binding)) {
      boolean alsoUse = o.declaration() && resolution.occurrences().stream()
          .anyMatch(u -> !u.declaration() && u.span().equals(o.span()) && u.binding() != binding);
      if (alsoUse) {
        return "'" + binding.name() + "' is inherited: rename the binding it is inherited from";
      }
    }
    return null;
  }

  /**
   * Renames in a copy and resolves it again: every name must still refer to the binding it
   * referred to (moved by the edits), and no use may change sides between bindings.
   */
  private static String conflict(DocumentAnalysis analysis, NameResolution before, List<Span> spans, String newName) {
    String renamedText = apply(analysis.source().bytewise(), spans, newName);
    SourceText renamed = SourceText.of(new String(renamedText.getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8));
    NameResolution after = NameResolver.resolve(DocumentAnalysis.parseOnly(renamed));
    int delta = newName.length() - (spans.get(0).end() - spans.get(0).start());
    for (Occurrence o : before.occurrences()) {
      int moved = shift(o.span().start(), spans, delta);
      Optional<Occurrence> now = after.at(moved).filter(n -> n.declaration() == o.declaration());
      Binding was = o.binding();
      boolean same = now.isPresent() && sameBinding(was, now.get().binding(), spans, delta);
      if (!same) {
        if (spans.contains(o.span()) && now.isPresent() && now.get().binding().declared()) {
          int declared = now.get().binding().definitions().get(0).start();
          return "'" + newName + "' is already bound at line " + (renamed.line(declared) + 1)
              + ", which the renamed name would refer to";
        }
        return "renaming to '" + newName + "' would change what '" + was.name() + "' at line "
            + (analysis.source().line(o.span().start()) + 1) + " refers to";
      }
    }
    return null;
  }

  private static boolean sameBinding(Binding was, Binding now, List<Span> spans, int delta) {
    if (was.kind() != now.kind()) {
      return false;
    }
    if (!was.declared()) {
      return true; // still provided by a with: nothing captured it
    }
    if (was.definitions().size() != now.definitions().size()) {
      return false;
    }
    for (int i = 0; i < was.definitions().size(); i++) {
      if (shift(was.definitions().get(i).start(), spans, delta) != now.definitions().get(i).start()) {
        return false;
      }
    }
    return true;
  }

  /** Why a use of {@code binding} written as {@code inherit NAME;} stops the rename, or {@code null}. */
  private static String inheritedUse(DocumentAnalysis analysis, NameResolution resolution, Binding binding) {
    for (Occurrence o : resolution.of(binding)) {
      if (!o.declaration() && inherited(analysis.source().bytewise(), o.span())) {
        return "'" + binding.name() + "' is inherited by name at line " + (analysis.source().line(o.span().start()) + 1)
            + ", where renaming it would rename an attribute too; write '" + binding.name() + " = "
            + binding.name() + ";' there first";
      }
    }
    return null;
  }

  /**
   * Whether the name at {@code span} is written in an {@code inherit a b …;} (not
   * {@code inherit (e) …}): the words before it, back to the keyword, are names.
   */
  private static boolean inherited(char[] text, Span span) {
    int i = span.start() - 1;
    while (i >= 0) {
      while (i >= 0 && Character.isWhitespace(text[i])) {
        i--;
      }
      int end = i + 1;
      while (i >= 0 && NixNames.isIdPart(text[i])) {
        i--;
      }
      String word = new String(text, i + 1, end - i - 1);
      if (word.equals("inherit")) {
        return true;
      }
      if (word.isEmpty()) {
        return false; // punctuation: an inherit from an expression, or no inherit at all
      }
    }
    return false;
  }

  /** Where byte {@code offset} is after the edits (each span before it grows by {@code delta}). */
  private static int shift(int offset, List<Span> spans, int delta) {
    int moved = offset;
    for (Span s : spans) {
      if (s.start() < offset) {
        moved += delta;
      }
    }
    return moved;
  }

  private static String apply(char[] text, List<Span> spans, String newName) {
    StringBuilder out = new StringBuilder(text.length + spans.size() * newName.length());
    int from = 0;
    for (Span s : spans) {
      out.append(text, from, s.start() - from).append(newName);
      from = s.end();
    }
    out.append(text, from, text.length - from);
    return out.toString();
  }
}
