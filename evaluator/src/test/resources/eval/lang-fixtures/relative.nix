{ self = ./relative.nix; sibling = import ./dir/other.nix; pos = __curPos; }
