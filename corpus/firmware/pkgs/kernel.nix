# The payload: a stand-in for the flash kernel (the pre-kexec Linux that unlocks the disk and
# kexecs the real one). Its content is a deterministic function of the version, the configuration
# options and the amount of filler text, so that the image's bytes are reproducible.
{ mkStep
, version ? "6.6.58"
, options ? [ "KEXEC=y" "BLK_DEV_INITRD=y" "DM_CRYPT=y" "BLK_DEV_DM=y" "SERIAL_8250_CONSOLE=y" "MODULES=n" ]
, extraOptions ? [ ]
, fill ? 4096
}:
mkStep {
  name = "flash-kernel-${version}";
  script = ../builders/kernel.sh;
  inherit version fill;
  options = options ++ extraOptions;
  passthru = { inherit version; };
}
