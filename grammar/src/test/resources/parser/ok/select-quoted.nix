x: x."if"."then"."a b"
