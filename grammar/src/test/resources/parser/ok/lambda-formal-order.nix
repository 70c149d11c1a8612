{ zz, a, m ? zz }: a
