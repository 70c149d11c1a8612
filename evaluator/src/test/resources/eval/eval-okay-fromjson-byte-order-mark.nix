builtins.fromJSON "﻿[1]"
