map$0 (x: x) [ ]
