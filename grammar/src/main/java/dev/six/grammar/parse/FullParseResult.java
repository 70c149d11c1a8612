package dev.six.grammar.parse;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What the Xtext parser yields: the lowered {@link ParseResult} that the rest of six works on,
 * and the Xtext resource with its EMF model and node model, for editor features that need them.
 */
public record FullParseResult(ParseResult result, XtextResource resource) {

  /** The root of the EMF model, or null when nothing could be parsed. */
  public EObject root() {
    return resource.getParseResult() == null ? null : resource.getParseResult().getRootASTElement();
  }
}
