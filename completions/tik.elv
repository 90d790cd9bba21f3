
use builtin;
use str;

set edit:completion:arg-completer[tik] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tik'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tik'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Open a ticket'
            cand create 'Open a ticket'
            cand list 'List tickets, newest first'
            cand ls 'List tickets, newest first'
            cand show 'Show a ticket with its thread, attachments and escalations'
            cand view 'Show a ticket with its thread, attachments and escalations'
            cand comment 'Comment on a ticket'
            cand attach 'Attach files to a ticket'
            cand download 'Save a ticket''s attachments'
            cand status 'Move a ticket through the workflow'
            cand assign 'Assign a ticket to an agent, to yourself, or to nobody'
            cand edit 'Change a ticket''s fields'
            cand watchers 'Add or remove a ticket''s watchers (CC)'
            cand link 'Link two tickets as related'
            cand unlink 'Remove the link between two related tickets'
            cand escalate 'Escalate a ticket, printing the escalation''s key'
            cand escalation 'Move an escalation through its stages (agents)'
            cand access 'Grant or revoke support''s access to your account for a ticket'
            cand close 'Close a ticket with a resolution'
            cand reopen 'Reopen a resolved or closed ticket'
            cand rate 'Rate how support handled a closed ticket, once'
            cand secret 'Give support a secret for a ticket (a password), read it, or clear it'
            cand whoami 'Show who the token acts as, and on which service'
            cand auth 'Log in to a service, see who you are there, log out'
            cand api 'Send any request to the service, with the configured host and token'
            cand catalog 'Show what tickets can be filed under'
            cand config 'Read and change the configuration file'
            cand man 'Install the man pages, or print one'
            cand serve 'Run the ticket service on its embedded database'
            cand admin 'Operator commands, run on the service''s host'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;new'= {
            cand -t 'The subject, in a line'
            cand --title 'The subject, in a line'
            cand -b 'The description'
            cand --body 'The description'
            cand --body-file 'Read the description from a file; `-` reads stdin'
            cand --type 'What kind of request it is'
            cand -p 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --priority 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --department 'A department of the catalogue, e.g. technical-support or billing'
            cand --service 'The service concerned, from the catalogue'
            cand --category 'A category code from the catalogue, e.g. 1.5'
            cand --project 'The project it is about'
            cand --visibility 'Who else may see the ticket'
            cand --cc 'Someone who follows the ticket and sees it as you do (repeatable)'
            cand --channel 'How the request reached support'
            cand --from 'Start from an existing ticket''s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is'
            cand -a 'Attach a file (repeatable)'
            cand --attach 'Attach a file (repeatable)'
            cand --dedupe-key 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand -q 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)'
            cand --quiet 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;create'= {
            cand -t 'The subject, in a line'
            cand --title 'The subject, in a line'
            cand -b 'The description'
            cand --body 'The description'
            cand --body-file 'Read the description from a file; `-` reads stdin'
            cand --type 'What kind of request it is'
            cand -p 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --priority 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --department 'A department of the catalogue, e.g. technical-support or billing'
            cand --service 'The service concerned, from the catalogue'
            cand --category 'A category code from the catalogue, e.g. 1.5'
            cand --project 'The project it is about'
            cand --visibility 'Who else may see the ticket'
            cand --cc 'Someone who follows the ticket and sees it as you do (repeatable)'
            cand --channel 'How the request reached support'
            cand --from 'Start from an existing ticket''s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is'
            cand -a 'Attach a file (repeatable)'
            cand --attach 'Attach a file (repeatable)'
            cand --dedupe-key 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand -q 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)'
            cand --quiet 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;list'= {
            cand -s 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)'
            cand --status 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)'
            cand --type 'Tickets of this type'
            cand -p 'A priority of the service''s scale, e.g. high'
            cand --priority 'A priority of the service''s scale, e.g. high'
            cand -a 'Tickets assigned to this user'
            cand --assignee 'Tickets assigned to this user'
            cand --requester 'Tickets opened by this user'
            cand --org 'Only tickets of an organisation: yours, or the one named (agents)'
            cand --dedupe-key 'Only tickets with this dedupe key (`tik new --dedupe-key`)'
            cand -L 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)'
            cand --limit 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --mine 'Only tickets you opened or are assigned'
            cand --waiting 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work'
            cand --updated 'Only tickets with activity you have not seen since you last showed them'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;ls'= {
            cand -s 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)'
            cand --status 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)'
            cand --type 'Tickets of this type'
            cand -p 'A priority of the service''s scale, e.g. high'
            cand --priority 'A priority of the service''s scale, e.g. high'
            cand -a 'Tickets assigned to this user'
            cand --assignee 'Tickets assigned to this user'
            cand --requester 'Tickets opened by this user'
            cand --org 'Only tickets of an organisation: yours, or the one named (agents)'
            cand --dedupe-key 'Only tickets with this dedupe key (`tik new --dedupe-key`)'
            cand -L 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)'
            cand --limit 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --mine 'Only tickets you opened or are assigned'
            cand --waiting 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work'
            cand --updated 'Only tickets with activity you have not seen since you last showed them'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;show'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --history 'Also every change: who, when, what, before and after'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;view'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --history 'Also every change: who, when, what, before and after'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;comment'= {
            cand -b 'The comment'
            cand --body 'The comment'
            cand --body-file 'Read the comment from a file; `-` reads stdin'
            cand -a 'Attach a file (repeatable)'
            cand --attach 'Attach a file (repeatable)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --internal 'An internal note, for agents only'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;attach'= {
            cand --name 'The name of the file read from standard input'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;download'= {
            cand -o 'The directory to save into (default: the current one); `-` writes to standard output'
            cand --output 'The directory to save into (default: the current one); `-` writes to standard output'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --clobber 'Overwrite files that exist'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;status'= {
            cand -r 'How it ended, with resolved or closed (default: fixed)'
            cand --resolution 'How it ended, with resolved or closed (default: fixed)'
            cand --duplicate-of 'The original, for --resolution duplicate'
            cand -c 'A comment, added in the same change'
            cand --comment 'A comment, added in the same change'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;assign'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --me 'Assign it to yourself'
            cand --none 'Leave it to nobody'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;edit'= {
            cand -t 'The subject, in a line'
            cand --title 'The subject, in a line'
            cand -b 'The description'
            cand --body 'The description'
            cand --body-file 'Read the description from a file; `-` reads stdin'
            cand --type 'What kind of request it is'
            cand -p 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --priority 'A priority of the service''s scale (`tik catalog` lists it)'
            cand --department 'A department of the catalogue, e.g. technical-support or billing'
            cand --service 'The service concerned, from the catalogue'
            cand --category 'A category code from the catalogue, e.g. 1.5'
            cand --project 'The project it is about'
            cand --visibility 'Who else may see the ticket'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;watchers'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a watcher'
            cand remove 'Remove a watcher'
            cand rm 'Remove a watcher'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;watchers;add'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;watchers;remove'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;watchers;rm'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;watchers;help'= {
            cand add 'Add a watcher'
            cand remove 'Remove a watcher'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;watchers;help;add'= {
        }
        &'tik;watchers;help;remove'= {
        }
        &'tik;watchers;help;help'= {
        }
        &'tik;link'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;unlink'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;escalate'= {
            cand -r 'Why it needs escalating'
            cand --reason 'Why it needs escalating'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;escalation'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stage 'Move an escalation to a later stage'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;escalation;stage'= {
            cand --eta 'The estimated resolution date: YYYY-MM-DD (end of that day, UTC) or RFC 3339'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;escalation;help'= {
            cand stage 'Move an escalation to a later stage'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;escalation;help;stage'= {
        }
        &'tik;escalation;help;help'= {
        }
        &'tik;access'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Let support log in as you for this ticket'
            cand revoke 'Take that consent back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;access;grant'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;access;revoke'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;access;help'= {
            cand grant 'Let support log in as you for this ticket'
            cand revoke 'Take that consent back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;access;help;grant'= {
        }
        &'tik;access;help;revoke'= {
        }
        &'tik;access;help;help'= {
        }
        &'tik;close'= {
            cand -r 'How it ended (default: fixed)'
            cand --resolution 'How it ended (default: fixed)'
            cand --duplicate-of 'The original, for --resolution duplicate'
            cand -c 'A closing comment'
            cand --comment 'A closing comment'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;reopen'= {
            cand -c 'Why it is reopened'
            cand --comment 'Why it is reopened'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;rate'= {
            cand -r 'A remark for support'
            cand --remark 'A remark for support'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;secret'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
            cand show 'Print the ticket''s secret (agents and admins)'
            cand clear 'Remove the ticket''s secret before its time (its requester, or an agent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;secret;set'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;secret;show'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;secret;clear'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;secret;help'= {
            cand set 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
            cand show 'Print the ticket''s secret (agents and admins)'
            cand clear 'Remove the ticket''s secret before its time (its requester, or an agent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;secret;help;set'= {
        }
        &'tik;secret;help;show'= {
        }
        &'tik;secret;help;clear'= {
        }
        &'tik;secret;help;help'= {
        }
        &'tik;whoami'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Check a token, or trade a password for one, and keep it in the system keyring'
            cand status 'Show the service, who you are there, and where the token is kept (never the token)'
            cand logout 'Revoke the token on the service and forget it here'
            cand token 'Print the token in use, for a script that needs it'
            cand tokens 'List your tokens (name, scopes, last use, expiry), or revoke one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;auth;login'= {
            cand -u 'Log in as this user: the password (prompted, or read from standard input) is traded for a new token, and is not kept'
            cand --user 'Log in as this user: the password (prompted, or read from standard input) is traded for a new token, and is not kept'
            cand --token-name 'The new token''s name [default: tik on HOSTNAME]'
            cand --scopes 'The new token''s scopes, comma-separated [default: read,write; and admin for admins]'
            cand --expires-in 'Days until the new token expires [default: never]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --with-token 'Read the token from standard input instead of a prompt'
            cand --insecure-storage 'Keep the token in a plain file only you can read (tik/credentials.toml in the XDG config directory) instead of the system keyring'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth;status'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth;logout'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --local 'Only forget it here: the service is gone for good (the token stays valid there)'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth;token'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth;tokens'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand revoke 'Revoke one of your tokens by name: it stops working at once, everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;auth;tokens;revoke'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;auth;tokens;help'= {
            cand revoke 'Revoke one of your tokens by name: it stops working at once, everywhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;auth;tokens;help;revoke'= {
        }
        &'tik;auth;tokens;help;help'= {
        }
        &'tik;auth;help'= {
            cand login 'Check a token, or trade a password for one, and keep it in the system keyring'
            cand status 'Show the service, who you are there, and where the token is kept (never the token)'
            cand logout 'Revoke the token on the service and forget it here'
            cand token 'Print the token in use, for a script that needs it'
            cand tokens 'List your tokens (name, scopes, last use, expiry), or revoke one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;auth;help;login'= {
        }
        &'tik;auth;help;status'= {
        }
        &'tik;auth;help;logout'= {
        }
        &'tik;auth;help;token'= {
        }
        &'tik;auth;help;tokens'= {
            cand revoke 'Revoke one of your tokens by name: it stops working at once, everywhere'
        }
        &'tik;auth;help;tokens;revoke'= {
        }
        &'tik;auth;help;help'= {
        }
        &'tik;api'= {
            cand -f 'A field whose value is a string'
            cand --raw-field 'A field whose value is a string'
            cand -F 'A field whose value is JSON when it reads as such (a number, true, false, null), else a string'
            cand --field 'A field whose value is JSON when it reads as such (a number, true, false, null), else a string'
            cand -H 'A header to send, e.g. ''If-Match: "3"'''
            cand --header 'A header to send, e.g. ''If-Match: "3"'''
            cand --input 'The body, from a file (`-` for standard input), sent as JSON'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --paginate 'Follow the pages of a list and print all their items'
            cand --jsonl 'With --paginate: one item a line, printed as each page arrives'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;catalog'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print a setting of the profile in use'
            cand set 'Change a setting of the profile in use'
            cand unset 'Remove a setting of the profile in use'
            cand list 'Print every setting of every profile, and where the file is'
            cand ls 'Print every setting of every profile, and where the file is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;config;get'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config;set'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config;unset'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config;list'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config;ls'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;config;help'= {
            cand get 'Print a setting of the profile in use'
            cand set 'Change a setting of the profile in use'
            cand unset 'Remove a setting of the profile in use'
            cand list 'Print every setting of every profile, and where the file is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;config;help;get'= {
        }
        &'tik;config;help;set'= {
        }
        &'tik;config;help;unset'= {
        }
        &'tik;config;help;list'= {
        }
        &'tik;config;help;help'= {
        }
        &'tik;man'= {
            cand --dir 'Where to write the pages [default: share/man/man1 beside tik''s bin directory, else man/man1 in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;serve'= {
            cand --listen 'The address to listen on; port 0 picks a free one'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --key-prefix 'The prefix of ticket keys'
            cand --max-attachment-size 'The largest attachment accepted, in bytes [default: the catalogue''s, else 10 MiB]'
            cand --max-files-per-message 'The most files one message may carry [default: the catalogue''s, else 5]'
            cand --allow-type 'Accept attachments of this media type, e.g. text/plain, or kind, e.g. image/* (repeatable; replaces the catalogue''s list, else the default one: text, data, documents, images, videos, archives)'
            cand --header-timeout 'The most seconds a client may take to send a request''s headers, or to start its next request on a kept-alive connection'
            cand --body-timeout 'The most seconds a request body (an upload) may go without sending a byte, or a client without reading one of its answer (a download)'
            cand --max-connections 'The most connections open at once [default: 10000, or what the open-file limit allows]'
            cand --secret-lifetime 'How long a ticket''s shared secret is kept before it is purged: seconds, or a number with a unit, s, m, h or d (e.g. 30s, 12h, 7d)'
            cand --secret-key-file 'The key file shared secrets are sealed with (32 bytes, its owner''s alone; made on first start) [default: the database''s path + .key, e.g. tik.db.key]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Manage users'
            cand org 'Manage customer organisations'
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user'
            cand set 'Change a user''s e-mail address, role or organisation'
            cand list 'List the users'
            cand ls 'List the users'
            cand passwd 'Set a user''s password, for `tik auth login`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user;add'= {
            cand --email 'email'
            cand --role 'role'
            cand --organisation 'The customer organisation the user belongs to (created if new)'
            cand --org 'The customer organisation the user belongs to (created if new)'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;set'= {
            cand --email 'email'
            cand --role 'role'
            cand --organisation 'Another organisation (created if new)'
            cand --org 'Another organisation (created if new)'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-organisation 'Take the user out of their organisation'
            cand --no-org 'Take the user out of their organisation'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;list'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;ls'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;passwd'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;help'= {
            cand add 'Add a user'
            cand set 'Change a user''s e-mail address, role or organisation'
            cand list 'List the users'
            cand passwd 'Set a user''s password, for `tik auth login`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user;help;add'= {
        }
        &'tik;admin;user;help;set'= {
        }
        &'tik;admin;user;help;list'= {
        }
        &'tik;admin;user;help;passwd'= {
        }
        &'tik;admin;user;help;help'= {
        }
        &'tik;admin;org'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an organisation'
            cand list 'List the organisations, with their members and tickets'
            cand ls 'List the organisations, with their members and tickets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;org;add'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;org;list'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;org;ls'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;org;help'= {
            cand add 'Add an organisation'
            cand list 'List the organisations, with their members and tickets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;org;help;add'= {
        }
        &'tik;admin;org;help;list'= {
        }
        &'tik;admin;org;help;help'= {
        }
        &'tik;admin;token'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token for a user and print it, once'
            cand list 'List the tokens (never their secrets, which are not kept)'
            cand ls 'List the tokens (never their secrets, which are not kept)'
            cand revoke 'Revoke a token: it stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;token;create'= {
            cand --name 'A label to recognise the token by, unique among the user''s tokens [default: cli, or cli-2… when taken]'
            cand --expires-in 'Days until it expires, 1 to 36500 [default: never]'
            cand --scopes 'What it may do, comma-separated; admin is for admins only [default: read,write, and admin for an admin]'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;list'= {
            cand --user 'Only this user''s tokens'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;ls'= {
            cand --user 'Only this user''s tokens'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;revoke'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;help'= {
            cand create 'Create a token for a user and print it, once'
            cand list 'List the tokens (never their secrets, which are not kept)'
            cand revoke 'Revoke a token: it stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;token;help;create'= {
        }
        &'tik;admin;token;help;list'= {
        }
        &'tik;admin;token;help;revoke'= {
        }
        &'tik;admin;token;help;help'= {
        }
        &'tik;admin;catalog'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing'
            cand export 'Print the catalogue in force as a file that `import` takes back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;catalog;import'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;catalog;export'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]'
            cand --idempotency-key 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]'
            cand --profile 'The configuration profile to use [default: the file''s default-profile, else default]'
            cand --json 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)'
            cand --jq 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')'
            cand --format 'How to print [default: table]'
            cand --columns 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)'
            cand --color 'When to colour output'
            cand --no-headers 'Leave out the header line of tables, csv and tsv'
            cand --no-input 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;catalog;help'= {
            cand import 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing'
            cand export 'Print the catalogue in force as a file that `import` takes back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;catalog;help;import'= {
        }
        &'tik;admin;catalog;help;export'= {
        }
        &'tik;admin;catalog;help;help'= {
        }
        &'tik;admin;help'= {
            cand user 'Manage users'
            cand org 'Manage customer organisations'
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;help;user'= {
            cand add 'Add a user'
            cand set 'Change a user''s e-mail address, role or organisation'
            cand list 'List the users'
            cand passwd 'Set a user''s password, for `tik auth login`'
        }
        &'tik;admin;help;user;add'= {
        }
        &'tik;admin;help;user;set'= {
        }
        &'tik;admin;help;user;list'= {
        }
        &'tik;admin;help;user;passwd'= {
        }
        &'tik;admin;help;org'= {
            cand add 'Add an organisation'
            cand list 'List the organisations, with their members and tickets'
        }
        &'tik;admin;help;org;add'= {
        }
        &'tik;admin;help;org;list'= {
        }
        &'tik;admin;help;token'= {
            cand create 'Create a token for a user and print it, once'
            cand list 'List the tokens (never their secrets, which are not kept)'
            cand revoke 'Revoke a token: it stops working at once'
        }
        &'tik;admin;help;token;create'= {
        }
        &'tik;admin;help;token;list'= {
        }
        &'tik;admin;help;token;revoke'= {
        }
        &'tik;admin;help;catalog'= {
            cand import 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing'
            cand export 'Print the catalogue in force as a file that `import` takes back'
        }
        &'tik;admin;help;catalog;import'= {
        }
        &'tik;admin;help;catalog;export'= {
        }
        &'tik;admin;help;help'= {
        }
        &'tik;help'= {
            cand new 'Open a ticket'
            cand list 'List tickets, newest first'
            cand show 'Show a ticket with its thread, attachments and escalations'
            cand comment 'Comment on a ticket'
            cand attach 'Attach files to a ticket'
            cand download 'Save a ticket''s attachments'
            cand status 'Move a ticket through the workflow'
            cand assign 'Assign a ticket to an agent, to yourself, or to nobody'
            cand edit 'Change a ticket''s fields'
            cand watchers 'Add or remove a ticket''s watchers (CC)'
            cand link 'Link two tickets as related'
            cand unlink 'Remove the link between two related tickets'
            cand escalate 'Escalate a ticket, printing the escalation''s key'
            cand escalation 'Move an escalation through its stages (agents)'
            cand access 'Grant or revoke support''s access to your account for a ticket'
            cand close 'Close a ticket with a resolution'
            cand reopen 'Reopen a resolved or closed ticket'
            cand rate 'Rate how support handled a closed ticket, once'
            cand secret 'Give support a secret for a ticket (a password), read it, or clear it'
            cand whoami 'Show who the token acts as, and on which service'
            cand auth 'Log in to a service, see who you are there, log out'
            cand api 'Send any request to the service, with the configured host and token'
            cand catalog 'Show what tickets can be filed under'
            cand config 'Read and change the configuration file'
            cand man 'Install the man pages, or print one'
            cand serve 'Run the ticket service on its embedded database'
            cand admin 'Operator commands, run on the service''s host'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;help;new'= {
        }
        &'tik;help;list'= {
        }
        &'tik;help;show'= {
        }
        &'tik;help;comment'= {
        }
        &'tik;help;attach'= {
        }
        &'tik;help;download'= {
        }
        &'tik;help;status'= {
        }
        &'tik;help;assign'= {
        }
        &'tik;help;edit'= {
        }
        &'tik;help;watchers'= {
            cand add 'Add a watcher'
            cand remove 'Remove a watcher'
        }
        &'tik;help;watchers;add'= {
        }
        &'tik;help;watchers;remove'= {
        }
        &'tik;help;link'= {
        }
        &'tik;help;unlink'= {
        }
        &'tik;help;escalate'= {
        }
        &'tik;help;escalation'= {
            cand stage 'Move an escalation to a later stage'
        }
        &'tik;help;escalation;stage'= {
        }
        &'tik;help;access'= {
            cand grant 'Let support log in as you for this ticket'
            cand revoke 'Take that consent back'
        }
        &'tik;help;access;grant'= {
        }
        &'tik;help;access;revoke'= {
        }
        &'tik;help;close'= {
        }
        &'tik;help;reopen'= {
        }
        &'tik;help;rate'= {
        }
        &'tik;help;secret'= {
            cand set 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in'
            cand show 'Print the ticket''s secret (agents and admins)'
            cand clear 'Remove the ticket''s secret before its time (its requester, or an agent)'
        }
        &'tik;help;secret;set'= {
        }
        &'tik;help;secret;show'= {
        }
        &'tik;help;secret;clear'= {
        }
        &'tik;help;whoami'= {
        }
        &'tik;help;auth'= {
            cand login 'Check a token, or trade a password for one, and keep it in the system keyring'
            cand status 'Show the service, who you are there, and where the token is kept (never the token)'
            cand logout 'Revoke the token on the service and forget it here'
            cand token 'Print the token in use, for a script that needs it'
            cand tokens 'List your tokens (name, scopes, last use, expiry), or revoke one'
        }
        &'tik;help;auth;login'= {
        }
        &'tik;help;auth;status'= {
        }
        &'tik;help;auth;logout'= {
        }
        &'tik;help;auth;token'= {
        }
        &'tik;help;auth;tokens'= {
            cand revoke 'Revoke one of your tokens by name: it stops working at once, everywhere'
        }
        &'tik;help;auth;tokens;revoke'= {
        }
        &'tik;help;api'= {
        }
        &'tik;help;catalog'= {
        }
        &'tik;help;config'= {
            cand get 'Print a setting of the profile in use'
            cand set 'Change a setting of the profile in use'
            cand unset 'Remove a setting of the profile in use'
            cand list 'Print every setting of every profile, and where the file is'
        }
        &'tik;help;config;get'= {
        }
        &'tik;help;config;set'= {
        }
        &'tik;help;config;unset'= {
        }
        &'tik;help;config;list'= {
        }
        &'tik;help;man'= {
        }
        &'tik;help;serve'= {
        }
        &'tik;help;admin'= {
            cand user 'Manage users'
            cand org 'Manage customer organisations'
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
        }
        &'tik;help;admin;user'= {
            cand add 'Add a user'
            cand set 'Change a user''s e-mail address, role or organisation'
            cand list 'List the users'
            cand passwd 'Set a user''s password, for `tik auth login`'
        }
        &'tik;help;admin;user;add'= {
        }
        &'tik;help;admin;user;set'= {
        }
        &'tik;help;admin;user;list'= {
        }
        &'tik;help;admin;user;passwd'= {
        }
        &'tik;help;admin;org'= {
            cand add 'Add an organisation'
            cand list 'List the organisations, with their members and tickets'
        }
        &'tik;help;admin;org;add'= {
        }
        &'tik;help;admin;org;list'= {
        }
        &'tik;help;admin;token'= {
            cand create 'Create a token for a user and print it, once'
            cand list 'List the tokens (never their secrets, which are not kept)'
            cand revoke 'Revoke a token: it stops working at once'
        }
        &'tik;help;admin;token;create'= {
        }
        &'tik;help;admin;token;list'= {
        }
        &'tik;help;admin;token;revoke'= {
        }
        &'tik;help;admin;catalog'= {
            cand import 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing'
            cand export 'Print the catalogue in force as a file that `import` takes back'
        }
        &'tik;help;admin;catalog;import'= {
        }
        &'tik;help;admin;catalog;export'= {
        }
        &'tik;help;help'= {
        }
    ]
    $completions[$command]
}
