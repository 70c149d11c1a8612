f: x: (x |> f) + (f <| x)
