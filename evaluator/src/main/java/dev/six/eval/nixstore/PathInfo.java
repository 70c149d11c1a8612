package dev.six.eval.nixstore;

import java.util.List;

/**
 * What the Nix store records about a valid path ({@code ValidPathInfo}), as the daemon reports it
 * after adding one: its deriver (empty when none), the SHA-256 of its archive in base16, its
 * references, when it was registered, the archive's size, whether it was built here, signatures
 * and its content address ({@code text:sha256:...}, {@code fixed:r:sha256:...}).
 */
public record PathInfo(
    String path,
    String deriver,
    String narHash,
    List<String> references,
    long registrationTime,
    long narSize,
    boolean ultimate,
    List<String> signatures,
    String contentAddress) {}
