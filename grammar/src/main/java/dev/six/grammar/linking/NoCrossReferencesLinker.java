package dev.six.grammar.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.ILinker;

/**
 * The Nix grammar has no cross-references: names are resolved on the syntax tree by the scope
 * checker, because Nix scoping ({@code with}, {@code rec}, dynamic attributes) is not Xtext's. So
 * there is nothing to link, and Xtext's default linker, which still walks every model object and
 * its nodes looking for references, cost a sixth of each parse. Replace this binding if the grammar
 * ever gains a cross-reference.
 */
public class NoCrossReferencesLinker implements ILinker {

  @Override
  public void linkModel(EObject model, IDiagnosticConsumer diagnostics) {
    // Nothing refers to anything in the model.
  }
}
