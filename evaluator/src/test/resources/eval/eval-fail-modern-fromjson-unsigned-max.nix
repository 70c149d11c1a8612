builtins.fromJSON ''{"attr": 18446744073709551615}''
