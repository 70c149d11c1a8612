let s = { }; in s.${"x"} or "default"
