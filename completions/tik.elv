
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
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand escalate 'Escalate a ticket, printing the escalation''s key'
            cand close 'Close a ticket with a resolution'
            cand reopen 'Reopen a resolved or closed ticket'
            cand whoami 'Show who the token acts as, and on which service'
            cand catalog 'Show what tickets can be filed under'
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
            cand --type 'type'
            cand -p 'A priority of the service''s scale (default: its lowest)'
            cand --priority 'A priority of the service''s scale (default: its lowest)'
            cand --department 'technical-support, billing or presales (default: technical-support)'
            cand --service 'The service concerned'
            cand --category 'A category code from the catalogue, e.g. 1.5'
            cand --project 'project'
            cand --visibility 'Who else may see the ticket'
            cand -a 'Attach a file (repeatable)'
            cand --attach 'Attach a file (repeatable)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand -q 'Print only the new ticket''s key (even with --json)'
            cand --quiet 'Print only the new ticket''s key (even with --json)'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
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
            cand --type 'type'
            cand -p 'A priority of the service''s scale (default: its lowest)'
            cand --priority 'A priority of the service''s scale (default: its lowest)'
            cand --department 'technical-support, billing or presales (default: technical-support)'
            cand --service 'The service concerned'
            cand --category 'A category code from the catalogue, e.g. 1.5'
            cand --project 'project'
            cand --visibility 'Who else may see the ticket'
            cand -a 'Attach a file (repeatable)'
            cand --attach 'Attach a file (repeatable)'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand -q 'Print only the new ticket''s key (even with --json)'
            cand --quiet 'Print only the new ticket''s key (even with --json)'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
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
            cand -L 'The most tickets to print'
            cand --limit 'The most tickets to print'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --mine 'Only tickets you opened or are assigned'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
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
            cand -L 'The most tickets to print'
            cand --limit 'The most tickets to print'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --mine 'Only tickets you opened or are assigned'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;show'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;view'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
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
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --internal 'An internal note, for agents only'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;attach'= {
            cand --name 'The name of the file read from standard input'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;escalate'= {
            cand -r 'Why it needs escalating'
            cand --reason 'Why it needs escalating'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;close'= {
            cand -r 'How it ended (default: fixed)'
            cand --resolution 'How it ended (default: fixed)'
            cand --duplicate-of 'The original, for --resolution duplicate'
            cand -c 'A closing comment'
            cand --comment 'A closing comment'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;reopen'= {
            cand -c 'Why it is reopened'
            cand --comment 'Why it is reopened'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;whoami'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;catalog'= {
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
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
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Manage users'
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user'
            cand list 'List the users'
            cand ls 'List the users'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user;add'= {
            cand --email 'email'
            cand --role 'role'
            cand --organisation 'The customer organisation the user belongs to (created if new)'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;list'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;ls'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;user;help'= {
            cand add 'Add a user'
            cand list 'List the users'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;user;help;add'= {
        }
        &'tik;admin;user;help;list'= {
        }
        &'tik;admin;user;help;help'= {
        }
        &'tik;admin;token'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token for a user and print it, once'
            cand list 'List the tokens (never their secrets, which are not kept)'
            cand ls 'List the tokens (never their secrets, which are not kept)'
            cand revoke 'Revoke a token: it stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;token;create'= {
            cand --name 'A label to recognise the token by'
            cand --expires-in 'Days until it expires, 1 to 36500 [default: never]'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;list'= {
            cand --user 'Only this user''s tokens'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;ls'= {
            cand --user 'Only this user''s tokens'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;token;revoke'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing'
            cand export 'Print the catalogue in force as a file that `import` takes back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;catalog;import'= {
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tik;admin;catalog;export'= {
            cand --format 'The file''s format [default: toml, or json with --json]'
            cand --database 'The SQLite database [default: tik/tik.db in the user''s data directory]'
            cand --host 'The service to talk to'
            cand --timeout 'Seconds to wait for the service''s answer (uploads: between two pieces)'
            cand --color 'When to colour output'
            cand --json 'Print JSON for programs instead of text for people'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tik;admin;help;user'= {
            cand add 'Add a user'
            cand list 'List the users'
        }
        &'tik;admin;help;user;add'= {
        }
        &'tik;admin;help;user;list'= {
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
            cand escalate 'Escalate a ticket, printing the escalation''s key'
            cand close 'Close a ticket with a resolution'
            cand reopen 'Reopen a resolved or closed ticket'
            cand whoami 'Show who the token acts as, and on which service'
            cand catalog 'Show what tickets can be filed under'
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
        &'tik;help;escalate'= {
        }
        &'tik;help;close'= {
        }
        &'tik;help;reopen'= {
        }
        &'tik;help;whoami'= {
        }
        &'tik;help;catalog'= {
        }
        &'tik;help;serve'= {
        }
        &'tik;help;admin'= {
            cand user 'Manage users'
            cand token 'Manage API tokens'
            cand catalog 'Import or export the catalogue: priorities, departments, services, types, categories'
        }
        &'tik;help;admin;user'= {
            cand add 'Add a user'
            cand list 'List the users'
        }
        &'tik;help;admin;user;add'= {
        }
        &'tik;help;admin;user;list'= {
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
