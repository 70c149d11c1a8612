package dev.six.grammar.desugar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns names and ranks them the way Nix 2.8 orders its symbols, which shows in the printed order
 * of {@code let} bindings and formal parameters.
 *
 * <p>Nix 2.8 compares symbols by their address in its symbol table. Measured on Debian's build, the
 * order is: the 232 symbols its evaluator creates at start-up, then the symbols created while parsing
 * (in creation order), then the 6 names of corepkgs' {@code derivation.nix} (which lie above a free
 * hole in the heap). That holds for small files; in larger ones glibc's malloc reuses freed chunks
 * and the order depends on the allocator's state (even on the length of the file's path), which no
 * reimplementation can follow. See docs/nix-2.8-divergences.md.
 *
 * <p>One table is shared by all files of one {@code six parse} run, as Nix shares its symbol table.
 */
public final class SymbolTable {
  private static final String STARTUP = "nix-2.8-startup-symbols.txt";
  private static final String LATE = "nix-2.8-derivation-nix-symbols.txt";
  private static final int LATE_BASE = Integer.MAX_VALUE / 2;
  private static volatile List<String> startup;
  private static volatile List<String> late;

  private final Map<String, Symbol> symbols = new HashMap<>();
  private int created;

  /** A table that already holds Nix 2.8's start-up symbols. */
  public SymbolTable() {
    this(true);
  }

  private SymbolTable(boolean nix28Order) {
    if (!nix28Order) {
      return;
    }
    if (startup == null) {
      startup = load(STARTUP);
      late = load(LATE);
    }
    for (String name : startup) {
      create(name);
    }
    int rank = LATE_BASE;
    for (String name : late) {
      symbols.putIfAbsent(name, new Symbol(name, rank++));
    }
  }

  /**
   * A table whose symbols rank in creation order only, for code that never prints them in Nix
   * 2.8's order (the evaluator, which sorts names itself); it costs nothing to make.
   */
  public static SymbolTable unordered() {
    return new SymbolTable(false);
  }

  public Symbol create(String name) {
    Symbol symbol = symbols.get(name);
    if (symbol == null) {
      symbol = new Symbol(name, created++);
      symbols.put(name, symbol);
    }
    return symbol;
  }

  private static List<String> load(String resource) {
    List<String> names = new ArrayList<>();
    try (InputStream in = SymbolTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        names.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(names);
  }
}
