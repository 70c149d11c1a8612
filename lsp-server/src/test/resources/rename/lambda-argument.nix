# rename-to: element
map (it$0em: item * 2) [ 1 2 3 ]
