let s = s // { }; in s
