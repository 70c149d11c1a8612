# args: -I here=. <here/search-path.nix>
# -I adds PREFIX=PATH to the search path; a <...> argument is looked up there.
{ found = true; }
