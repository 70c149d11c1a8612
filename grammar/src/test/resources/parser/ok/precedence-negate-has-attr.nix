a: -a ? b
