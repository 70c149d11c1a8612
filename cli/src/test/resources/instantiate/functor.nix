# A set with __functor at the top is called with the (auto) arguments, as Nix's autoCallFunction does.
{
  __functor = self: { suffix ? "called" }:
    derivation { name = "functor-" + suffix; builder = "/bin/sh"; system = "x86_64-linux"; };
}
