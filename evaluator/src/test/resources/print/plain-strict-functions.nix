# With --strict everything is evaluated: the functions of plain-lazy-functions.nix print as
# <LAMBDA>, the built-in as <PRIMOP>.
import ./plain-lazy-functions.nix
