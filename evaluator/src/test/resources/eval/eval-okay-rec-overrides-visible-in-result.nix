(rec { __overrides = { a = "over"; }; a = "orig"; }).a
