# rename-to: bar
with builtins; le$0ngth [ 1 2 ]
