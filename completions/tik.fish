complete --keep-order --exclusive --command tik --arguments "(TIK_COMPLETE=fish tik -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
