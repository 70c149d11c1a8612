f: x: x |> f |> f
