map (x: x) [ ]
