package dev.six.lsp.ide.docs;

import java.util.Optional;

/**
 * The documentation of one name (a built-in, a Nix global, an infuse sugar): how it is called
 * ({@code usage}, the name followed by its argument names), its {@code type}, what it does, and
 * an example whose printed result the tests check against Nix or six.
 *
 * @param name the name as documented: a {@code builtins} attribute ({@code foldl'}), a global
 *     ({@code __curPos}) or a sugar ({@code __append})
 * @param usage the call shape, starting with {@code name} ({@code foldl' f start list})
 * @param type the type, in the Haskell-like notation Nix's documentation uses
 * @param text Markdown paragraphs
 * @param example the example, absent only where running one needs the network or flakes
 * @param sinceNix the Nix version that added it ({@code 2.19}), when that is after Nix 2.8
 */
public record DocEntry(String name, String usage, String type, String text, Optional<Example> example,
    Optional<String> sinceNix) {

  /**
   * An expression and what {@code nix-instantiate --eval --strict} prints for it, or the message
   * of the error it stops with.
   */
  public record Example(String expression, String result, boolean fails) {}

  /** {@link #usage()} with the documented name replaced by {@code shownAs} ({@code builtins.foldl'}). */
  public String usageAs(String shownAs) {
    return shownAs + usage.substring(name.length());
  }
}
