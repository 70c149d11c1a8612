# A compressed swap device in RAM: resets and sizes /dev/zram<device>, then mkswap + swapon.
{ lib, six, targets, pkgs
, size ? "50%"            # "<n>%" of RAM, or an integer number of MiB
, algorithm ? "zstd"
, device ? 0
, priority ? 100
}:
let
  fail = msg: throw "zram: ${msg}";
  algorithms = [ "lzo" "lzo-rle" "lz4" "lz4hc" "zstd" "842" ];
  dev = "/dev/zram${toString device}";
  sizeArg = if builtins.isInt size then "${toString size}M"
    else "$(( $(grep MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2) * ${lib.removeSuffix "%" size} / 100 ))K";
in
assert builtins.elem algorithm algorithms || fail "algorithm must be one of ${lib.concatStringsSep ", " algorithms}, not ${builtins.toJSON algorithm}";
assert builtins.isInt size && size > 0
  || builtins.isString size && builtins.match "[0-9]+%" size != null
     && (let p = builtins.fromJSON (lib.removeSuffix "%" size); in p > 0 && p <= 200)
  || fail "size must be a positive number of MiB or a percentage \"1%\"..\"200%\", not ${builtins.toJSON size}";
assert builtins.isInt device && device >= 0 || fail "device must be a non-negative integer";
assert builtins.isInt priority && priority >= -1 && priority <= 32767 || fail "priority must be an integer in -1..32767";
six.mkOneshot {
  up = ''
    ${pkgs.busybox}/bin/sh -ec "
    ${pkgs.util-linux}/bin/zramctl --reset ${dev} 2>/dev/null || true
    ${pkgs.util-linux}/bin/zramctl --algorithm ${algorithm} --size ${sizeArg} ${dev}
    ${pkgs.util-linux}/bin/mkswap ${dev}
    ${pkgs.util-linux}/bin/swapon -p ${toString priority} ${dev}
    "
  '';
  down = [ "${pkgs.util-linux}/bin/swapoff" dev ];
  passthru = {
    after = [ targets.global.coldplug ];
    inherit size algorithm device;
  };
}
