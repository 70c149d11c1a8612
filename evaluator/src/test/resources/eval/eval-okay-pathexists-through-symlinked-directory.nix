builtins.pathExists ./store-data/link-to-tree/sub/deep/d.txt
