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

  # stubs for the toolchain's services (svcs/by-name)
  busybox-daemons = self.mkBinPackage {
    name = "busybox-daemons";
    programs = [ "syslogd" "klogd" "crond" "acpid" "getty" "tftpd" "udpsvd" "tcpsvd" "mkswap" "swapon"
      "swapoff" "mdev" ];
  };
  openssh = self.mkBinPackage { name = "openssh"; version = "9.7p1"; programs = [ "sshd" "ssh-keygen" ]; };
  dropbear = self.mkBinPackage { name = "dropbear"; version = "2024.85"; programs = [ "dropbear" "dropbearkey" ]; };
  djbdns = self.mkBinPackage { name = "djbdns"; version = "1.05"; programs = [ "dnscache" "tinydns" "tinydns-data" ]; };
  nix = self.mkBinPackage { name = "nix"; version = "2.24"; programs = [ "nix-daemon" "nix-store" ]; };
  mdevd = self.mkBinPackage { name = "mdevd"; version = "0.1.6"; programs = [ "mdevd" "mdevd-coldplug" ]; };
  openntpd = self.mkBinPackage { name = "openntpd"; version = "6.8p1"; programs = [ "ntpd" "ntpctl" ]; };
  tor = self.mkBinPackage { name = "tor"; version = "0.4.8"; programs = [ "tor" "tor-gencert" ]; };
  util-linux = self.mkBinPackage { name = "util-linux"; programs = [ "zramctl" "agetty" "mkswap" "swapon" "swapoff" "hwclock" ]; };
  dhcpcd = self.mkBinPackage { name = "dhcpcd"; version = "10.0.6"; programs = [ "dhcpcd" ]; };
  nginx = self.mkBinPackage { name = "nginx"; version = "1.26"; programs = [ "nginx" ]; };
  seatd = self.mkBinPackage { name = "seatd"; version = "0.8.0"; programs = [ "seatd" ]; };
  unbound = self.mkBinPackage { name = "unbound"; version = "1.20"; programs = [ "unbound" "unbound-checkconf" "unbound-anchor" ]; };
  haproxy = self.mkBinPackage { name = "haproxy"; version = "2.9"; programs = [ "haproxy" ]; };
  prometheus-node-exporter = self.mkBinPackage { name = "node_exporter"; version = "1.8.1"; programs = [ "node_exporter" ]; };
  rsync = self.mkBinPackage { name = "rsync"; version = "3.3.0"; programs = [ "rsync" ]; };
  wireguard-tools = self.mkBinPackage { name = "wireguard-tools"; programs = [ "wg" ]; };
  iproute2 = self.mkBinPackage { name = "iproute2"; programs = [ "ip" ]; };
  wpa_supplicant = self.mkBinPackage { name = "wpa_supplicant"; version = "2.11"; programs = [ "wpa_supplicant" "wpa_cli" ]; };
})
