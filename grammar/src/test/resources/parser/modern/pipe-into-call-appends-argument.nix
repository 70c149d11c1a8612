f: x: x |> f 1 |> builtins.toString
