
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tik' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tik'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tik' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket with its thread, attachments and escalations')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show a ticket with its thread, attachments and escalations')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a ticket')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to a ticket')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Save a ticket''s attachments')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move a ticket through the workflow')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a ticket to an agent, to yourself, or to nobody')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a ticket''s fields')
            [CompletionResult]::new('watchers', 'watchers', [CompletionResultType]::ParameterValue, 'Add or remove a ticket''s watchers (CC)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two tickets as related')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two related tickets')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Escalate a ticket, printing the escalation''s key')
            [CompletionResult]::new('escalation', 'escalation', [CompletionResultType]::ParameterValue, 'Move an escalation through its stages (agents)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Grant or revoke support''s access to your account for a ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket with a resolution')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Rate how support handled a closed ticket, once')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Give support a secret for a ticket (a password), read it, or clear it')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who the token acts as, and on which service')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to a service, see who you are there, log out')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the service, with the configured host and token')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Show what tickets can be filed under')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the configuration file')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Install the man pages, or print one')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the ticket service on its embedded database')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Operator commands, run on the service''s host')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;new' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the description from a file; `-` reads stdin')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What kind of request it is')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'A department of the catalogue, e.g. technical-support or billing')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned, from the catalogue')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category code from the catalogue, e.g. 1.5')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project it is about')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who else may see the ticket')
            [CompletionResult]::new('--cc', '--cc', [CompletionResultType]::ParameterName, 'Someone who follows the ticket and sees it as you do (repeatable)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the request reached support')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start from an existing ticket''s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--dedupe-key', '--dedupe-key', [CompletionResultType]::ParameterName, 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;create' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the description from a file; `-` reads stdin')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What kind of request it is')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'A department of the catalogue, e.g. technical-support or billing')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned, from the catalogue')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category code from the catalogue, e.g. 1.5')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project it is about')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who else may see the ticket')
            [CompletionResult]::new('--cc', '--cc', [CompletionResultType]::ParameterName, 'Someone who follows the ticket and sees it as you do (repeatable)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the request reached support')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start from an existing ticket''s report (title, description, type, priority, department, service, category, project); flags given override it, the original stays as it is')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--dedupe-key', '--dedupe-key', [CompletionResultType]::ParameterName, 'A key naming the failure reported, e.g. "$PIPELINE:$JOB": while a ticket with it is open, its description and attachments are recorded there as an occurrence, and no ticket is opened. Keys are shared with your organisation (yours alone with --visibility private)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ticket''s key, the new one or the one deduplicated onto (even with --json)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Tickets of this type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A priority of the service''s scale, e.g. high')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'A priority of the service''s scale, e.g. high')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Tickets assigned to this user')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Tickets assigned to this user')
            [CompletionResult]::new('--requester', '--requester', [CompletionResultType]::ParameterName, 'Tickets opened by this user')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only tickets of an organisation: yours, or the one named (agents)')
            [CompletionResult]::new('--dedupe-key', '--dedupe-key', [CompletionResultType]::ParameterName, 'Only tickets with this dedupe key (`tik new --dedupe-key`)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only tickets you opened or are assigned')
            [CompletionResult]::new('--waiting', '--waiting', [CompletionResultType]::ParameterName, 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Only tickets with activity you have not seen since you last showed them')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;ls' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Tickets of this type')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A priority of the service''s scale, e.g. high')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'A priority of the service''s scale, e.g. high')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Tickets assigned to this user')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Tickets assigned to this user')
            [CompletionResult]::new('--requester', '--requester', [CompletionResultType]::ParameterName, 'Tickets opened by this user')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only tickets of an organisation: yours, or the one named (agents)')
            [CompletionResult]::new('--dedupe-key', '--dedupe-key', [CompletionResultType]::ParameterName, 'Only tickets with this dedupe key (`tik new --dedupe-key`)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written as the pages come, so a list of any length takes the memory of one page)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only tickets you opened or are assigned')
            [CompletionResult]::new('--waiting', '--waiting', [CompletionResultType]::ParameterName, 'Only tickets waiting for you: an answer, a confirmation, or (agents) your work')
            [CompletionResult]::new('--updated', '--updated', [CompletionResultType]::ParameterName, 'Only tickets with activity you have not seen since you last showed them')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;show' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Also every change: who, when, what, before and after')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;view' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Also every change: who, when, what, before and after')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;comment' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The comment')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The comment')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the comment from a file; `-` reads stdin')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (repeatable)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'An internal note, for agents only')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;attach' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the file read from standard input')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to save into (default: the current one); `-` writes to standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to save into (default: the current one); `-` writes to standard output')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--clobber', '--clobber', [CompletionResultType]::ParameterName, 'Overwrite files that exist')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;status' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'How it ended, with resolved or closed (default: fixed)')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'How it ended, with resolved or closed (default: fixed)')
            [CompletionResult]::new('--duplicate-of', '--duplicate-of', [CompletionResultType]::ParameterName, 'The original, for --resolution duplicate')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A comment, added in the same change')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment, added in the same change')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;assign' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--me', '--me', [CompletionResultType]::ParameterName, 'Assign it to yourself')
            [CompletionResult]::new('--none', '--none', [CompletionResultType]::ParameterName, 'Leave it to nobody')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;edit' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The subject, in a line')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the description from a file; `-` reads stdin')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What kind of request it is')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'A priority of the service''s scale (`tik catalog` lists it)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'A department of the catalogue, e.g. technical-support or billing')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned, from the catalogue')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category code from the catalogue, e.g. 1.5')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project it is about')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Who else may see the ticket')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;watchers' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a watcher')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a watcher')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a watcher')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;watchers;add' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;watchers;remove' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;watchers;rm' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;watchers;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a watcher')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a watcher')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;watchers;help;add' {
            break
        }
        'tik;watchers;help;remove' {
            break
        }
        'tik;watchers;help;help' {
            break
        }
        'tik;link' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;unlink' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;escalate' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Why it needs escalating')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it needs escalating')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;escalation' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move an escalation to a later stage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;escalation;stage' {
            [CompletionResult]::new('--eta', '--eta', [CompletionResultType]::ParameterName, 'The estimated resolution date: YYYY-MM-DD (end of that day, UTC) or RFC 3339')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;escalation;help' {
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move an escalation to a later stage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;escalation;help;stage' {
            break
        }
        'tik;escalation;help;help' {
            break
        }
        'tik;access' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let support log in as you for this ticket')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take that consent back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;access;grant' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;access;revoke' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;access;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let support log in as you for this ticket')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take that consent back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;access;help;grant' {
            break
        }
        'tik;access;help;revoke' {
            break
        }
        'tik;access;help;help' {
            break
        }
        'tik;close' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'How it ended (default: fixed)')
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'How it ended (default: fixed)')
            [CompletionResult]::new('--duplicate-of', '--duplicate-of', [CompletionResultType]::ParameterName, 'The original, for --resolution duplicate')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A closing comment')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A closing comment')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;reopen' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Why it is reopened')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Why it is reopened')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;rate' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'A remark for support')
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'A remark for support')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;secret' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the ticket''s secret (agents and admins)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the ticket''s secret before its time (its requester, or an agent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;secret;set' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;secret;show' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;secret;clear' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;secret;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the ticket''s secret (agents and admins)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the ticket''s secret before its time (its requester, or an agent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;secret;help;set' {
            break
        }
        'tik;secret;help;show' {
            break
        }
        'tik;secret;help;clear' {
            break
        }
        'tik;secret;help;help' {
            break
        }
        'tik;whoami' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a token, or trade a password for one, and keep it in the system keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the service, who you are there, and where the token is kept (never the token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the token on the service and forget it here')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, for a script that needs it')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'List your tokens (name, scopes, last use, expiry), or revoke one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;auth;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Log in as this user: the password (prompted, or read from standard input) is traded for a new token, and is not kept')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Log in as this user: the password (prompted, or read from standard input) is traded for a new token, and is not kept')
            [CompletionResult]::new('--token-name', '--token-name', [CompletionResultType]::ParameterName, 'The new token''s name [default: tik on HOSTNAME]')
            [CompletionResult]::new('--scopes', '--scopes', [CompletionResultType]::ParameterName, 'The new token''s scopes, comma-separated [default: read,write; and admin for admins]')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Days until the new token expires [default: never]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input instead of a prompt')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the token in a plain file only you can read (tik/credentials.toml in the XDG config directory) instead of the system keyring')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth;status' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth;logout' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Only forget it here: the service is gone for good (the token stays valid there)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth;token' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth;tokens' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one of your tokens by name: it stops working at once, everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;auth;tokens;revoke' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;auth;tokens;help' {
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one of your tokens by name: it stops working at once, everywhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;auth;tokens;help;revoke' {
            break
        }
        'tik;auth;tokens;help;help' {
            break
        }
        'tik;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a token, or trade a password for one, and keep it in the system keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the service, who you are there, and where the token is kept (never the token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the token on the service and forget it here')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, for a script that needs it')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'List your tokens (name, scopes, last use, expiry), or revoke one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;auth;help;login' {
            break
        }
        'tik;auth;help;status' {
            break
        }
        'tik;auth;help;logout' {
            break
        }
        'tik;auth;help;token' {
            break
        }
        'tik;auth;help;tokens' {
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one of your tokens by name: it stops working at once, everywhere')
            break
        }
        'tik;auth;help;tokens;revoke' {
            break
        }
        'tik;auth;help;help' {
            break
        }
        'tik;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field whose value is a string')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A field whose value is a string')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A field whose value is JSON when it reads as such (a number, true, false, null), else a string')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field whose value is JSON when it reads as such (a number, true, false, null), else a string')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A header to send, e.g. ''If-Match: "3"''')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A header to send, e.g. ''If-Match: "3"''')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The body, from a file (`-` for standard input), sent as JSON')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow the pages of a list and print all their items')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'With --paginate: one item a line, printed as each page arrives')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;catalog' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile in use')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting of the profile in use')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile in use')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting of every profile, and where the file is')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Print every setting of every profile, and where the file is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;config;get' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config;set' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config;unset' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config;list' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config;ls' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile in use')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting of the profile in use')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile in use')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting of every profile, and where the file is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;config;help;get' {
            break
        }
        'tik;config;help;set' {
            break
        }
        'tik;config;help;unset' {
            break
        }
        'tik;config;help;list' {
            break
        }
        'tik;config;help;help' {
            break
        }
        'tik;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Where to write the pages [default: share/man/man1 beside tik''s bin directory, else man/man1 in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on; port 0 picks a free one')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'The prefix of ticket keys')
            [CompletionResult]::new('--max-attachment-size', '--max-attachment-size', [CompletionResultType]::ParameterName, 'The largest attachment accepted, in bytes [default: the catalogue''s, else 10 MiB]')
            [CompletionResult]::new('--max-files-per-message', '--max-files-per-message', [CompletionResultType]::ParameterName, 'The most files one message may carry [default: the catalogue''s, else 5]')
            [CompletionResult]::new('--allow-type', '--allow-type', [CompletionResultType]::ParameterName, 'Accept attachments of this media type, e.g. text/plain, or kind, e.g. image/* (repeatable; replaces the catalogue''s list, else the default one: text, data, documents, images, videos, archives)')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'The most seconds a client may take to send a request''s headers, or to start its next request on a kept-alive connection')
            [CompletionResult]::new('--body-timeout', '--body-timeout', [CompletionResultType]::ParameterName, 'The most seconds a request body (an upload) may go without sending a byte, or a client without reading one of its answer (a download)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'The most connections open at once [default: 10000, or what the open-file limit allows]')
            [CompletionResult]::new('--secret-lifetime', '--secret-lifetime', [CompletionResultType]::ParameterName, 'How long a ticket''s shared secret is kept before it is purged: seconds, or a number with a unit, s, m, h or d (e.g. 30s, 12h, 7d)')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'The key file shared secrets are sealed with (32 bytes, its owner''s alone; made on first start) [default: the database''s path + .key, e.g. tik.db.key]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage customer organisations')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import or export the catalogue: priorities, departments, services, types, categories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;user' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s e-mail address, role or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password, for `tik auth login`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--organisation', '--organisation', [CompletionResultType]::ParameterName, 'The customer organisation the user belongs to (created if new)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The customer organisation the user belongs to (created if new)')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;user;set' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--organisation', '--organisation', [CompletionResultType]::ParameterName, 'Another organisation (created if new)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Another organisation (created if new)')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-organisation', '--no-organisation', [CompletionResultType]::ParameterName, 'Take the user out of their organisation')
            [CompletionResult]::new('--no-org', '--no-org', [CompletionResultType]::ParameterName, 'Take the user out of their organisation')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;user;list' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;user;ls' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;user;passwd' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s e-mail address, role or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password, for `tik auth login`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;user;help;add' {
            break
        }
        'tik;admin;user;help;set' {
            break
        }
        'tik;admin;user;help;list' {
            break
        }
        'tik;admin;user;help;passwd' {
            break
        }
        'tik;admin;user;help;help' {
            break
        }
        'tik;admin;org' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations, with their members and tickets')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the organisations, with their members and tickets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;org;add' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;org;list' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;org;ls' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;org;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations, with their members and tickets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;org;help;add' {
            break
        }
        'tik;admin;org;help;list' {
            break
        }
        'tik;admin;org;help;help' {
            break
        }
        'tik;admin;token' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a user and print it, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never their secrets, which are not kept)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the tokens (never their secrets, which are not kept)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;token;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label to recognise the token by, unique among the user''s tokens [default: cli, or cli-2… when taken]')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Days until it expires, 1 to 36500 [default: never]')
            [CompletionResult]::new('--scopes', '--scopes', [CompletionResultType]::ParameterName, 'What it may do, comma-separated; admin is for admins only [default: read,write, and admin for an admin]')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;token;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s tokens')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;token;ls' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s tokens')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;token;revoke' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a user and print it, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never their secrets, which are not kept)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;token;help;create' {
            break
        }
        'tik;admin;token;help;list' {
            break
        }
        'tik;admin;token;help;revoke' {
            break
        }
        'tik;admin;token;help;help' {
            break
        }
        'tik;admin;catalog' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalogue in force as a file that `import` takes back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;catalog;import' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;catalog;export' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'The SQLite database [default: tik/tik.db in the user''s data directory]')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The service to talk to')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the command may wait for the service in all, retries included; a transfer that keeps moving is not cut off (an upload or a download may stand still this long) [default: the profile''s, else 60]')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'The Idempotency-Key of the command''s request (its uploads: KEY/upload/1, …): running the command again with the same key replays what the service did, and makes nothing twice [default: a new one each run]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The configuration profile to use [default: the file''s default-profile, else default]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for programs instead of text for people; --json=key,title keeps only those fields (of each item, for a list)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print raw, one result a line (e.g. --jq ''.[].key'')')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print [default: table]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to print, by their JSON field names, comma-separated (e.g. --columns key,status,title)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line of tables, csv and tsv')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead (also `TIK_NO_INPUT=1`, and `CI=true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tik;admin;catalog;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalogue in force as a file that `import` takes back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;catalog;help;import' {
            break
        }
        'tik;admin;catalog;help;export' {
            break
        }
        'tik;admin;catalog;help;help' {
            break
        }
        'tik;admin;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage customer organisations')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import or export the catalogue: priorities, departments, services, types, categories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;admin;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s e-mail address, role or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password, for `tik auth login`')
            break
        }
        'tik;admin;help;user;add' {
            break
        }
        'tik;admin;help;user;set' {
            break
        }
        'tik;admin;help;user;list' {
            break
        }
        'tik;admin;help;user;passwd' {
            break
        }
        'tik;admin;help;org' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations, with their members and tickets')
            break
        }
        'tik;admin;help;org;add' {
            break
        }
        'tik;admin;help;org;list' {
            break
        }
        'tik;admin;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a user and print it, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never their secrets, which are not kept)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            break
        }
        'tik;admin;help;token;create' {
            break
        }
        'tik;admin;help;token;list' {
            break
        }
        'tik;admin;help;token;revoke' {
            break
        }
        'tik;admin;help;catalog' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalogue in force as a file that `import` takes back')
            break
        }
        'tik;admin;help;catalog;import' {
            break
        }
        'tik;admin;help;catalog;export' {
            break
        }
        'tik;admin;help;help' {
            break
        }
        'tik;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket with its thread, attachments and escalations')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a ticket')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to a ticket')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Save a ticket''s attachments')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Move a ticket through the workflow')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a ticket to an agent, to yourself, or to nobody')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a ticket''s fields')
            [CompletionResult]::new('watchers', 'watchers', [CompletionResultType]::ParameterValue, 'Add or remove a ticket''s watchers (CC)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two tickets as related')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two related tickets')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Escalate a ticket, printing the escalation''s key')
            [CompletionResult]::new('escalation', 'escalation', [CompletionResultType]::ParameterValue, 'Move an escalation through its stages (agents)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Grant or revoke support''s access to your account for a ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket with a resolution')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Rate how support handled a closed ticket, once')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Give support a secret for a ticket (a password), read it, or clear it')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who the token acts as, and on which service')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to a service, see who you are there, log out')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the service, with the configured host and token')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Show what tickets can be filed under')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change the configuration file')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Install the man pages, or print one')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the ticket service on its embedded database')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Operator commands, run on the service''s host')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tik;help;new' {
            break
        }
        'tik;help;list' {
            break
        }
        'tik;help;show' {
            break
        }
        'tik;help;comment' {
            break
        }
        'tik;help;attach' {
            break
        }
        'tik;help;download' {
            break
        }
        'tik;help;status' {
            break
        }
        'tik;help;assign' {
            break
        }
        'tik;help;edit' {
            break
        }
        'tik;help;watchers' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a watcher')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a watcher')
            break
        }
        'tik;help;watchers;add' {
            break
        }
        'tik;help;watchers;remove' {
            break
        }
        'tik;help;link' {
            break
        }
        'tik;help;unlink' {
            break
        }
        'tik;help;escalate' {
            break
        }
        'tik;help;escalation' {
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move an escalation to a later stage')
            break
        }
        'tik;help;escalation;stage' {
            break
        }
        'tik;help;access' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Let support log in as you for this ticket')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take that consent back')
            break
        }
        'tik;help;access;grant' {
            break
        }
        'tik;help;access;revoke' {
            break
        }
        'tik;help;close' {
            break
        }
        'tik;help;reopen' {
            break
        }
        'tik;help;rate' {
            break
        }
        'tik;help;secret' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give the ticket a secret, replacing any: typed at a hidden prompt, or piped in')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the ticket''s secret (agents and admins)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the ticket''s secret before its time (its requester, or an agent)')
            break
        }
        'tik;help;secret;set' {
            break
        }
        'tik;help;secret;show' {
            break
        }
        'tik;help;secret;clear' {
            break
        }
        'tik;help;whoami' {
            break
        }
        'tik;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a token, or trade a password for one, and keep it in the system keyring')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the service, who you are there, and where the token is kept (never the token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the token on the service and forget it here')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, for a script that needs it')
            [CompletionResult]::new('tokens', 'tokens', [CompletionResultType]::ParameterValue, 'List your tokens (name, scopes, last use, expiry), or revoke one')
            break
        }
        'tik;help;auth;login' {
            break
        }
        'tik;help;auth;status' {
            break
        }
        'tik;help;auth;logout' {
            break
        }
        'tik;help;auth;token' {
            break
        }
        'tik;help;auth;tokens' {
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke one of your tokens by name: it stops working at once, everywhere')
            break
        }
        'tik;help;auth;tokens;revoke' {
            break
        }
        'tik;help;api' {
            break
        }
        'tik;help;catalog' {
            break
        }
        'tik;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting of the profile in use')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting of the profile in use')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting of the profile in use')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print every setting of every profile, and where the file is')
            break
        }
        'tik;help;config;get' {
            break
        }
        'tik;help;config;set' {
            break
        }
        'tik;help;config;unset' {
            break
        }
        'tik;help;config;list' {
            break
        }
        'tik;help;man' {
            break
        }
        'tik;help;serve' {
            break
        }
        'tik;help;admin' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage customer organisations')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import or export the catalogue: priorities, departments, services, types, categories')
            break
        }
        'tik;help;admin;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a user''s e-mail address, role or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password, for `tik auth login`')
            break
        }
        'tik;help;admin;user;add' {
            break
        }
        'tik;help;admin;user;set' {
            break
        }
        'tik;help;admin;user;list' {
            break
        }
        'tik;help;admin;user;passwd' {
            break
        }
        'tik;help;admin;org' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations, with their members and tickets')
            break
        }
        'tik;help;admin;org;add' {
            break
        }
        'tik;help;admin;org;list' {
            break
        }
        'tik;help;admin;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a user and print it, once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never their secrets, which are not kept)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            break
        }
        'tik;help;admin;token;create' {
            break
        }
        'tik;help;admin;token;list' {
            break
        }
        'tik;help;admin;token;revoke' {
            break
        }
        'tik;help;admin;catalog' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Replace the catalogue with a file''s (TOML or JSON), all of it or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the catalogue in force as a file that `import` takes back')
            break
        }
        'tik;help;admin;catalog;import' {
            break
        }
        'tik;help;admin;catalog;export' {
            break
        }
        'tik;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
