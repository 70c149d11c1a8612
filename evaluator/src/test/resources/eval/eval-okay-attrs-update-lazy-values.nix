({ a = throw "left"; } // { b = 1; } // { c = throw "right"; }).b
