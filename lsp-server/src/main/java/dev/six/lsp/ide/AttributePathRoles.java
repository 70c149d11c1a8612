package dev.six.lsp.ide;

import dev.six.grammar.lint.InfuseLint;

/**
 * What each name of an attribute path means in sixos, read left to right: after {@code services}
 * comes a service name (a host's {@code services = { sshd = …; }}, {@code services.sshd}); after
 * {@code targets}, a service name or the path of a target ({@code targets.global.mounts}) up to
 * the first infuse sugar; a sugar ({@code __input}, {@code __assign}, ...) anywhere, after which the
 * names are the service's own attributes again. Only names of services the workspace has count
 * as services, so a misspelt one stands out.
 */
final class AttributePathRoles {
  private AttributePathRoles() {}

  /** What one name of a path is. */
  enum Role { PROPERTY, SERVICE, TARGET, SUGAR }

  /** Where a path is: what the next name may be. */
  enum State {
    /** Ordinary attributes. */
    PLAIN,
    /** Just after {@code services}: a service name. */
    SERVICES,
    /** Just after {@code targets}: a service name or the start of a target path. */
    TARGETS,
    /** Inside a target path that named no service. */
    TARGET_PATH
  }

  /** The role of one name and the state for the next. */
  record Step(Role role, State next) {}

  /** The state after a variable or attribute called {@code name}, from an ordinary place. */
  static State after(String name) {
    return switch (name) {
      case "services" -> State.SERVICES;
      case "targets" -> State.TARGETS;
      default -> State.PLAIN;
    };
  }

  /** The role of {@code name} (null: a dynamic name) in {@code state}. */
  static Step step(State state, String name, ServiceCatalog services) {
    if (name == null) {
      return new Step(Role.PROPERTY, State.PLAIN);
    }
    if (InfuseLint.SUGARS.contains(name)) {
      return new Step(Role.SUGAR, State.PLAIN);
    }
    return switch (state) {
      case SERVICES -> new Step(services.contains(name) ? Role.SERVICE : Role.PROPERTY, State.PLAIN);
      case TARGETS -> services.contains(name) ? new Step(Role.SERVICE, State.PLAIN) : new Step(Role.TARGET, State.TARGET_PATH);
      case TARGET_PATH -> new Step(Role.TARGET, State.TARGET_PATH);
      case PLAIN -> new Step(Role.PROPERTY, after(name));
    };
  }
}
