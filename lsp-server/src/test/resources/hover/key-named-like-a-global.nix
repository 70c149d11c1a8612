# A binding's key that has the name of a global (here toString) is not that global.
{ toStr$0ing = x: "${x}"; }
