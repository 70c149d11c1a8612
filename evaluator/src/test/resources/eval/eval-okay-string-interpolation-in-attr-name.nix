let k = "key"; in { "${k}-1" = 1; "x${k}" = 2; }
