# ✓ ünïcode
1
