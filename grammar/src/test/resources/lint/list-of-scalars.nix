# A list is a sequence of infusions: scalars in it are refused, functions and sets are fine.
{ infuse, prev }:
infuse prev {
  servers = [ "pool.ntp.org" 123 ];
  ports = [ (old: old ++ [ 22 ]) { __append = [ 80 ]; } ];
  hosts.__assign = [ "a" "b" ];
}
