let v = 1; in "${v$0}"
