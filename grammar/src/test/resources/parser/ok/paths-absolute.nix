[ /a /a/../b /a/./b/c /usr/share ]
