" Nix syntax for six: comments, both string kinds with their ${} interpolations and escapes,
" paths, search paths, URIs, keywords, builtins and the infuse sugars.
if exists('b:current_syntax')
  finish
endif

syn keyword nixKeyword if then else assert with let in rec inherit or
syn keyword nixConstant true false null
syn keyword nixBuiltin builtins import throw abort map toString isNull baseNameOf dirOf derivation removeAttrs fetchTarball placeholder scopedImport
syn match nixNumber "\<\d\+\(\.\d*\)\?\>"
syn match nixUri "\<[a-zA-Z][a-zA-Z0-9+.-]*:[a-zA-Z0-9%/?:@&=+$,_.!~*'-]\+"
syn match nixPath "\(\~\|[a-zA-Z0-9._+-]*\)\(/[a-zA-Z0-9._+-]\+\)\+/\?"
syn match nixSearchPath "<[a-zA-Z0-9._+-]\+\(/[a-zA-Z0-9._+-]\+\)*>"
syn match nixAttribute "[a-zA-Z_][a-zA-Z0-9_'-]*\ze\(\.[a-zA-Z_][a-zA-Z0-9_'-]*\)*\s*=[^=]"
" After nixAttribute: at the same position the later item wins.
syn match nixSugar "\<__\(init\|default\|assign\|underlay\|overlay\|prepend\|append\|input\|output\|values\|infuse\)\>"

syn region nixComment start="#" end="$" contains=@Spell
syn region nixComment start="/\*" end="\*/" contains=@Spell

syn region nixInterpolation matchgroup=nixInterpolationDelimiter start="\${" end="}" contained contains=TOP
syn match nixStringEscape "\\." contained
syn match nixIndentedEscape "''\(\$\|'\|\\.\)" contained
syn region nixString start=+"+ skip=+\\.+ end=+"+ contains=nixInterpolation,nixStringEscape,@Spell
syn region nixIndentedString start=+''+ skip=+''\('\|\$\|\\.\)+ end=+''+ contains=nixInterpolation,nixIndentedEscape,@Spell
syn match nixDollarDollar "\$\$" containedin=nixString,nixIndentedString

hi def link nixKeyword Keyword
hi def link nixConstant Constant
hi def link nixBuiltin Function
hi def link nixSugar PreProc
hi def link nixNumber Number
hi def link nixUri Underlined
hi def link nixPath Include
hi def link nixSearchPath Include
hi def link nixAttribute Identifier
hi def link nixComment Comment
hi def link nixString String
hi def link nixIndentedString String
hi def link nixStringEscape SpecialChar
hi def link nixIndentedEscape SpecialChar
hi def link nixInterpolationDelimiter Delimiter

let b:current_syntax = 'nix'
