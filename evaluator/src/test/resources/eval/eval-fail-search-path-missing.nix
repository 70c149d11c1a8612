<no-such-entry.nix>
