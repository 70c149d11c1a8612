# A tiny package set for service scripts: plain /bin/sh derivations, no nixpkgs. Each package is a
# directory `bin/` of stub programs (shell scripts that print what they were asked to do), so that
# run scripts can name real-looking store paths such as "${pkgs.s6}/bin/s6-log".
#
#   pkgs = import ./pkgs.nix { };                  # { lib ? import ../lib, system ? currentSystem }
#   pkgs.s6.programs                               # [ "s6-cat" "s6-envdir" ... ]
#   pkgs.mkBinPackage { name = "chrony"; programs = [ "chronyd" ]; }
#
# Building needs the host's /bin/mkdir and /bin/chmod (sandbox off), as corpus/firmware does.
{ lib ? import ../lib, system ? builtins.currentSystem }:
lib.makeScope lib.callPackageWith (self: {
  inherit system;

  mkBinPackage = { name, programs, version ? "0.1" }:
    lib.mkDerivation {
      pname = name;
      inherit version system programs;
      preferLocalBuild = true;
      allowSubstitutes = false;
      buildCommand = ''
        /bin/mkdir -p "$out/bin"
        for p in $programs; do
          printf '#!/bin/sh\necho "%s: $0 $*" >&2\nexit 0\n' "$name" > "$out/bin/$p"
          /bin/chmod +x "$out/bin/$p"
        done
      '';
      passthru = { inherit programs; };
    };

  busybox = self.mkBinPackage {
    name = "busybox";
    programs = [ "sh" "env" "echo" "cat" "true" "false" "sleep" "mkdir" "ln" "rm" "mount"
      "umount" "hostname" "ip" "ifconfig" "udhcpc" "hwclock" "date" "sysctl" "chmod" "chown" ];
  };

  execline = self.mkBinPackage {
    name = "execline";
    programs = [ "execlineb" "fdmove" "foreground" "background" "if" "exec" "redirfd" "cd"
      "export" "importas" "elgetpositionals" "loopwhilex" ];
  };

  s6 = self.mkBinPackage {
    name = "s6";
    programs = [ "s6-cat" "s6-envdir" "s6-envuidgid" "s6-setuidgid" "s6-applyuidgid" "s6-log"
      "s6-socklog" "s6-svscan" "s6-supervise" "s6-svc" "s6-notifyoncheck" "s6-softlimit"
      "s6-fdholder-daemon" "s6-ipcserver" ];
  };

  s6-rc = self.mkBinPackage {
    name = "s6-rc";
    programs = [ "s6-rc" "s6-rc-compile" "s6-rc-init" "s6-rc-update" "s6-rc-db" ];
  };

  s6-linux-init = self.mkBinPackage {
    name = "s6-linux-init";
    programs = [ "s6-linux-init" "s6-linux-init-maker" "s6-linux-init-shutdown" ];
  };
})
