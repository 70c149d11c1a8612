package dev.six.grammar.parser;

import dev.six.grammar.diagnostic.DiagnosticKind;

/** One syntax error as we report it: its kind, its message and the range it points at. */
record SyntaxErrorPhrase(DiagnosticKind kind, String message, int start, int end) {}
