let esc = builtins.fromJSON "\"\\u001b\""; in throw "found ${esc}[1;35m\"configuration\"${esc}[0m here"
