/**
 * POSIX extended regular expressions exactly as Nix runs them: Nix hands {@code builtins.match} and
 * {@code builtins.split} patterns to libstdc++'s {@code std::regex} with the {@code extended}
 * grammar, whose dialect and matching rules differ from both POSIX and Perl. {@link
 * dev.six.eval.regex.EreCompiler} parses a pattern with libstdc++'s rules (what is an error, what a
 * bracket expression means, how many automaton states a pattern may need) into two forms: a
 * java.util.regex translation ({@link dev.six.eval.regex.JavaRegexTranslator}) and an automaton
 * shaped like libstdc++'s ({@link dev.six.eval.regex.Nfa}), run by {@link
 * dev.six.eval.regex.NfaSearcher} where Java's leftmost-first matching would pick a different match.
 * {@link dev.six.eval.regex.PosixRegex} chooses between them.
 */
package dev.six.eval.regex;
