let a = "outer"; in (rec { __overrides = { a = "over"; }; inherit a; b = a; }).b
