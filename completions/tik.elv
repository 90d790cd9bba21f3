
set edit:completion:arg-completer[tik] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) TIK_COMPLETE="elvish" tik -- $@words) | to-lines
}

