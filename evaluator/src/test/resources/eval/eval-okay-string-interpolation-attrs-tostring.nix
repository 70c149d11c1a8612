"<${{ __toString = self: "hi"; }}>"
