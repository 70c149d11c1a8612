package dev.six.grammar.lint;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the key an infuse error is about is written. infuse names what it refused by its path from
 * the infusion's root ({@code infuse.__init: at path targets.sshd.__init: ...}, list positions as
 * {@code [2]}), and its {@code throw} has no position: when it runs, the infusion is a value far
 * from the call that wrote it, and the stack holds whatever forced it. This finds that path among
 * the infusions a file writes (as {@link InfuseLint} finds them), so that an editor can show the
 * error at the key.
 */
public final class InfusionKeys {
  /** One step of a path: an attribute's name, or (name null) a list position. */
  public record Step(String name, int index) {}

  private static final Pattern MESSAGE = Pattern.compile("^infuse\\.[A-Za-z_]+: at path (\\S+): ");
  private static final Pattern STEP = Pattern.compile("\\[(\\d{1,9})]|([^.\\[]+)");

  private InfusionKeys() {}

  /** The path an infuse error message names; empty when the message is not one, or names the root. */
  public static List<Step> pathOf(String message) {
    Matcher m = MESSAGE.matcher(message);
    if (!m.find() || m.group(1).equals("<root>")) {
      return List.of();
    }
    String path = m.group(1);
    List<Step> steps = new ArrayList<>();
    Matcher step = STEP.matcher(path);
    int at = 0;
    while (at < path.length()) {
      if (path.charAt(at) == '.' && at > 0) {
        at++;
      }
      if (!step.find(at) || step.start() != at) {
        return List.of(); // not a path infuse writes
      }
      steps.add(step.group(1) != null ? new Step(null, Integer.parseInt(step.group(1))) : new Step(step.group(2), -1));
      at = step.end();
    }
    return steps;
  }

  /**
   * The key at the end of {@code path} ({@code [start, end)} in {@code text}) in the first infusion
   * of {@code root} that writes all of the path, or null: a path that ends in a list position, or
   * that no infusion written here has, is not found.
   */
  public static int[] find(char[] text, int length, NixExpr root, List<Step> path) {
    if (path.isEmpty() || path.get(path.size() - 1).name() == null) {
      return null;
    }
    KeyPositions keys = new KeyPositions(text, length);
    List<NixExpr> infusions = new ArrayList<>();
    InfuseLint.forEachInfusion(root, (infusion, functionTarget) -> infusions.add(infusion));
    for (NixExpr infusion : infusions) {
      int[] key = follow(keys, infusion, path);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /** The last key of {@code path} written in {@code infusion}, or null when the path leaves it. */
  private static int[] follow(KeyPositions keys, NixExpr infusion, List<Step> path) {
    NixExpr e = infusion;
    int[] key = null;
    for (Step step : path) {
      if (step.name() == null) {
        if (!(e instanceof NixExpr.ExprList list) || step.index() >= list.elements().size()) {
          return null;
        }
        e = list.elements().get(step.index());
        continue;
      }
      NixExpr.AttrDef def = e instanceof NixExpr.ExprAttrs attrs ? attribute(attrs, step.name()) : null;
      if (def == null) {
        return null;
      }
      // the keys of one binding's path (a.b.c = ...) all say where the binding starts
      int start = keys.find(step.name(), key == null ? def.pos() : Math.max(def.pos(), key[1]));
      key = new int[] {start, start + step.name().length()};
      e = def.value();
    }
    return key;
  }

  private static NixExpr.AttrDef attribute(NixExpr.ExprAttrs attrs, String name) {
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      if (a.getKey().name().equals(name)) {
        return a.getValue();
      }
    }
    return null;
  }
}
