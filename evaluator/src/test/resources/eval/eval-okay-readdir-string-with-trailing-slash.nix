builtins.readDir "${toString ./store-data/tree}/sub/"
