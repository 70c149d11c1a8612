package dev.six.grammar.desugar;

/**
 * An interned name. {@code rank} is its creation order in the {@link SymbolTable}: Nix 2.8 orders
 * symbols by their address in its symbol table, which is their creation order, and that order shows
 * in how it prints {@code let} bindings and formal parameters.
 */
public record Symbol(String name, int rank) implements Comparable<Symbol> {

  // Written out rather than left to the record: the generated ones are bootstrapped through method
  // handles on first use, some 25 classes spun at run time in every process that parses.
  @Override
  public boolean equals(Object other) {
    return other instanceof Symbol s && rank == s.rank && name.equals(s.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rank;
  }

  @Override
  public int compareTo(Symbol other) {
    return Integer.compare(rank, other.rank);
  }

  @Override
  public String toString() {
    return name;
  }
}
