import (builtins.findFile [ { prefix = "fx"; path = toString ./lang-fixtures/search; } ] "fx/pkg")
