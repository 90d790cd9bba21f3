# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tik_global_optspecs
    string join \n host= timeout= idempotency-key= profile= json= jq= format= columns= no-headers no-input color= h/help V/version
end

function __fish_tik_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tik_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tik_using_subcommand
    set -l cmd (__fish_tik_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tik -n "__fish_tik_needs_command" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_needs_command" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_needs_command" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_needs_command" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_needs_command" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_needs_command" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_needs_command" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_needs_command" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_needs_command" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_needs_command" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_needs_command" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_needs_command" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_needs_command" -f -a "new" -d 'Open a ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "create" -d 'Open a ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "list" -d 'List tickets, newest first'
complete -c tik -n "__fish_tik_needs_command" -f -a "ls" -d 'List tickets, newest first'
complete -c tik -n "__fish_tik_needs_command" -f -a "show" -d 'Show a ticket with its thread, attachments and escalations'
complete -c tik -n "__fish_tik_needs_command" -f -a "view" -d 'Show a ticket with its thread, attachments and escalations'
complete -c tik -n "__fish_tik_needs_command" -f -a "comment" -d 'Comment on a ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "attach" -d 'Attach files to a ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "download" -d 'Save a ticket\'s attachments'
complete -c tik -n "__fish_tik_needs_command" -f -a "status" -d 'Move a ticket through the workflow'
complete -c tik -n "__fish_tik_needs_command" -f -a "assign" -d 'Assign a ticket to an agent, to yourself, or to nobody'
complete -c tik -n "__fish_tik_needs_command" -f -a "edit" -d 'Change a ticket\'s fields'
complete -c tik -n "__fish_tik_needs_command" -f -a "watchers" -d 'Add or remove a ticket\'s watchers (CC)'
complete -c tik -n "__fish_tik_needs_command" -f -a "link" -d 'Link two tickets as related'
complete -c tik -n "__fish_tik_needs_command" -f -a "unlink" -d 'Remove the link between two related tickets'
complete -c tik -n "__fish_tik_needs_command" -f -a "escalate" -d 'Escalate a ticket, printing the escalation\'s key'
complete -c tik -n "__fish_tik_needs_command" -f -a "escalation" -d 'Move an escalation through its stages (agents)'
complete -c tik -n "__fish_tik_needs_command" -f -a "access" -d 'Grant or revoke support\'s access to your account for a ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "close" -d 'Close a ticket with a resolution'
complete -c tik -n "__fish_tik_needs_command" -f -a "reopen" -d 'Reopen a resolved or closed ticket'
complete -c tik -n "__fish_tik_needs_command" -f -a "rate" -d 'Rate how support handled a closed ticket, once'
complete -c tik -n "__fish_tik_needs_command" -f -a "secret" -d 'Give support a secret for a ticket (a password), read it, or clear it'
complete -c tik -n "__fish_tik_needs_command" -f -a "whoami" -d 'Show who the token acts as, and on which service'
complete -c tik -n "__fish_tik_needs_command" -f -a "auth" -d 'Log in to a service, see who you are there, log out'
complete -c tik -n "__fish_tik_needs_command" -f -a "api" -d 'Send any request to the service, with the configured host and token'
complete -c tik -n "__fish_tik_needs_command" -f -a "catalog" -d 'Show what tickets can be filed under'
complete -c tik -n "__fish_tik_needs_command" -f -a "config" -d 'Read and change the configuration file'
complete -c tik -n "__fish_tik_needs_command" -f -a "man" -d 'Install the man pages, or print one'
complete -c tik -n "__fish_tik_needs_command" -f -a "serve" -d 'Run the ticket service on its embedded database'
complete -c tik -n "__fish_tik_needs_command" -f -a "admin" -d 'Operator commands, run on the service\'s host'
complete -c tik -n "__fish_tik_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand new" -s t -l title -d 'The subject, in a line' -r
complete -c tik -n "__fish_tik_using_subcommand new" -s b -l body -d 'The description' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l body-file -d 'Read the description from a file; `-` reads stdin' -r -F
complete -c tik -n "__fish_tik_using_subcommand new" -l type -d 'What kind of request it is' -r -f -a "incident\t''
bug\t''
feature\t''
question\t''
maintenance\t''"
complete -c tik -n "__fish_tik_using_subcommand new" -s p -l priority -d 'A priority of the service\'s scale (`tik catalog` lists it)' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l department -d 'A department of the catalogue, e.g. technical-support or billing' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l service -d 'The service concerned, from the catalogue' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l category -d 'A category code from the catalogue, e.g. 1.5' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l project -d 'The project it is about' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l visibility -d 'Who else may see the ticket' -r -f -a "organisation\t'The requester\'s organisation'
private\t'The requester alone'"
complete -c tik -n "__fish_tik_using_subcommand new" -l cc -d 'Someone who follows the ticket and sees it as you do (repeatable)' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l channel -d 'How the request reached support' -r -f -a "cli\t''
web\t''
email\t''
phone\t''
chat\t''
conference\t''
api\t''"
complete -c tik -n "__fish_tik_using_subcommand new" -l from -d 'Start from an existing ticket\'s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is' -r
complete -c tik -n "__fish_tik_using_subcommand new" -s a -l attach -d 'Attach a file (repeatable)' -r -F
complete -c tik -n "__fish_tik_using_subcommand new" -l dedupe-key -d 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand new" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand new" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand new" -s q -l quiet -d 'Print only the ticket\'s key, the new one or the one deduplicated onto (even with --json)'
complete -c tik -n "__fish_tik_using_subcommand new" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand new" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand new" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand create" -s t -l title -d 'The subject, in a line' -r
complete -c tik -n "__fish_tik_using_subcommand create" -s b -l body -d 'The description' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l body-file -d 'Read the description from a file; `-` reads stdin' -r -F
complete -c tik -n "__fish_tik_using_subcommand create" -l type -d 'What kind of request it is' -r -f -a "incident\t''
bug\t''
feature\t''
question\t''
maintenance\t''"
complete -c tik -n "__fish_tik_using_subcommand create" -s p -l priority -d 'A priority of the service\'s scale (`tik catalog` lists it)' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l department -d 'A department of the catalogue, e.g. technical-support or billing' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l service -d 'The service concerned, from the catalogue' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l category -d 'A category code from the catalogue, e.g. 1.5' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l project -d 'The project it is about' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l visibility -d 'Who else may see the ticket' -r -f -a "organisation\t'The requester\'s organisation'
private\t'The requester alone'"
complete -c tik -n "__fish_tik_using_subcommand create" -l cc -d 'Someone who follows the ticket and sees it as you do (repeatable)' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l channel -d 'How the request reached support' -r -f -a "cli\t''
web\t''
email\t''
phone\t''
chat\t''
conference\t''
api\t''"
complete -c tik -n "__fish_tik_using_subcommand create" -l from -d 'Start from an existing ticket\'s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is' -r
complete -c tik -n "__fish_tik_using_subcommand create" -s a -l attach -d 'Attach a file (repeatable)' -r -F
complete -c tik -n "__fish_tik_using_subcommand create" -l dedupe-key -d 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand create" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand create" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand create" -s q -l quiet -d 'Print only the ticket\'s key, the new one or the one deduplicated onto (even with --json)'
complete -c tik -n "__fish_tik_using_subcommand create" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand create" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand create" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand list" -s s -l status -d 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l type -d 'Tickets of this type' -r -f -a "incident\t''
bug\t''
feature\t''
question\t''
maintenance\t''"
complete -c tik -n "__fish_tik_using_subcommand list" -s p -l priority -d 'A priority of the service\'s scale, e.g. high' -r
complete -c tik -n "__fish_tik_using_subcommand list" -s a -l assignee -d 'Tickets assigned to this user' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l requester -d 'Tickets opened by this user' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l org -d 'Only tickets of an organisation: yours, or the one named (agents)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l dedupe-key -d 'Only tickets with this dedupe key (`tik new --dedupe-key`)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -s L -l limit -d 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand list" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand list" -l mine -d 'Only tickets you opened or are assigned'
complete -c tik -n "__fish_tik_using_subcommand list" -l waiting -d 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work'
complete -c tik -n "__fish_tik_using_subcommand list" -l updated -d 'Only tickets with activity you have not seen since you last showed them'
complete -c tik -n "__fish_tik_using_subcommand list" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand list" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand list" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand ls" -s s -l status -d 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l type -d 'Tickets of this type' -r -f -a "incident\t''
bug\t''
feature\t''
question\t''
maintenance\t''"
complete -c tik -n "__fish_tik_using_subcommand ls" -s p -l priority -d 'A priority of the service\'s scale, e.g. high' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -s a -l assignee -d 'Tickets assigned to this user' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l requester -d 'Tickets opened by this user' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l org -d 'Only tickets of an organisation: yours, or the one named (agents)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l dedupe-key -d 'Only tickets with this dedupe key (`tik new --dedupe-key`)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -s L -l limit -d 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand ls" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand ls" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand ls" -l mine -d 'Only tickets you opened or are assigned'
complete -c tik -n "__fish_tik_using_subcommand ls" -l waiting -d 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work'
complete -c tik -n "__fish_tik_using_subcommand ls" -l updated -d 'Only tickets with activity you have not seen since you last showed them'
complete -c tik -n "__fish_tik_using_subcommand ls" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand ls" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand ls" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand show" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand show" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand show" -l history -d 'Also every change: who, when, what, before and after'
complete -c tik -n "__fish_tik_using_subcommand show" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand show" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand show" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand view" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand view" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand view" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand view" -l history -d 'Also every change: who, when, what, before and after'
complete -c tik -n "__fish_tik_using_subcommand view" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand view" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand view" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand comment" -s b -l body -d 'The comment' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l body-file -d 'Read the comment from a file; `-` reads stdin' -r -F
complete -c tik -n "__fish_tik_using_subcommand comment" -s a -l attach -d 'Attach a file (repeatable)' -r -F
complete -c tik -n "__fish_tik_using_subcommand comment" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand comment" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand comment" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand comment" -l internal -d 'An internal note, for agents only'
complete -c tik -n "__fish_tik_using_subcommand comment" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand comment" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand comment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand comment" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand attach" -l name -d 'The name of the file read from standard input' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand attach" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand attach" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand attach" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand attach" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand attach" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand download" -s o -l output -d 'The directory to save into (default: the current one); `-` writes to standard output' -r -F
complete -c tik -n "__fish_tik_using_subcommand download" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand download" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand download" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand download" -l clobber -d 'Overwrite files that exist'
complete -c tik -n "__fish_tik_using_subcommand download" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand download" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand download" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand status" -s r -l resolution -d 'How it ended, with resolved or closed (default: fixed)' -r -f -a "fixed\t''
unable-to-reproduce\t''
not-fixable\t''
duplicate\t''
not-a-bug\t''
suspended\t''
wont-fix\t''"
complete -c tik -n "__fish_tik_using_subcommand status" -l duplicate-of -d 'The original, for --resolution duplicate' -r
complete -c tik -n "__fish_tik_using_subcommand status" -s c -l comment -d 'A comment, added in the same change' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand status" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand status" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand status" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand status" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand assign" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand assign" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand assign" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand assign" -l me -d 'Assign it to yourself'
complete -c tik -n "__fish_tik_using_subcommand assign" -l none -d 'Leave it to nobody'
complete -c tik -n "__fish_tik_using_subcommand assign" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand assign" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand assign" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand edit" -s t -l title -d 'The subject, in a line' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -s b -l body -d 'The description' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l body-file -d 'Read the description from a file; `-` reads stdin' -r -F
complete -c tik -n "__fish_tik_using_subcommand edit" -l type -d 'What kind of request it is' -r -f -a "incident\t''
bug\t''
feature\t''
question\t''
maintenance\t''"
complete -c tik -n "__fish_tik_using_subcommand edit" -s p -l priority -d 'A priority of the service\'s scale (`tik catalog` lists it)' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l department -d 'A department of the catalogue, e.g. technical-support or billing' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l service -d 'The service concerned, from the catalogue' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l category -d 'A category code from the catalogue, e.g. 1.5' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l project -d 'The project it is about' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l visibility -d 'Who else may see the ticket' -r -f -a "organisation\t'The requester\'s organisation'
private\t'The requester alone'"
complete -c tik -n "__fish_tik_using_subcommand edit" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand edit" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand edit" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand edit" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand edit" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand edit" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -f -a "add" -d 'Add a watcher'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -f -a "remove" -d 'Remove a watcher'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -f -a "rm" -d 'Remove a watcher'
complete -c tik -n "__fish_tik_using_subcommand watchers; and not __fish_seen_subcommand_from add remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a watcher'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a watcher'
complete -c tik -n "__fish_tik_using_subcommand watchers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand link" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand link" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand link" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand link" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand link" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand link" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand unlink" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand unlink" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand unlink" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand unlink" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand unlink" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand unlink" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand escalate" -s r -l reason -d 'Why it needs escalating' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand escalate" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand escalate" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand escalate" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand escalate" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand escalate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand escalate" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -f -a "stage" -d 'Move an escalation to a later stage'
complete -c tik -n "__fish_tik_using_subcommand escalation; and not __fish_seen_subcommand_from stage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l eta -d 'The estimated resolution date: YYYY-MM-DD (end of that day, UTC) or RFC 3339' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from stage" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from help" -f -a "stage" -d 'Move an escalation to a later stage'
complete -c tik -n "__fish_tik_using_subcommand escalation; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -f -a "grant" -d 'Let support log in as you for this ticket'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -f -a "revoke" -d 'Take that consent back'
complete -c tik -n "__fish_tik_using_subcommand access; and not __fish_seen_subcommand_from grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let support log in as you for this ticket'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take that consent back'
complete -c tik -n "__fish_tik_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand close" -s r -l resolution -d 'How it ended (default: fixed)' -r -f -a "fixed\t''
unable-to-reproduce\t''
not-fixable\t''
duplicate\t''
not-a-bug\t''
suspended\t''
wont-fix\t''"
complete -c tik -n "__fish_tik_using_subcommand close" -l duplicate-of -d 'The original, for --resolution duplicate' -r
complete -c tik -n "__fish_tik_using_subcommand close" -s c -l comment -d 'A closing comment' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand close" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand close" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand close" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand close" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand close" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand reopen" -s c -l comment -d 'Why it is reopened' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand reopen" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand reopen" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand reopen" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand reopen" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand reopen" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand rate" -s r -l remark -d 'A remark for support' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand rate" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand rate" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand rate" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand rate" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand rate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand rate" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -f -a "set" -d 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -f -a "show" -d 'Print the ticket\'s secret (agents and admins)'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -f -a "clear" -d 'Remove the ticket\'s secret before its time (its requester, or an agent)'
complete -c tik -n "__fish_tik_using_subcommand secret; and not __fish_seen_subcommand_from set show clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "set" -d 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the ticket\'s secret (agents and admins)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove the ticket\'s secret before its time (its requester, or an agent)'
complete -c tik -n "__fish_tik_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand whoami" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand whoami" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand whoami" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand whoami" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand whoami" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "login" -d 'Check a token, or trade a password for one, and keep it in the system keyring'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "status" -d 'Show the service, who you are there, and where the token is kept (never the token)'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "logout" -d 'Revoke the token on the service and forget it here'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "token" -d 'Print the token in use, for a script that needs it'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "tokens" -d 'List your tokens (name, scopes, last use, expiry), or revoke one'
complete -c tik -n "__fish_tik_using_subcommand auth; and not __fish_seen_subcommand_from login status logout token tokens help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -s u -l user -d 'Log in as this user: the password (prompted, or read from standard input) is traded for a new token, and is not kept' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-name -d 'The new token\'s name [default: tik on HOSTNAME]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l scopes -d 'The new token\'s scopes, comma-separated [default: read,write; and admin for admins]' -r -f -a "read\t'Read what the user may see'
write\t'Change tickets: open, comment, attach, move, close'
admin\t'Act on other users\' tokens (admins only)'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l expires-in -d 'Days until the new token expires [default: never]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from standard input instead of a prompt'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Keep the token in a plain file only you can read (tik/credentials.toml in the XDG config directory) instead of the system keyring'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l local -d 'Only forget it here: the service is gone for good (the token stays valid there)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -f -a "revoke" -d 'Revoke one of your tokens by name: it stops working at once, everywhere'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from tokens" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Check a token, or trade a password for one, and keep it in the system keyring'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the service, who you are there, and where the token is kept (never the token)'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Revoke the token on the service and forget it here'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the token in use, for a script that needs it'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "tokens" -d 'List your tokens (name, scopes, last use, expiry), or revoke one'
complete -c tik -n "__fish_tik_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand api" -s f -l raw-field -d 'A field whose value is a string' -r
complete -c tik -n "__fish_tik_using_subcommand api" -s F -l field -d 'A field whose value is JSON when it reads as such (a number, true, false, null), else a string' -r
complete -c tik -n "__fish_tik_using_subcommand api" -s H -l header -d 'A header to send, e.g. \'If-Match: "3"\'' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l input -d 'The body, from a file (`-` for standard input), sent as JSON' -r -F
complete -c tik -n "__fish_tik_using_subcommand api" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand api" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand api" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand api" -l paginate -d 'Follow the pages of a list and print all their items'
complete -c tik -n "__fish_tik_using_subcommand api" -l jsonl -d 'With --paginate: one item a line, printed as each page arrives'
complete -c tik -n "__fish_tik_using_subcommand api" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand api" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand api" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand catalog" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand catalog" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand catalog" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand catalog" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand catalog" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand catalog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand catalog" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "get" -d 'Print a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "set" -d 'Change a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "unset" -d 'Remove a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "list" -d 'Print every setting of every profile, and where the file is'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "ls" -d 'Print every setting of every profile, and where the file is'
complete -c tik -n "__fish_tik_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print every setting of every profile, and where the file is'
complete -c tik -n "__fish_tik_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand man" -l dir -d 'Where to write the pages [default: share/man/man1 beside tik\'s bin directory, else man/man1 in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand man" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand man" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand man" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand man" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand man" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand man" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand serve" -l listen -d 'The address to listen on; port 0 picks a free one' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand serve" -l key-prefix -d 'The prefix of ticket keys' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l max-attachment-size -d 'The largest attachment accepted, in bytes [default: the catalogue\'s, else 10 MiB]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l max-files-per-message -d 'The most files one message may carry [default: the catalogue\'s, else 5]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l allow-type -d 'Accept attachments of this media type, e.g. text/plain, or kind, e.g. image/* (repeatable; replaces the catalogue\'s list, else the default one: text, data, documents, images, videos, archives)' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l header-timeout -d 'The most seconds a client may take to send a request\'s headers, or to start its next request on a kept-alive connection' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l body-timeout -d 'The most seconds a request body (an upload) may go without sending a byte, or a client without reading one of its answer (a download)' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l max-connections -d 'The most connections open at once [default: 10000, or what the open-file limit allows]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l secret-lifetime -d 'How long a ticket\'s shared secret is kept before it is purged: seconds, or a number with a unit, s, m, h or d (e.g. 30s, 12h, 7d)' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l secret-key-file -d 'The key file shared secrets are sealed with (32 bytes, its owner\'s alone; made on first start) [default: the database\'s path + .key, e.g. tik.db.key]' -r -F
complete -c tik -n "__fish_tik_using_subcommand serve" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand serve" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand serve" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand serve" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand serve" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand serve" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -f -a "user" -d 'Manage users'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -f -a "org" -d 'Manage customer organisations'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -f -a "token" -d 'Manage API tokens'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -f -a "catalog" -d 'Import or export the catalogue: priorities, departments, services, types, categories'
complete -c tik -n "__fish_tik_using_subcommand admin; and not __fish_seen_subcommand_from user org token catalog help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a user\'s e-mail address, role or organisation'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "ls" -d 'List the users'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a user\'s password, for `tik auth login`'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -f -a "add" -d 'Add an organisation'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organisations, with their members and tickets'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -f -a "ls" -d 'List the organisations, with their members and tickets'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from org" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token for a user and print it, once'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -f -a "list" -d 'List the tokens (never their secrets, which are not kept)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -f -a "ls" -d 'List the tokens (never their secrets, which are not kept)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token: it stops working at once'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l database -d 'The SQLite database [default: tik/tik.db in the user\'s data directory]' -r -F
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l host -d 'The service to talk to' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l timeout -d 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile\'s, else 60]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l idempotency-key -d 'The Idempotency-Key of the command\'s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l profile -d 'The configuration profile to use [default: the file\'s default-profile, else default]' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l json -d 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l jq -d 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq \'.[].key\')' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l format -d 'How to print [default: table]' -r -f -a "table\t'For people: tables and text, fitted to the terminal (the default)'
json\t'One JSON document (`--json` says the same)'
jsonl\t'A JSON value a line: each item of a list on its own line'
csv\t'Comma-separated values (RFC 4180), a header line first'
tsv\t'Tab-separated values, a header line first; tabs, line breaks and backslashes escaped'
plain\t'The text for people as a pipe gets it: no colour, nothing cut, exact times'"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l columns -d 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)' -r
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l no-headers -d 'Leave out the header line of tables, csv and tsv'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -l no-input -d 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -s V -l version -d 'Print version'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -f -a "import" -d 'Replace the catalogue with a file\'s (TOML or JSON), all of it or nothing'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -f -a "export" -d 'Print the catalogue in force as a file that `import` takes back'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from catalog" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "user" -d 'Manage users'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "org" -d 'Manage customer organisations'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "token" -d 'Manage API tokens'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "catalog" -d 'Import or export the catalogue: priorities, departments, services, types, categories'
complete -c tik -n "__fish_tik_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "new" -d 'Open a ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "list" -d 'List tickets, newest first'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "show" -d 'Show a ticket with its thread, attachments and escalations'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "comment" -d 'Comment on a ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "attach" -d 'Attach files to a ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "download" -d 'Save a ticket\'s attachments'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "status" -d 'Move a ticket through the workflow'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "assign" -d 'Assign a ticket to an agent, to yourself, or to nobody'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "edit" -d 'Change a ticket\'s fields'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "watchers" -d 'Add or remove a ticket\'s watchers (CC)'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "link" -d 'Link two tickets as related'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "unlink" -d 'Remove the link between two related tickets'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "escalate" -d 'Escalate a ticket, printing the escalation\'s key'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "escalation" -d 'Move an escalation through its stages (agents)'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "access" -d 'Grant or revoke support\'s access to your account for a ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "close" -d 'Close a ticket with a resolution'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "reopen" -d 'Reopen a resolved or closed ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "rate" -d 'Rate how support handled a closed ticket, once'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "secret" -d 'Give support a secret for a ticket (a password), read it, or clear it'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "whoami" -d 'Show who the token acts as, and on which service'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "auth" -d 'Log in to a service, see who you are there, log out'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "api" -d 'Send any request to the service, with the configured host and token'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "catalog" -d 'Show what tickets can be filed under'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "config" -d 'Read and change the configuration file'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "man" -d 'Install the man pages, or print one'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "serve" -d 'Run the ticket service on its embedded database'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "admin" -d 'Operator commands, run on the service\'s host'
complete -c tik -n "__fish_tik_using_subcommand help; and not __fish_seen_subcommand_from new list show comment attach download status assign edit watchers link unlink escalate escalation access close reopen rate secret whoami auth api catalog config man serve admin help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from watchers" -f -a "add" -d 'Add a watcher'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from watchers" -f -a "remove" -d 'Remove a watcher'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from escalation" -f -a "stage" -d 'Move an escalation to a later stage'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "grant" -d 'Let support log in as you for this ticket'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "revoke" -d 'Take that consent back'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "set" -d 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "show" -d 'Print the ticket\'s secret (agents and admins)'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "clear" -d 'Remove the ticket\'s secret before its time (its requester, or an agent)'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Check a token, or trade a password for one, and keep it in the system keyring'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the service, who you are there, and where the token is kept (never the token)'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Revoke the token on the service and forget it here'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the token in use, for a script that needs it'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "tokens" -d 'List your tokens (name, scopes, last use, expiry), or revoke one'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting of the profile in use'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Print every setting of every profile, and where the file is'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "user" -d 'Manage users'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "org" -d 'Manage customer organisations'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "token" -d 'Manage API tokens'
complete -c tik -n "__fish_tik_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "catalog" -d 'Import or export the catalogue: priorities, departments, services, types, categories'
