# path literals (also interpolated), a home path, an absolute one, a search path, a URL literal
{
  relative = import ./bindings.nix;
  directory = ./svcs;
  interpolated = ./svcs/${"by-name"}/sy;
  home = ~/.config/six.nix;
  absolute = /etc/hosts;
  nixpkgs = <nixpkgs/lib>;
  url = https://example.org/x.tar.gz;
}
