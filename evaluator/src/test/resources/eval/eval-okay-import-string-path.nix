import (toString ./lang-fixtures/function.nix) 1
