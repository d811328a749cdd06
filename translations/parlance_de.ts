<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChatCompletions</name>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="74"/>
        <source>&quot;%1&quot; is missing from a chat completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="77"/>
        <source>Unexpected %1 for &quot;%2&quot; in a chat completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="231"/>
        <source>Choice index %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="236"/>
        <source>Too many choices in a chat completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="308"/>
        <source>Malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="314"/>
        <source>Expected a JSON object, got an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="508"/>
        <source>The server reported an error in the stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <location filename="../app/api/errorbody.cpp" line="59"/>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="61"/>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="63"/>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="65"/>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="67"/>
        <source>Method Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="69"/>
        <source>Request Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="71"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="73"/>
        <source>Payload Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="75"/>
        <source>Unsupported Media Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="77"/>
        <source>Unprocessable Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="79"/>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="81"/>
        <source>Client Closed Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="83"/>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="85"/>
        <source>Not Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="87"/>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="89"/>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="91"/>
        <source>Gateway Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="93"/>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="384"/>
        <source>The server reported an error in the stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>%1 is not implemented yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Chat</name>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="45"/>
        <source>chat needs a MODEL and a PROMPT: parlance-cli chat MODEL &quot;PROMPT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="95"/>
        <source>%1; retrying in %2 s (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="120"/>
        <source>the answer above is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::CliArgs</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="95"/>
        <source>unknown command &apos;%1&apos; (see parlance-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="115"/>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="136"/>
        <source>tokens are never taken from the command line: set DATABRICKS_TOKEN or OPENAI_API_KEY, or use --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="138"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="142"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="157"/>
        <source>--auth must be bearer, basic or none, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="162"/>
        <source>--header wants &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="167"/>
        <source>--timeout wants whole seconds (1 or more), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="172"/>
        <source>--retries wants a number from 0 to 20, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="179"/>
        <source>--max-tokens wants a positive whole number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="184"/>
        <source>--temperature wants a number from 0, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="189"/>
        <source>--top-p wants a number from 0 to 1, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="196"/>
        <source>--param wants KEY=JSON, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="202"/>
        <source>--param %1: the value is not JSON (quote strings: KEY=&apos;&quot;text&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="208"/>
        <source>--api must be chat, responses or invocations, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="219"/>
        <source>--parallel wants a number from 1 to 64, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="231"/>
        <source>--port wants a number from 0 to 65535, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="236"/>
        <source>no command given (see parlance-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="242"/>
        <source>Usage:
  parlance-cli [connection] models [--json]
  parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT
  parlance-cli [connection] compare --models A,B[,C...] [generation] PROMPT
  parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv) [--output FILE.jsonl] [--parallel N]
  parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | --statement SQL)
  parlance-cli [connection] code --target T MODEL [generation] PROMPT
  parlance-cli sim [--port N]
  parlance-cli profiles

Connection:
  --profile NAME         a saved connection or a ~/.databrickscfg profile
  --host URL             Databricks workspace (env DATABRICKS_HOST)
  --base-url URL         OpenAI-compatible base URL (env OPENAI_BASE_URL)
  --gateway-path PATH    Databricks API base path (default /ai-gateway/mlflow/v1)
  --auth bearer|basic|none
  --header &apos;Name: value&apos; extra request header (repeatable)
  --timeout S            give up after S seconds without data (default 120)
  --retries N            retries on 429/503 and safe 5xx (default 2)
  --token-stdin          read the token from standard input
  --allow-http           allow sending a token over plain http to a non-loopback host
  The token comes from the saved connection&apos;s keychain entry, DATABRICKS_TOKEN /
  OPENAI_API_KEY, or --token-stdin; never from the command line.

Generation:
  --system TEXT --max-tokens N --temperature X --top-p X --stop S (repeatable)
  --param KEY=JSON (repeatable, merged into the body) --no-stream

Output:
  --json     one normalized result object    --inspect  the exchange on stderr
  --raw      the raw response body or SSE bytes

Exit codes: 0 ok, 1 usage or configuration, 2 gateway error status, 3 network,
4 protocol (bad JSON, stream cut before it finished).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Connection</name>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="29"/>
        <source>%1 is plain http: the token would cross the network unencrypted. Use https, or pass --allow-http to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="50"/>
        <source>--token-stdin was given but standard input held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="78"/>
        <source>No token for connection &apos;%1&apos; in the keychain (%2). Save one in Parlance&apos;s settings, or use --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Output</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="36"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="44"/>
        <source>(check the token and that it may use this endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="48"/>
        <source>the gateway reported an error in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="49"/>
        <source>the gateway reported %1 in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="52"/>
        <source>protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="54"/>
        <source>network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="56"/>
        <source>timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="58"/>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Sim</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="37"/>
        <source>could not listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Sql</name>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="29"/>
        <source>sql needs --warehouse ID (list them in the Databricks SQL Warehouses page, or set DATABRICKS_WAREHOUSE_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="36"/>
        <source>sql needs either --model MODEL PROMPT or --statement SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="102"/>
        <source>statement %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Config::ConnectionResolver</name>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="76"/>
        <source>%1 &quot;%2&quot; is not a workspace URL; use the form https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="101"/>
        <source>%1 &quot;%2&quot; is not an http(s) URL; use the form http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="126"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="128"/>
        <source>Unknown profile &quot;%1&quot;%2. Saved connections: %3. Profiles in %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="143"/>
        <source>The profile %1 has no host; add a line &quot;host = https://&lt;workspace&gt;&quot; to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="163"/>
        <source>Pass only one of --profile, --host and --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="172"/>
        <source> (from DATABRICKS_CONFIG_PROFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="181"/>
        <source> (the default in ~/.databrickscfg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="182"/>
        <source>No connection: pass --profile, --host or --base-url, or set DATABRICKS_HOST or OPENAI_BASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="198"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="203"/>
        <source>--retries must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="209"/>
        <source>--header %1 would put a credential on the command line, where other users and the shell history see it; pass the token with --token-stdin or in DATABRICKS_TOKEN / OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="225"/>
        <source>%1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="247"/>
        <source>--token-stdin read an empty token; pipe the token in, e.g. parlance-cli --token-stdin ... &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="278"/>
        <source>No token for %1: set DATABRICKS_TOKEN (or OPENAI_API_KEY), pass --token-stdin, or save the connection with a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Config::DatabricksCfg</name>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="82"/>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="102"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="138"/>
        <source>a section header needs a name in [brackets]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="160"/>
        <source>expected &quot;key = value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="165"/>
        <source>a key is missing before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="169"/>
        <source>&quot;%1&quot; is outside any [section]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Config::ProfileStore</name>
    <message>
        <location filename="../app/config/profilestore.cpp" line="134"/>
        <source>Cannot read the saved connections in %1; fix or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="237"/>
        <source>Cannot write the saved connections to %1; check that the folder is writable and the disk is not full. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="248"/>
        <source>Cannot replace %1 (%2); the previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="258"/>
        <location filename="../app/config/profilestore.cpp" line="312"/>
        <source>A saved connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="260"/>
        <location filename="../app/config/profilestore.cpp" line="314"/>
        <source>A connection name cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="263"/>
        <source>The header %1 carries a credential, and saved connections are stored in plain text: remove the header and save the token with the connection instead, so it goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="270"/>
        <source>The proxy host of &quot;%1&quot; contains credentials, and saved connections are stored in plain text: enter only the proxy&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="276"/>
        <source>The URL %1 contains a password, and saved connections are stored in plain text: remove it from the URL and save it as the connection&apos;s token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="302"/>
        <location filename="../app/config/profilestore.cpp" line="324"/>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="321"/>
        <source>A saved connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="335"/>
        <source>Cannot create the folder %1 for the saved connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="341"/>
        <source>Cannot lock %1 to save connections; check that its folder is writable, or close the other program saving connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Config::SecretStore</name>
    <message>
        <location filename="../app/config/secretstore.cpp" line="54"/>
        <source>No system keychain is available, so tokens are stored in %1 in files only you can read (mode 0600). Start a keychain (for example GNOME Keyring or KWallet) to keep them encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="89"/>
        <location filename="../app/config/secretstore.cpp" line="136"/>
        <location filename="../app/config/secretstore.cpp" line="181"/>
        <source>A token belongs to a named connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="121"/>
        <source>The keychain could not read the token for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="127"/>
        <location filename="../app/config/secretstore.cpp" line="225"/>
        <source>No token is stored for the connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="140"/>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="169"/>
        <source>The keychain could not store the token for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="208"/>
        <source>The keychain could not remove the token for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="229"/>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="246"/>
        <source>Cannot create the private folder %1 for tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="252"/>
        <location filename="../app/config/secretstore.cpp" line="265"/>
        <source>Cannot write the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="259"/>
        <source>Cannot make the token file %1 private; the token was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="280"/>
        <source>Cannot remove the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="61"/>
        <source>%1 was built for another version of Parlance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="68"/>
        <source>The keychain module %1 was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="71"/>
        <source>The keychain module could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ChatCall</name>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="118"/>
        <source>The stream was cut off in the middle of an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="119"/>
        <source>The stream ended before the gateway said it was complete (no [DONE] or final event).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ExchangeLog</name>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="73"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="73"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="75"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="91"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="93"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="95"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="99"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ModelsCall</name>
    <message>
        <location filename="../app/engine/modelscall.cpp" line="31"/>
        <source>The model list from %1 is not in a format Parlance knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::SqlCall</name>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="59"/>
        <source>The statement answer is not a SQL Statement Execution response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="87"/>
        <source>The statement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Net::GatewayCall</name>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="70"/>
        <location filename="../app/net/gatewaycall.cpp" line="282"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="291"/>
        <source>Could not connect to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="294"/>
        <source>The gateway sent nothing for %1 s, so the request was abandoned. Raise the timeout if the model is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="340"/>
        <source>The connection closed before the answer was complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="357"/>
        <source>Too many redirects (more than %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="362"/>
        <source>Refused to follow a redirect from https to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="368"/>
        <source>Refused to follow a redirect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Net::Transport</name>
    <message>
        <location filename="../app/net/transport.cpp" line="51"/>
        <source>Cannot read the CA file %1 (%2); fix the path in the connection&apos;s settings or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/transport.cpp" line="59"/>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); choose a PEM bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/transport.cpp" line="134"/>
        <source>The connection is set to use a manual proxy but names no proxy host and port; enter them in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Store::ConversationJson</name>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="52"/>
        <location filename="../app/store/conversationjson.cpp" line="467"/>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="63"/>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="78"/>
        <source>The member &quot;%1&quot; should be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="89"/>
        <source>The member &quot;%1&quot; should be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="100"/>
        <location filename="../app/store/conversationjson.cpp" line="398"/>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="111"/>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="119"/>
        <source>The member &quot;%1&quot; has the unknown value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="199"/>
        <source>The member &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="327"/>
        <location filename="../app/store/conversationjson.cpp" line="458"/>
        <source>The member &quot;%1&quot; is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="335"/>
        <source>The member &quot;%1&quot; should be base64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Store::HistoryStore</name>
    <message>
        <location filename="../app/store/historystore.cpp" line="97"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="252"/>
        <source>Cannot create the folder %1 for the conversation history. Check that no file has that name and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="259"/>
        <source>Cannot open the conversation history %1: it is not a file. Move it away or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="265"/>
        <source>Cannot read the conversation history %1: %2. Check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="272"/>
        <source>Cannot open the conversation history %1: the file is not an SQLite database. It has been left as it is; move or rename it, then start Parlance again to begin a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="302"/>
        <source>Cannot open the conversation history %1: Qt&apos;s SQLite driver (QSQLITE) is not installed. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite on Debian) and start Parlance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="309"/>
        <source>Cannot open the conversation history %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="318"/>
        <source>Cannot set up the conversation history %1: %2. Check that the disk is not full and the file is writable, or move the file away to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="341"/>
        <source>The conversation history %1 was written by a newer version of Parlance (format %2; this version reads format %3 and older). It has been left as it is; update Parlance to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="350"/>
        <source>The file %1 is an SQLite database of another program, not a Parlance conversation history. It has been left as it is; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="426"/>
        <source>Cannot save the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="433"/>
        <source>Cannot save a conversation without a key in the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="438"/>
        <source>Cannot save the conversation &quot;%1&quot; in the history %2: %3. Check that the disk is not full and the file is writable; the previously saved version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="505"/>
        <source>Cannot open the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="512"/>
        <source>Cannot read a conversation from the history %1: %2. Check that the file is readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="547"/>
        <source>settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="564"/>
        <source>turn %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="579"/>
        <source>The conversation is no longer in the history %1; it may have been deleted in another window. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="586"/>
        <source>The conversation &quot;%1&quot; in the history %2 is damaged (%3) and cannot be opened. Delete it from the history; the other conversations are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="599"/>
        <source>Cannot list the conversations: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="610"/>
        <location filename="../app/store/historystore.cpp" line="619"/>
        <source>Cannot list the conversations in the history %1: %2. Check that the file is readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="631"/>
        <source>Cannot search the conversations: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="641"/>
        <source>Cannot search the conversations in the history %1: %2. Check that the file is readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="721"/>
        <source>Cannot delete the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="732"/>
        <source>Cannot delete the conversation from the history %1: %2. Check that the disk is not full and the file is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ApiSelector</name>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="17"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="22"/>
        <source>POST {base}/chat/completions: the OpenAI Chat Completions API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="25"/>
        <source>POST {base}/responses: the OpenAI Responses API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="27"/>
        <source>POST /serving-endpoints/{name}/invocations: Databricks model serving, what MLflow Deployments and the Databricks SDK send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="30"/>
        <source>Which API the request goes out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="75"/>
        <source>Chat Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="77"/>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="79"/>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BodyView</name>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="52"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="52"/>
        <source>Show the body as formatted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="53"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="53"/>
        <source>Show the JSON as a collapsible tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="59"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="61"/>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="66"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="73"/>
        <source>Find (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="78"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="82"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="83"/>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="84"/>
        <source>Copy the body exactly as it went over the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="153"/>
        <source>Loading the text… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="216"/>
        <source>Showing the first %1 of %2 of formatted text; the tree view shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="259"/>
        <source>Loading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="327"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="328"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="329"/>
        <source>%1+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="330"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ChatPane</name>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="39"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="64"/>
        <source>No connection yet: set one up in the connection settings, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="70"/>
        <source>Choose a model first, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="74"/>
        <source>The message was not sent: a reply is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="18"/>
        <source>Message the model… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="76"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="77"/>
        <source>Stop the reply; what arrived so far is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="80"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="81"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionForm</name>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="59"/>
        <source>Databricks AI Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="60"/>
        <source>Databricks Model Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="61"/>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="87"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="21"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="30"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="45"/>
        <source>prod-workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="67"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="78"/>
        <source>Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="83"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="91"/>
        <source>&amp;Workspace URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="106"/>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="128"/>
        <source>&amp;Gateway path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="147"/>
        <source>/ai-gateway/mlflow/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="152"/>
        <source>/serving-endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="175"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="190"/>
        <source>http://127.0.0.1:8080/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="215"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="224"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="235"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="240"/>
        <source>Basic (token:&lt;token&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="245"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="253"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="277"/>
        <location filename="../ui/settings/connectionform.cpp" line="87"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="304"/>
        <source>Extra &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="344"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="349"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="359"/>
        <source>Add &amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="366"/>
        <source>Remove He&amp;ader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="400"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="409"/>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="431"/>
        <location filename="../ui/settings/connectionform.ui" line="460"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="438"/>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="467"/>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="493"/>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="511"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="516"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="521"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="529"/>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="563"/>
        <source>C&amp;A certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="580"/>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="587"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="209"/>
        <source>Reading from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="211"/>
        <source>Not sent without authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="213"/>
        <source>Paste a token; it is kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="243"/>
        <source>Choose CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="245"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="25"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="28"/>
        <source>Databricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="28"/>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="31"/>
        <source>Needs fixing before it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionSaver</name>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="87"/>
        <source>Nothing was saved: the token of &quot;%1&quot; could not be read to move it to &quot;%2&quot;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="141"/>
        <source>The connections were saved, but a token was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="37"/>
        <source>The server refused the credentials (HTTP %1).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="40"/>
        <source>Check the token and the authentication mode; a token may also have expired or lack permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="44"/>
        <source>Nothing answers at %1 (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="45"/>
        <source>Check the workspace URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="46"/>
        <source>Check the base URL: most servers expect it to end in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="49"/>
        <source>The server answered with HTTP %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="52"/>
        <source>Try again in a moment; if it persists, the details below show what the server sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="55"/>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="56"/>
        <source>Check the address and port, your network, and the proxy and certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="60"/>
        <source>Check that the address is right and the server is running, or raise the timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="64"/>
        <source>Check that the URL is a Databricks workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="66"/>
        <source>Check that the base URL points at an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="69"/>
        <source>The test was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="79"/>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="176"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="91"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="145"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="164"/>
        <source>List the models with the settings above, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="176"/>
        <source>S&amp;top Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="187"/>
        <source>Connected: 1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="188"/>
        <source>Connected: %1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="210"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="212"/>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="214"/>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionValidator</name>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="31"/>
        <source>Enter the workspace URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="32"/>
        <source>Enter the server&apos;s base URL; it usually ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="39"/>
        <source>This is not a valid URL: write it as https://host[:port][/path].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="43"/>
        <source>Start the URL with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="47"/>
        <source>Remove the password from the URL and put it in the Token field, which is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="53"/>
        <source>Plain http: the token would cross the network unencrypted. Use https:// unless you trust every network in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="58"/>
        <source>The workspace URL usually has no path: the gateway path below is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="69"/>
        <source>Enter a gateway path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="72"/>
        <source>Start the gateway path with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="75"/>
        <source>The gateway path cannot contain spaces, ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="85"/>
        <source>Give every header a name, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="88"/>
        <source>%1 carries a credential, and saved connections are stored in plain text: remove the header and put the token in the Token field, which is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="95"/>
        <source>&quot;%1&quot; is not a valid header: use letters, digits and - in the name, and no line breaks in the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="112"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="115"/>
        <source>A connection name cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="118"/>
        <source>Another connection is already named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="132"/>
        <source>%1 Type the token again to replace it, or leave the field empty to keep what the keychain holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="138"/>
        <source>No token: requests go out without credentials. Paste a token, or choose None as the authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="147"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="151"/>
        <source>Enter only the proxy&apos;s host name or address, without a scheme or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="160"/>
        <source>The CA file %1 does not exist; choose a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="163"/>
        <source>The CA file %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="35"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="22"/>
        <source>No messages yet.
Type below and press Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="45"/>
        <location filename="../ui/conversation/conversationview.cpp" line="244"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="240"/>
        <source>Copy Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="243"/>
        <source>Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="249"/>
        <source>Edit &amp;&amp; Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="255"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="259"/>
        <source>Hide Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="259"/>
        <source>Show Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="266"/>
        <source>Show in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="269"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="253"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::DatabricksImportDialog</name>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="17"/>
        <source>Import Databricks Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="32"/>
        <source>no host: cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="34"/>
        <source>no token: add one after importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="37"/>
        <source>name taken: imported under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="58"/>
        <source>%1 holds no profiles. The Databricks CLI writes them with &quot;databricks configure&quot;; DATABRICKS_CONFIG_FILE points elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="62"/>
        <source>Profiles in %1. Each host becomes a saved connection; tokens go to the keychain, never into Parlance&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="66"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::DeltaSummary</name>
    <message>
        <location filename="../ui/inspector/deltasummary.cpp" line="87"/>
        <source>error %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ErrorDescription</name>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="18"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="21"/>
        <source>The gateway rejected the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="22"/>
        <source>Check the model name and the generation parameters; the server&apos;s message says which part it did not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="26"/>
        <source>The gateway did not accept the credentials (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="27"/>
        <source>Check the access token in the connection settings: it may be missing, mistyped or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="31"/>
        <source>The token is not allowed to use this model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="32"/>
        <source>Ask for the permission to query this endpoint, or use a token that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="36"/>
        <source>The model or the API route was not found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="37"/>
        <source>Check the model name and the connection&apos;s base URL or gateway path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="41"/>
        <source>The gateway gave up waiting for the model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="42"/>
        <source>Retry; for long answers, lower the maximum tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="45"/>
        <source>The request is too large for the gateway (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="46"/>
        <source>Shorten the conversation or delete earlier turns, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="49"/>
        <source>Wait a moment, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="51"/>
        <source>Wait %1 s, as the gateway asked, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="53"/>
        <source>The gateway is rate-limiting requests (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="59"/>
        <source>The gateway or the model server failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="60"/>
        <source>Retry in a moment; if it keeps failing, the serving endpoint may be down or still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="63"/>
        <source>The gateway answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="64"/>
        <source>Read the server&apos;s message; the inspector has the full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="78"/>
        <source>The model reported an error while answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="79"/>
        <source>Retry; what arrived before the error is kept above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="83"/>
        <source>The gateway&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="84"/>
        <source>The stream may have been cut off, or the server does not speak this API. Retry, or open the inspector to see the raw bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="89"/>
        <source>Cannot reach the gateway host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="90"/>
        <source>Check the host name, your network or VPN connection and any proxy, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="95"/>
        <source>The gateway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="96"/>
        <source>Retry, or raise the timeout in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="100"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="100"/>
        <source>Regenerate to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExchangeListProxy</name>
    <message>
        <location filename="../ui/inspector/exchangelistproxy.cpp" line="48"/>
        <source>(stream)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExchangeView</name>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="20"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="21"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="22"/>
        <location filename="../ui/inspector/exchangeview.cpp" line="70"/>
        <location filename="../ui/inspector/exchangeview.cpp" line="82"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="29"/>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="43"/>
        <source>&lt;b&gt;No HTTP answer&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="50"/>
        <source>&lt;b&gt;HTTP &lt;span style=&quot;color:#c0392b&quot;&gt;%1&lt;/span&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="51"/>
        <source>&lt;b&gt;HTTP %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="63"/>
        <source>No body (%1 request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="66"/>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="66"/>
        <source>Empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="71"/>
        <source>Stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExtraParamsEditor</name>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="19"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="21"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="23"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="25"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="27"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="29"/>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="66"/>
        <source>Extra parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="127"/>
        <source>Must be a JSON object ({…}), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="157"/>
        <source>Not used until fixed: line %1, column %2 (offset %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="176"/>
        <source>Optional: a JSON object merged into the request body last, so its keys override the fields above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="181"/>
        <source>Valid. Merged into the request body: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HeadersView</name>
    <message>
        <location filename="../ui/inspector/headersview.cpp" line="9"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/headersview.cpp" line="9"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HistoryListModel</name>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="59"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="61"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="68"/>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="87"/>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="89"/>
        <source>%1
%2 · %n message(s) · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="91"/>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HistoryPanel</name>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="24"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="34"/>
        <source>Search titles and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="50"/>
        <source>Start a new conversation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="92"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="93"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="155"/>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="156"/>
        <source>Delete &quot;%1&quot; from the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="187"/>
        <source>No saved conversations yet. Each chat is kept here as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="188"/>
        <source>Searching messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="189"/>
        <source>No conversation matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="35"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="36"/>
        <source>Edit and Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="39"/>
        <source>Copy a curl command for this request; the token is an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="40"/>
        <source>Edit the raw request and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="71"/>
        <source>Requests appear here as they are sent. Select one to see its request, response, stream events and timings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::JsonTreeModel</name>
    <message>
        <location filename="../ui/inspector/jsontreemodel.cpp" line="205"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/jsontreemodel.cpp" line="205"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MainWindow</name>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="47"/>
        <source>Parlance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="64"/>
        <source>The extra parameters are not valid JSON (%1); fix them to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="70"/>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="95"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="103"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="109"/>
        <source>SIMULATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="111"/>
        <source>Answers come from the demo gateway on this computer, not from a real model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="120"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="126"/>
        <source>API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="139"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="144"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="149"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="158"/>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="160"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="161"/>
        <source>Try the &amp;demo gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="166"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="167"/>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="172"/>
        <source>&amp;Refresh models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="177"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="181"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="185"/>
        <source>&amp;About Parlance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="186"/>
        <source>About Parlance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="187"/>
        <source>&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for LLM gateways: chat, inspect the raw API traffic, compare models.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="211"/>
        <source>Listing models of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="217"/>
        <source>Could not list models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="277"/>
        <source>%1: %2 models listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="297"/>
        <source>Demo gateway (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/mainwindow.cpp" line="298"/>
        <source>Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MessagePanel</name>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="27"/>
        <source>Copy headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="29"/>
        <source>Copy the headers as &quot;Name: value&quot; lines (secrets stay masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="65"/>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="73"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelListModel</name>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="115"/>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="117"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="119"/>
        <source>Owned by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="121"/>
        <source>Not in the model list the server sent last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="167"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="169"/>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="171"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="173"/>
        <source>Other endpoints (not for chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="181"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="183"/>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelPicker</name>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="47"/>
        <source>Model or endpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="48"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="61"/>
        <source>Show the models (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="68"/>
        <location filename="../ui/controls/modelpicker.cpp" line="128"/>
        <source>Reload the model list from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="118"/>
        <location filename="../ui/controls/modelpicker.cpp" line="356"/>
        <source>Could not load the model list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="127"/>
        <location filename="../ui/controls/modelpicker.cpp" line="354"/>
        <source>Loading the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="360"/>
        <source>No listed model matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="362"/>
        <source>No model list yet: refresh to ask the server, or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="365"/>
        <source>The server lists no models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelPickerPopup</name>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="58"/>
        <source>Send requests to this name even though the server&apos;s list does not show it (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="64"/>
        <source>Also list embeddings and other endpoints that cannot chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="104"/>
        <source>Use “%1” as the model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/controls/modelpickerpopup.cpp" line="110"/>
        <source>Show all endpoints (%n not for chat)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ParametersPanel</name>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="49"/>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="51"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="53"/>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="56"/>
        <source>Stream the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="58"/>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="96"/>
        <source>You are a helpful assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="99"/>
        <source>&amp;System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="102"/>
        <source>Unticked, nothing is sent and the server&apos;s default applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="117"/>
        <source>Show the reply as it is written (server-sent events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="121"/>
        <source>E&amp;xtra parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="125"/>
        <source>Clear the system prompt, stops and extra parameters, and unset every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="128"/>
        <source>Stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="159"/>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="279"/>
        <source>Choose a model to keep these settings with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="281"/>
        <source>Saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ResendDialog</name>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="38"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="41"/>
        <source>Edit and Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="48"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="54"/>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="55"/>
        <source>Remove Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="67"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="68"/>
        <source>Re-indent the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="76"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="86"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="145"/>
        <source>(from connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="152"/>
        <source>Added from the connection when the request is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="213"/>
        <source>Enter an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="215"/>
        <source>Enter a method, such as POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="218"/>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="222"/>
        <source>Invalid JSON at line %1, column %2: the body must be a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="226"/>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="233"/>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="14"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="76"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="83"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="90"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="97"/>
        <source>Import from .&amp;databrickscfg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="111"/>
        <source>No saved connections yet. Add one, or import the profiles of the Databricks CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="205"/>
        <source>Waiting for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="205"/>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="213"/>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="225"/>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="246"/>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="247"/>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="250"/>
        <source>Its token is removed from the keychain when you press OK; Cancel keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="252"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="317"/>
        <source>Fix the marked fields of &quot;%1&quot; before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="324"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StopSequenceEditor</name>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="34"/>
        <source>Add a stop sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="35"/>
        <source>Enter adds it. Type \n for a new line, \t for a tab, \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="39"/>
        <source>Add the stop sequence (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="42"/>
        <source>Remove the selected stop sequences (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StreamEventModel</name>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="117"/>
        <source>Milliseconds since the request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="122"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="124"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="126"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="128"/>
        <source>Parsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StreamPanel</name>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="40"/>
        <source>Select an event to see its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="64"/>
        <source>A stream was requested, but no events arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="65"/>
        <source>Not a streamed response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="71"/>
        <source>Events: %1 (%2), the first after %3 ms, the last after %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="82"/>
        <source>No exchange selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TimingBar</name>
    <message>
        <location filename="../ui/inspector/timingbar.cpp" line="26"/>
        <source>Headers after %1 ms, first byte after %2 ms, done after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TimingPanel</name>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="17"/>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="19"/>
        <source>Error in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="21"/>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="23"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="25"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="27"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="34"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="34"/>
        <source>Attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="35"/>
        <source>Headers received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="35"/>
        <source>First body byte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="36"/>
        <source>Complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="36"/>
        <source>Receiving body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="37"/>
        <source>Response size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="37"/>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="38"/>
        <source>Redirected to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="38"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="52"/>
        <source>waiting for headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="53"/>
        <source>waiting for the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="54"/>
        <source>receiving (ticks: events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="63"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="66"/>
        <source>Times are measured from when the request was handed to the network stack. DNS lookup, connection and TLS handshake times are not reported separately by Qt 6.4&apos;s network stack; they are part of &quot;Headers received&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="81"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="100"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="107"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="115"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="81"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="96"/>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="102"/>
        <source>%1, first after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnData</name>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="20"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="21"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="69"/>
        <source>generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="73"/>
        <source>%1 in / %2 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="77"/>
        <source>%1 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="79"/>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="81"/>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="84"/>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnEditor</name>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="15"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="24"/>
        <source>Replace this message and ask again (Ctrl+Enter). The turns after it are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="27"/>
        <source>Edit the message; the answers after it will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnLayout</name>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="166"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="220"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="225"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="168"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="170"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="172"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="202"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="461"/>
        <source>Reasoning ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="202"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="461"/>
        <source>Reasoning ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="221"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="591"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="240"/>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="242"/>
        <source>Stopped: the partial answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="243"/>
        <source>Stopped before the model answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="245"/>
        <source>Incomplete: the answer was cut off; what arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="318"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="320"/>
        <source>Show in inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="537"/>
        <source>Tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="550"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="20"/>
        <source>Welcome to Parlance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="27"/>
        <source>Chat with the models your gateway serves, see every byte that goes over the wire, and compare models side by side.
Connect to a Databricks workspace or any OpenAI-compatible server to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="40"/>
        <source>Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="43"/>
        <source>Try the demo gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="45"/>
        <source>A simulated gateway on this computer: demo models, no account, nothing leaves the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/welcomepanel.cpp" line="85"/>
        <source>Use profile “%1” from ~/.databrickscfg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::Workbench</name>
    <message>
        <location filename="../ui/app/workbench.cpp" line="63"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/workbench.cpp" line="93"/>
        <source>There is no saved connection named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/workbench.cpp" line="102"/>
        <source>Could not read the token of &apos;%1&apos; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/workbench.cpp" line="132"/>
        <source>Demo gateway (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/workbench.cpp" line="139"/>
        <source>The demo gateway could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/workbench.cpp" line="148"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesDialect</name>
    <message>
        <location filename="../app/api/responses.cpp" line="208"/>
        <source>The response body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="215"/>
        <source>The response body has no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="381"/>
        <source>The model failed to generate a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="402"/>
        <source>The server sent an event that is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="408"/>
        <source>The server sent an event that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="424"/>
        <source>The server sent a %1 event without a text delta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStatements</name>
    <message>
        <location filename="../app/api/sqlstatements.cpp" line="179"/>
        <source>The SQL statement failed without an error message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
