builtins.toJSON { file = ./tojson-path-data.txt; }
