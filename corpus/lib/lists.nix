# List helpers.
{ lib }:
let
  inherit (builtins) isList sort;
in
rec {
  inherit (builtins) foldl' concatLists concatMap elem elemAt filter genList head tail length map;

  # foldr op nul [ x1 x2 ] == op x1 (op x2 nul)
  foldr = op: nul: list:
    let
      len = length list;
      go = n: if n == len then nul else op (elemAt list n) (go (n + 1));
    in
    go 0;

  optional = cond: elem: if cond then [ elem ] else [ ];
  optionals = cond: elems: if cond then elems else [ ];

  toList = x: if isList x then x else [ x ];

  # Nested lists become one flat list; a non-list becomes a singleton.
  flatten = x: if isList x then concatMap flatten x else [ x ];

  # The first occurrence of each element, in order.
  unique = builtins.foldl' (seen: x: if elem x seen then seen else seen ++ [ x ]) [ ];

  imap0 = f: list: genList (n: f n (elemAt list n)) (length list);
  imap1 = f: list: genList (n: f (n + 1) (elemAt list n)) (length list);

  range = first: last: if first > last then [ ] else genList (n: first + n) (last - first + 1);

  take = count: list:
    let n = lib.min count (length list);
    in genList (elemAt list) (lib.max 0 n);

  drop = count: list:
    let n = length list - count;
    in if n <= 0 then [ ] else genList (i: elemAt list (i + count)) n;

  last = list:
    assert list != [ ] || throw "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  init = list:
    assert list != [ ] || throw "lists.init: list must not be empty!";
    take (length list - 1) list;

  # Stable sort by a key computed once per element.
  sortOn = f: list:
    map (pair: elemAt pair 1) (sort (a: b: head a < head b) (map (x: [ (f x) x ]) list));

  count = pred: builtins.foldl' (n: x: if pred x then n + 1 else n) 0;

  remove = e: filter (x: x != e);
}
