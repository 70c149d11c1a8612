{ inherit ({ }) a; }.a
