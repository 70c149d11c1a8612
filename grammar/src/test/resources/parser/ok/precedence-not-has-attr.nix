a: !a ? b
