package dev.six.lsp.values;

import java.util.List;

/** The latest finished evaluation of each evaluation root the server knows; empty before the first one. */
@FunctionalInterface
public interface EvaluatedRoots {
  List<EvaluatedRoot> finished();
}
