x: y: x$0 + y
