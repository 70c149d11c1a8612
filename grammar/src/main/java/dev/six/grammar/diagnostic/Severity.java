package dev.six.grammar.diagnostic;

/** How bad a diagnostic is; mirrors LSP's levels without depending on LSP4J. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  HINT
}
