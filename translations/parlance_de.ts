<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChatCompletions</name>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="57"/>
        <source>&quot;%1&quot; is missing from a chat completion.</source>
        <translation>„%1“ fehlt in einer Chat-Completion.</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="59"/>
        <source>Unexpected %1 for &quot;%2&quot; in a chat completion.</source>
        <translation>Unerwarteter Wert vom Typ %1 für „%2“ in einer Chat-Completion.</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="217"/>
        <source>Choice index %1 is out of range.</source>
        <translation>Der Choice-Index %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="222"/>
        <source>Too many choices in a chat completion.</source>
        <translation>Zu viele Choices in einer Chat-Completion.</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="294"/>
        <source>Malformed JSON at offset %1: %2</source>
        <translation>Fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="300"/>
        <source>Expected a JSON object, got an array.</source>
        <translation>JSON-Objekt erwartet, aber ein Array erhalten.</translation>
    </message>
    <message>
        <location filename="../app/api/chatcompletions.cpp" line="494"/>
        <source>The server reported an error in the stream.</source>
        <translation>Der Server hat im Stream einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <location filename="../app/api/errorbody.cpp" line="60"/>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="62"/>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="64"/>
        <source>Forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="66"/>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="68"/>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="70"/>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="72"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="74"/>
        <source>Payload Too Large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="76"/>
        <source>Unsupported Media Type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="78"/>
        <source>Unprocessable Content</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="80"/>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="82"/>
        <source>Client Closed Request</source>
        <translation>Client hat die Anfrage abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="84"/>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="86"/>
        <source>Not Implemented</source>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="88"/>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="90"/>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="92"/>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="94"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/api/errorbody.cpp" line="276"/>
        <source>the body (%n byte(s), Content-Encoding: %1) could not be decoded; see the raw response</source>
        <translation>
            <numerusform>der Body (%n Byte, Content-Encoding: %1) konnte nicht dekodiert werden; siehe die rohe Antwort</numerusform>
            <numerusform>der Body (%n Bytes, Content-Encoding: %1) konnte nicht dekodiert werden; siehe die rohe Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/api/errorbody.cpp" line="281"/>
        <source>the body (%n byte(s)) is binary data, not text; see the raw response</source>
        <translation>
            <numerusform>der Body (%n Byte) enthält Binärdaten, keinen Text; siehe die rohe Antwort</numerusform>
            <numerusform>der Body (%n Bytes) enthält Binärdaten, keinen Text; siehe die rohe Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/api/errorbody.cpp" line="425"/>
        <source>The server reported an error in the stream.</source>
        <translation>Der Server hat im Stream einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>KeychainFailurePrompt</name>
    <message>
        <source>Token Not Stored</source>
        <translation type="vanished">Token nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not store the token of &quot;%1&quot;.</source>
        <translation type="vanished">Der Schlüsselbund hat das Token von „%1“ nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1

Unlock or start the keychain and try again, keep the token only until Parlance quits, or store it in a file only you can read (mode 0600, not encrypted).</source>
        <translation type="vanished">%1

Entsperren oder starten Sie den Schlüsselbund und versuchen Sie es erneut, behalten Sie das Token nur, bis Parlance beendet wird, oder speichern Sie es in einer Datei, die nur Sie lesen können (Modus 0600, nicht verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="50"/>
        <source>Secret Not Stored</source>
        <translation>Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="51"/>
        <source>The keychain did not store a secret of &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund hat ein Geheimnis von „%1“ nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="55"/>
        <source>%1

Unlock or start the keychain and try again, keep it only until Parlance quits, or store it in a file only you can read (mode 0600, not encrypted).</source>
        <translation>%1

Entsperren oder starten Sie den Schlüsselbund und versuchen Sie es erneut, behalten Sie es nur bis zum Beenden von Parlance, oder speichern Sie es in einer Datei, die nur Sie lesen können (Modus 0600, nicht verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="58"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="60"/>
        <source>Keep for This Session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <location filename="../ui/settings/keychainfailureprompt.cpp" line="62"/>
        <source>Store in a File</source>
        <translation>In einer Datei speichern</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::BrowserProvider</name>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="33"/>
        <source>The sign-in to %1 has expired or was revoked. Sign in again%2.</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an%2.</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="73"/>
        <source>Not signed in to %1%2.</source>
        <translation>Nicht bei %1 angemeldet%2.</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="75"/>
        <source>; sign in with: %1</source>
        <translation>; melden Sie sich an mit: %1</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="132"/>
        <source>The sign-in could not be kept in the keychain (%1): it lasts until this access token expires.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1): Sie gilt nur, bis dieses Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="222"/>
        <source>The sign-in in the browser did not finish within %1 s (was the browser window closed?). Sign in again%2.</source>
        <translation>Die Anmeldung im Browser wurde nicht innerhalb von %1 s abgeschlossen (wurde das Browserfenster geschlossen?). Melden Sie sich erneut an%2.</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="239"/>
        <source>The workspace refused the sign-in: %1 (%2).</source>
        <translation>Der Arbeitsbereich hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="246"/>
        <source>The browser came back with an answer to another sign-in (the state did not match), so Parlance ignored it. Sign in again.</source>
        <translation>Der Browser kam mit der Antwort auf eine andere Anmeldung zurück (der state passte nicht), daher hat Parlance sie ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/auth/browserprovider.cpp" line="283"/>
        <source>The sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::CliProvider</name>
    <message>
        <location filename="../app/auth/cliprovider.cpp" line="60"/>
        <source>This connection signs in with the Databricks CLI, but no databricks executable is on PATH. Install the Databricks CLI, then sign in with: %1</source>
        <translation>Diese Verbindung meldet sich mit der Databricks CLI an, aber im PATH gibt es kein Programm databricks. Installieren Sie die Databricks CLI und melden Sie sich dann an mit: %1</translation>
    </message>
    <message>
        <location filename="../app/auth/cliprovider.cpp" line="83"/>
        <source>%1 did not answer within %2 s, so Parlance stopped it. Run it in a terminal to see what it waits for; to sign in again: %3</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet, daher hat Parlance es beendet. Führen Sie es in einem Terminal aus, um zu sehen, worauf es wartet; erneut anmelden mit: %3</translation>
    </message>
    <message>
        <location filename="../app/auth/cliprovider.cpp" line="95"/>
        <source>Could not run %1 (%2). Install the Databricks CLI, then sign in with: %3</source>
        <translation>%1 konnte nicht ausgeführt werden (%2). Installieren Sie die Databricks CLI und melden Sie sich dann an mit: %3</translation>
    </message>
    <message>
        <location filename="../app/auth/cliprovider.cpp" line="107"/>
        <source>%1 failed (exit code %2)%3. Sign in with: %4</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)%3. Melden Sie sich an mit: %4</translation>
    </message>
    <message>
        <location filename="../app/auth/cliprovider.cpp" line="119"/>
        <source>%1 printed no access token (not the JSON the Databricks CLI prints). Update the Databricks CLI, or sign in again with: %2</source>
        <translation>%1 hat kein Zugriffstoken ausgegeben (nicht das JSON, das die Databricks CLI ausgibt). Aktualisieren Sie die Databricks CLI oder melden Sie sich erneut an mit: %2</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::KeychainM2MProvider</name>
    <message>
        <location filename="../app/auth/signinbroker.cpp" line="69"/>
        <source>The client secret of %1 could not be read from the keychain: %2</source>
        <translation>Das Client-Secret von %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/auth/signinbroker.cpp" line="89"/>
        <source>%1 signs in as a service principal (oauth-m2m), but no client secret is stored for it: type it in Settings &gt; Connections (Client secret), or set client_secret in the profile or DATABRICKS_CLIENT_SECRET.</source>
        <translation>%1 meldet sich als Dienstprinzipal an (oauth-m2m), aber für ihn ist kein Client-Secret gespeichert: Geben Sie es unter Einstellungen &gt; Verbindungen (Client-Secret) ein, oder setzen Sie client_secret im Profil oder DATABRICKS_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::LoopbackReceiver</name>
    <message>
        <location filename="../app/auth/loopbackreceiver.cpp" line="48"/>
        <source>Ports %1 to %2 on this machine are all in use (%3); close what uses them and sign in again.</source>
        <translation>Die Ports %1 bis %2 auf diesem Rechner sind alle belegt (%3); schließen Sie, was sie belegt, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/auth/loopbackreceiver.cpp" line="100"/>
        <source>Sign-in failed. Return to Parlance to see why and try again.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Kehren Sie zu Parlance zurück, um den Grund zu sehen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/auth/loopbackreceiver.cpp" line="101"/>
        <source>You are signed in. You can close this tab and return to Parlance.</source>
        <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu Parlance zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::M2MProvider</name>
    <message>
        <location filename="../app/auth/m2mprovider.cpp" line="31"/>
        <source>The service principal %1 could not sign in: the client id or secret is wrong (%2). Check client_id and client_secret (or DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET).</source>
        <translation>Der Dienstprinzipal %1 konnte sich nicht anmelden: Client-ID oder Secret ist falsch (%2). Prüfen Sie client_id und client_secret (oder DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/auth/m2mprovider.cpp" line="37"/>
        <source>The service principal %1 could not sign in: %2</source>
        <translation>Der Dienstprinzipal %1 konnte sich nicht anmelden: %2</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::SignInBroker</name>
    <message>
        <source>%1 signs in as a service principal (oauth-m2m), but its client id or secret is missing: set client_id and client_secret in the profile, or DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET.</source>
        <translation type="vanished">%1 meldet sich als Dienstprinzipal an (oauth-m2m), aber Client-ID oder Secret fehlt: Setzen Sie client_id und client_secret im Profil oder DATABRICKS_CLIENT_ID und DATABRICKS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location filename="../app/auth/signinbroker.cpp" line="172"/>
        <source>%1 signs in as a service principal (oauth-m2m), but its client id is missing: set client_id in the profile, or DATABRICKS_CLIENT_ID.</source>
        <translation>%1 meldet sich als Dienstprinzipal an (oauth-m2m), aber die Client-ID fehlt: Setzen Sie client_id im Profil oder DATABRICKS_CLIENT_ID.</translation>
    </message>
    <message>
        <location filename="../app/auth/signinbroker.cpp" line="201"/>
        <source>Unknown sign-in method.</source>
        <translation>Unbekannte Anmeldemethode.</translation>
    </message>
    <message>
        <location filename="../app/auth/signinbroker.cpp" line="219"/>
        <source>This connection does not sign in.</source>
        <translation>Diese Verbindung meldet sich nicht an.</translation>
    </message>
</context>
<context>
    <name>Parlance::Auth::TokenEndpoint</name>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="64"/>
        <source>Refused to send credentials to %1: the token endpoint must use https.</source>
        <translation>Anmeldedaten wurden nicht an %1 gesendet: Der Token-Endpunkt muss https verwenden.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="96"/>
        <source>Could not reach the token endpoint %1: %2.</source>
        <translation>Der Token-Endpunkt %1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="110"/>
        <source>The token endpoint %1 answered without an access token.</source>
        <translation>Der Token-Endpunkt %1 hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="119"/>
        <source>The token endpoint %1 answered HTTP %2; try again later.</source>
        <translation>Der Token-Endpunkt %1 hat mit HTTP %2 geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="123"/>
        <source>The token endpoint refused: %1 (%2).</source>
        <translation>Der Token-Endpunkt hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="146"/>
        <source>Could not reach %1: %2.</source>
        <translation>%1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="156"/>
        <source>%1 does not offer OAuth sign-in (%2 answered HTTP %3 without the endpoints). Use a token instead.</source>
        <translation>%1 bietet keine OAuth-Anmeldung an (%2 hat mit HTTP %3 ohne die Endpunkte geantwortet). Verwenden Sie stattdessen ein Token.</translation>
    </message>
    <message>
        <location filename="../app/auth/tokenendpoint.cpp" line="168"/>
        <source>%1 names OAuth endpoints on another host (%2); Parlance signs in only with the workspace&apos;s own.</source>
        <translation>%1 nennt OAuth-Endpunkte auf einem anderen Host (%2); Parlance meldet sich nur über die des Arbeitsbereichs selbst an.</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli</name>
    <message>
        <source>%1 is not implemented yet.</source>
        <translation type="vanished">%1 ist noch nicht implementiert.</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Batch</name>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="76"/>
        <source>--input %1: name a .jsonl or a .csv file (the ending says which it is)</source>
        <translation>--input %1: nennen Sie eine .jsonl- oder .csv-Datei (die Endung sagt, welches Format)</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="132"/>
        <source>rate-limited: waiting %1 s, %2 at once</source>
        <translation>Rate-Limit: %1 s Wartezeit, %2 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="192"/>
        <source>batch: %1/%2 cells (%3), %4/s</source>
        <translation>batch: %1/%2 Zellen (%3), %4/s</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="198"/>
        <source>, ETA %1</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="212"/>
        <source>cannot write %1: %2; run again with --resume once there is room</source>
        <translation>%1 kann nicht geschrieben werden: %2; starten Sie erneut mit --resume, sobald wieder Platz ist</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="234"/>
        <source>batch: %1 cells in %2: %3 succeeded, %4 failed</source>
        <translation>batch: %1 Zellen in %2: %3 erfolgreich, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="240"/>
        <source> (%1 were already in %2)</source>
        <translation> (%1 standen schon in %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="244"/>
        <source>; %1 asked again after a rate limit</source>
        <translation>; %1 nach einem Rate-Limit erneut gefragt</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="246"/>
        <location filename="../app/cli/batchcommand.cpp" line="521"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="246"/>
        <location filename="../app/cli/batchcommand.cpp" line="521"/>
        <source>CELLS</source>
        <translation>ZELLEN</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="246"/>
        <location filename="../app/cli/batchcommand.cpp" line="521"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="246"/>
        <location filename="../app/cli/batchcommand.cpp" line="521"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="248"/>
        <source>CHECKS PASSED</source>
        <translation>PRÜFUNGEN BESTANDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="266"/>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>--table, --print-sql and --warehouse are not available yet in this version: run the prompt set from a file with --input FILE.jsonl or FILE.csv</source>
        <translation type="vanished">--table, --print-sql und --warehouse sind in dieser Version noch nicht verfügbar: führen Sie die Prompt-Sammlung aus einer Datei aus, mit --input DATEI.jsonl oder DATEI.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="604"/>
        <source>%1 is for chat and compare: batch writes one JSON line per answer</source>
        <translation>%1 ist für chat und compare: batch schreibt eine JSON-Zeile pro Antwort</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="607"/>
        <source>batch needs the models to ask: parlance-cli batch --models A,B --input FILE.jsonl</source>
        <translation>batch braucht die Modelle, die gefragt werden sollen: parlance-cli batch --models A,B --input DATEI.jsonl</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="612"/>
        <source>batch needs the prompts: --input FILE.jsonl or FILE.csv</source>
        <translation>batch braucht die Prompts: --input DATEI.jsonl oder DATEI.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="614"/>
        <source>batch takes its prompts from --input, not from the command line (&apos;%1&apos;)</source>
        <translation>batch nimmt seine Prompts aus --input, nicht von der Befehlszeile (&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="625"/>
        <source>--resume continues the run in --output FILE.jsonl: name the file</source>
        <translation>--resume setzt den Lauf in --output DATEI.jsonl fort: nennen Sie die Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="692"/>
        <source>%1 already holds results: pass --resume to ask only for the pairs it lacks, or remove it to start over</source>
        <translation>%1 enthält schon Ergebnisse: geben Sie --resume an, um nur die fehlenden Paare zu fragen, oder entfernen Sie die Datei, um neu zu beginnen</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="486"/>
        <location filename="../app/cli/batchcommand.cpp" line="573"/>
        <location filename="../app/cli/batchcommand.cpp" line="703"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="496"/>
        <source>interrupted before the statement was submitted</source>
        <translation>unterbrochen, bevor die Anweisung gesendet war</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="497"/>
        <source>interrupted: statement %1 was cancelled on warehouse %2</source>
        <translation>unterbrochen: Anweisung %1 wurde auf Warehouse %2 abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="506"/>
        <source>statement %1: %2: %3</source>
        <translation>Anweisung %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="509"/>
        <source>warehouse %1 is not running: start it in the workspace&apos;s SQL Warehouses page or with `databricks warehouses start %1`, then run again (%2)</source>
        <translation>Warehouse %1 läuft nicht: Starten Sie es auf der Seite „SQL Warehouses“ des Workspace oder mit `databricks warehouses start %1` und starten Sie den Lauf dann erneut (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="528"/>
        <source>batch: %1 cells on warehouse %2 in %3: %4 succeeded, %5 failed</source>
        <translation>batch: %1 Zellen auf Warehouse %2 in %3: %4 gelungen, %5 gescheitert</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="566"/>
        <source>%1 already holds results: remove it, or name another file</source>
        <translation>%1 enthält bereits Ergebnisse: Entfernen Sie die Datei oder nennen Sie eine andere</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="610"/>
        <source>batch takes its prompts from --input or from --table, not both</source>
        <translation>batch nimmt die Prompts aus --input oder aus --table, nicht aus beiden</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="617"/>
        <source>--print-sql prints the SQL instead of running it: leave out --warehouse</source>
        <translation>--print-sql gibt das SQL aus, statt es auszuführen: Lassen Sie --warehouse weg</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="619"/>
        <source>--table is read on a SQL warehouse: add --warehouse ID to run the set there, or --print-sql to see the SQL</source>
        <translation>--table wird auf einem SQL-Warehouse gelesen: Geben Sie --warehouse ID an, um den Satz dort auszuführen, oder --print-sql, um das SQL zu sehen</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="622"/>
        <source>--resume is for runs here: a warehouse runs the whole set in one statement, so run it again without --resume</source>
        <translation>--resume gilt für Läufe hier: Ein Warehouse führt den ganzen Satz in einer Anweisung aus, starten Sie ihn also ohne --resume erneut</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="627"/>
        <source>--parallel is for runs here: the warehouse decides how many rows it asks at once</source>
        <translation>--parallel gilt für Läufe hier: Das Warehouse entscheidet, wie viele Zeilen es gleichzeitig fragt</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="636"/>
        <source>--check %1: a judge asks a model here for every answer, so it cannot follow a warehouse run; run the set here, or leave the judge out</source>
        <translation>--check %1: Ein Judge fragt hier für jede Antwort ein Modell und kann daher keinem Warehouse-Lauf folgen; führen Sie den Satz hier aus oder lassen Sie den Judge weg</translation>
    </message>
    <message>
        <location filename="../app/cli/batchcommand.cpp" line="708"/>
        <source>the last line of %1 was cut short (a run stopped while writing it); it is dropped and its pair asked again</source>
        <translation>die letzte Zeile von %1 ist abgeschnitten (ein Lauf wurde beim Schreiben beendet); sie wird verworfen und ihr Paar erneut gefragt</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Chat</name>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="47"/>
        <source>chat needs a MODEL and a PROMPT: parlance-cli chat MODEL &quot;PROMPT&quot;</source>
        <translation>chat benötigt ein MODELL und einen PROMPT: parlance-cli chat MODELL &quot;PROMPT&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="103"/>
        <source>%1; retrying in %2 s (attempt %3)</source>
        <translation>%1; nächster Versuch in %2 s (Versuch %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/chatcommand.cpp" line="131"/>
        <source>the answer above is incomplete.</source>
        <translation>die obige Antwort ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::CliArgs</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="101"/>
        <location filename="../app/cli/cliargs.cpp" line="296"/>
        <source>unknown command &apos;%1&apos; (see parlance-cli --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe parlance-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="122"/>
        <source>option %1 takes no value</source>
        <translation>Option %1 erwartet keinen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="149"/>
        <source>tokens are never taken from the command line: set DATABRICKS_TOKEN or OPENAI_API_KEY, or use --token-stdin</source>
        <translation>Tokens werden nie von der Befehlszeile übernommen: Setzen Sie DATABRICKS_TOKEN oder OPENAI_API_KEY, oder verwenden Sie --token-stdin</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="151"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="167"/>
        <source>option %1 needs a value</source>
        <translation>Option %1 benötigt einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="182"/>
        <source>--auth must be bearer, basic or none, not &apos;%1&apos;</source>
        <translation>--auth muss bearer, basic oder none sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="187"/>
        <source>--header wants &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>--header erwartet &apos;Name: Wert&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="193"/>
        <source>--timeout wants whole seconds (1 or more), got &apos;%1&apos;</source>
        <translation>--timeout erwartet ganze Sekunden (1 oder mehr), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="199"/>
        <source>--max-time wants whole seconds (1 or more), got &apos;%1&apos;</source>
        <translation>--max-time erwartet ganze Sekunden (1 oder mehr), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="204"/>
        <source>--max-response-mb wants whole megabytes (1 or more), got &apos;%1&apos;</source>
        <translation>--max-response-mb erwartet ganze Megabyte (1 oder mehr), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="210"/>
        <source>--retries wants a number from 0 to 20, got &apos;%1&apos;</source>
        <translation>--retries erwartet eine Zahl von 0 bis 20, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="218"/>
        <source>--max-tokens wants a positive whole number, got &apos;%1&apos;</source>
        <translation>--max-tokens erwartet eine positive ganze Zahl, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="223"/>
        <source>--temperature wants a number from 0, got &apos;%1&apos;</source>
        <translation>--temperature erwartet eine Zahl ab 0, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="228"/>
        <source>--top-p wants a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--top-p erwartet eine Zahl von 0 bis 1, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="235"/>
        <source>--param wants KEY=JSON, got &apos;%1&apos;</source>
        <translation>--param erwartet SCHLÜSSEL=JSON, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="241"/>
        <source>--param %1: the value is not JSON (quote strings: KEY=&apos;&quot;text&quot;&apos;)</source>
        <translation>--param %1: der Wert ist kein JSON (Zeichenketten in Anführungszeichen setzen: SCHLÜSSEL=&apos;&quot;Text&quot;&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="249"/>
        <source>--api must be chat, responses or invocations, not &apos;%1&apos;</source>
        <translation>--api muss chat, responses oder invocations sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="260"/>
        <source>--parallel wants a number from 1 to 64, got &apos;%1&apos;</source>
        <translation>--parallel erwartet eine Zahl von 1 bis 64, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="279"/>
        <source>--har needs a file name</source>
        <translation>--har benötigt einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="284"/>
        <source>--port wants a number from 0 to 65535, got &apos;%1&apos;</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="300"/>
        <source>no command given (see parlance-cli --help)</source>
        <translation>kein Befehl angegeben (siehe parlance-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="304"/>
        <source>--har is for chat and compare</source>
        <translation>--har gibt es für chat und compare</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="306"/>
        <source>--har-include-credentials goes with --har FILE</source>
        <translation>--har-include-credentials gehört zu --har DATEI</translation>
    </message>
    <message>
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
        <translation type="vanished">Aufruf:
  parlance-cli [Verbindung] models [--json]
  parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT
  parlance-cli [Verbindung] compare --models A,B[,C...] [Generierung] PROMPT
  parlance-cli [Verbindung] batch --models A,B --input DATEI(.jsonl|.csv) [--output DATEI.jsonl] [--parallel N]
  parlance-cli [Verbindung] sql --warehouse ID (--model MODELL PROMPT | --statement SQL)
  parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT
  parlance-cli sim [--port N]
  parlance-cli profiles

Verbindung:
  --profile NAME         eine gespeicherte Verbindung oder ein Profil aus ~/.databrickscfg
  --host URL             Databricks-Arbeitsbereich (Umgebungsvariable DATABRICKS_HOST)
  --base-url URL         OpenAI-kompatible Basis-URL (Umgebungsvariable OPENAI_BASE_URL)
  --gateway-path PFAD    Basispfad der Databricks-API (Standard: /ai-gateway/mlflow/v1)
  --auth bearer|basic|none
  --header &apos;Name: Wert&apos;  zusätzlicher Anfrage-Header (mehrfach möglich)
  --timeout S            nach S Sekunden ohne Daten aufgeben (Standard: 120)
  --retries N            Wiederholungen bei 429/503 und sicheren 5xx (Standard: 2)
  --token-stdin          das Token von der Standardeingabe lesen
  --allow-http           ein Token auch über reines http an einen Nicht-Loopback-Host senden
  Das Token kommt aus dem Schlüsselbund-Eintrag der gespeicherten Verbindung, aus
  DATABRICKS_TOKEN / OPENAI_API_KEY oder von --token-stdin; nie von der Befehlszeile.

Generierung:
  --system TEXT --max-tokens N --temperature X --top-p X --stop S (mehrfach möglich)
  --param SCHLÜSSEL=JSON (mehrfach möglich, wird in den Body übernommen) --no-stream

Ausgabe:
  --json     ein normalisiertes Ergebnisobjekt    --inspect  Anfrage und Antwort auf stderr
  --raw      der rohe Antwort-Body bzw. die rohen SSE-Bytes

Exit-Codes: 0 OK, 1 Aufruf oder Konfiguration, 2 Fehlerstatus vom Gateway, 3 Netzwerk,
4 Protokoll (ungültiges JSON, Stream vor dem Ende abgebrochen).
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="16"/>
        <source>Connection:
  --profile NAME         a saved connection or a ~/.databrickscfg profile
  --host URL             Databricks workspace (env DATABRICKS_HOST)
  --base-url URL         OpenAI-compatible base URL (env OPENAI_BASE_URL)
  --gateway-path PATH    Databricks API base path (default /ai-gateway/mlflow/v1)
  --auth bearer|basic|none
  --header &apos;Name: value&apos; extra request header (repeatable)
  --timeout S            give up after S seconds without data (default 120)
  --max-time S           give up when the whole call takes longer than S seconds
  --max-response-mb N    stop reading an answer larger than N MB (default 256)
  --retries N            retries on 429/503 and safe 5xx (default 2)
  --token-stdin          read the token from standard input
  --allow-http           allow sending a token over plain http to a non-loopback host
  The token comes from the saved connection&apos;s keychain entry, DATABRICKS_TOKEN /
  OPENAI_API_KEY, or --token-stdin; never from the command line.
</source>
        <translation>Verbindung:
  --profile NAME         eine gespeicherte Verbindung oder ein Profil aus ~/.databrickscfg
  --host URL             Databricks-Arbeitsbereich (Umgebungsvariable DATABRICKS_HOST)
  --base-url URL         OpenAI-kompatible Basis-URL (Umgebungsvariable OPENAI_BASE_URL)
  --gateway-path PFAD    Basispfad der Databricks-API (Standard: /ai-gateway/mlflow/v1)
  --auth bearer|basic|none
  --header &apos;Name: Wert&apos;  zusätzlicher Anfrage-Header (mehrfach möglich)
  --timeout S            nach S Sekunden ohne Daten aufgeben (Standard: 120)
  --max-time S           aufgeben, wenn der ganze Aufruf über S Sekunden dauert
  --max-response-mb N    das Lesen einer Antwort über N MB abbrechen (Standard: 256)
  --retries N            Wiederholungen bei 429/503 und sicheren 5xx (Standard: 2)
  --token-stdin          das Token von der Standardeingabe lesen
  --allow-http           ein Token auch über reines http an einen Nicht-Loopback-Host senden
  Das Token kommt aus dem Schlüsselbund-Eintrag der gespeicherten Verbindung, aus
  DATABRICKS_TOKEN / OPENAI_API_KEY oder von --token-stdin; nie von der Befehlszeile.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="36"/>
        <source>Generation:
  --system TEXT --max-tokens N --temperature X --top-p X --stop S (repeatable)
  --param KEY=JSON (repeatable, merged into the body) --no-stream
</source>
        <translation>Generierung:
  --system TEXT --max-tokens N --temperature X --top-p X --stop S (mehrfach möglich)
  --param SCHLÜSSEL=JSON (mehrfach möglich, wird in den Body übernommen) --no-stream
</translation>
    </message>
    <message>
        <source>This command is not implemented yet in this version of parlance-cli.
</source>
        <translation type="vanished">Dieser Befehl ist in dieser Version von parlance-cli noch nicht implementiert.
</translation>
    </message>
    <message>
        <source>Usage:
  parlance-cli [connection] models [--json]
  parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT
  parlance-cli [connection] compare --models A,B[,C...] [generation] PROMPT
  parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv) [--output FILE.jsonl] [--parallel N]
  parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | --statement SQL)
  parlance-cli [connection] code --target T MODEL [generation] PROMPT
  parlance-cli [connection] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli COMMAND --help   that command&apos;s options (or: parlance-cli help COMMAND)
  parlance-cli --version        the version of parlance-cli

</source>
        <translation type="vanished">Aufruf:
  parlance-cli [Verbindung] models [--json]
  parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT
  parlance-cli [Verbindung] compare --models A,B[,C...] [Generierung] PROMPT
  parlance-cli [Verbindung] batch --models A,B --input DATEI(.jsonl|.csv) [--output DATEI.jsonl] [--parallel N]
  parlance-cli [Verbindung] sql --warehouse ID (--model MODELL PROMPT | --statement SQL)
  parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT
  parlance-cli [Verbindung] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli BEFEHL --help    die Optionen dieses Befehls (oder: parlance-cli help BEFEHL)
  parlance-cli --version        die Version von parlance-cli

</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="65"/>
        <source>
Output:
  --json     one normalized result object    --inspect  the exchange on stderr
  --raw      the raw response body or SSE bytes

Exit codes: 0 ok, 1 usage or configuration, 2 gateway error status, 3 network,
4 protocol (bad JSON, stream cut before it finished).
</source>
        <translation>
Ausgabe:
  --json     ein normalisiertes Ergebnisobjekt    --inspect  Anfrage und Antwort auf stderr
  --raw      der rohe Antwort-Body bzw. die rohen SSE-Bytes

Exit-Codes: 0 OK, 1 Aufruf oder Konfiguration, 2 Fehlerstatus vom Gateway, 3 Netzwerk,
4 Protokoll (ungültiges JSON, Stream vor dem Ende abgebrochen).
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="82"/>
        <source>Usage: parlance-cli [connection] models [--json]

Lists the models the connection serves, one a line: the name, then the
task and state where the gateway reports them, separated by tabs.

Options:
  --json      one JSON array of {name, task, state, owned_by, description}
  --inspect   the redacted exchange on stderr
</source>
        <translation>Aufruf: parlance-cli [Verbindung] models [--json]

Listet die Modelle auf, die die Verbindung anbietet, eines pro Zeile: den Namen,
dann Aufgabe und Zustand, sofern das Gateway sie meldet, durch Tabs getrennt.

Optionen:
  --json      ein JSON-Array aus {name, task, state, owned_by, description}
  --inspect   Anfrage und Antwort mit maskierten Geheimnissen auf stderr
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT

Sends PROMPT to MODEL and prints the answer text to stdout as it streams.

Options:
  --api chat|responses|invocations   the API to call (default chat)
  --json      instead of the text, one normalized result object: model, api, text,
              reasoning, tool_calls, finish_reason, usage, metrics, http, error,
              incomplete
  --raw       the raw response body or SSE bytes instead of the text
  --inspect   the redacted exchange (request, response, timed events) on stderr
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT

Sendet PROMPT an MODELL und gibt den Antworttext auf stdout aus, während er
gestreamt wird.

Optionen:
  --api chat|responses|invocations   die aufzurufende API (Standard: chat)
  --json      statt des Texts ein normalisiertes Ergebnisobjekt: model, api, text,
              reasoning, tool_calls, finish_reason, usage, metrics, http, error,
              incomplete
  --raw       statt des Texts der rohe Antwort-Body bzw. die rohen SSE-Bytes
  --inspect   Anfrage, Antwort und Ereignisse mit Zeiten auf stderr
              (Geheimnisse maskiert)
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] PROMPT

Sends PROMPT to every model and prints each answer under a == MODEL ==
header, then a metrics table.

Options:
  --models A[@API],B[@API][,...]   the models, each with its API
  --json      an array of result objects in --models order
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] compare --models A[@API],B[@API][,...] [Generierung] PROMPT

Sendet PROMPT an jedes Modell und gibt jede Antwort unter einer Überschrift
== MODELL == aus, danach eine Tabelle mit Messwerten.

Optionen:
  --models A[@API],B[@API][,...]   die Modelle, jeweils mit ihrer API
  --json      ein Array von Ergebnisobjekten in der Reihenfolge von --models
</translation>
    </message>
    <message>
        <source>Usage:
  parlance-cli [connection] models [--json]
  parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT
  parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] PROMPT
  parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv) [--output FILE.jsonl] [--parallel N]
  parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | --statement SQL)
  parlance-cli [connection] code --target T MODEL [generation] PROMPT
  parlance-cli [connection] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli COMMAND --help   that command&apos;s options (or: parlance-cli help COMMAND)
  parlance-cli --version        the version of parlance-cli

</source>
        <translation type="vanished">Aufruf:
  parlance-cli [Verbindung] models [--json]
  parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT
  parlance-cli [Verbindung] compare --models A[@API],B[@API][,...] [Generierung] PROMPT
  parlance-cli [Verbindung] batch --models A,B --input DATEI(.jsonl|.csv) [--output DATEI.jsonl] [--parallel N]
  parlance-cli [Verbindung] sql --warehouse ID (--model MODELL PROMPT | --statement SQL)
  parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT
  parlance-cli [Verbindung] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli BEFEHL --help    die Optionen dieses Befehls (oder: parlance-cli help BEFEHL)
  parlance-cli --version        die Version von parlance-cli

</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] PROMPT

Sends PROMPT to every model at once and prints each answer under a == MODEL ==
header, in --models order, then a metrics table: time to first token, total time,
output tokens per second, tokens in and out, finish reason, status. Exit code 0
when every model answered, else that of the first one in --models that failed.

Options:
  --models A[@API],B[@API][,...]   the models; @chat, @responses or @invocations
              picks a model&apos;s API, so one model can be compared across APIs
  --api chat|responses|invocations   the API of models without @API (default chat)
  --json      an array of result objects (as chat --json) in --models order
  --inspect   every model&apos;s redacted exchange on stderr, marked with its entry
  (--raw is for chat only)
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] compare --models A[@API],B[@API][,...] [Generierung] PROMPT

Sendet PROMPT gleichzeitig an jedes Modell und gibt jede Antwort unter einer
Überschrift == MODELL == aus, in der Reihenfolge von --models, danach eine Tabelle
mit Messwerten: Zeit bis zum ersten Token, Gesamtzeit, Ausgabe-Token pro Sekunde,
Token ein und aus, Abschlussgrund, Status. Exit-Code 0, wenn jedes Modell
geantwortet hat, sonst der des ersten Modells in --models, das fehlschlug.

Optionen:
  --models A[@API],B[@API][,...]   die Modelle; @chat, @responses oder @invocations
              wählt die API eines Modells, so lässt sich ein Modell über
              APIs hinweg vergleichen
  --api chat|responses|invocations   die API der Modelle ohne @API (Standard chat)
  --json      ein Array von Ergebnisobjekten (wie chat --json) in der
              Reihenfolge von --models
  --inspect   Anfrage und Antwort jedes Modells mit maskierten Geheimnissen auf
              stderr, mit seinem Eintrag markiert
  (--raw gibt es nur für chat)
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] batch --models A,B (--input FILE(.jsonl|.csv) | --table CATALOG.SCHEMA.TABLE [--prompt-column COL])

Asks every model for every row and writes one JSON line per (row, model).

Options:
  --models A,B          the models
  --input FILE          the prompts, .jsonl or .csv
  --output FILE.jsonl   where the results go
  --parallel N          requests in flight at once (1 to 64, default 4)
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] batch --models A,B (--input DATEI(.jsonl|.csv) | --table KATALOG.SCHEMA.TABELLE [--prompt-column SPALTE])

Fragt jedes Modell zu jeder Zeile und schreibt eine JSON-Zeile pro
(Zeile, Modell).

Optionen:
  --models A,B          die Modelle
  --input DATEI         die Prompts, .jsonl oder .csv
  --output DATEI.jsonl  wohin die Ergebnisse geschrieben werden
  --parallel N          gleichzeitig laufende Anfragen (1 bis 64, Standard: 4)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="165"/>
        <source>Usage: parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | --statement SQL)

Runs SQL on a Databricks SQL warehouse and waits for the result: ai_query(MODEL,
PROMPT) with --model (the prompt travels as a parameter, never in the SQL), or
any statement with --statement (the rows are printed tab-separated).

Options:
  --warehouse ID    the SQL warehouse (env DATABRICKS_WAREHOUSE_ID)
  --model MODEL     ask MODEL through ai_query; generation options apply
  --statement SQL   the statement to run
  --json            one object: statement_id, state, columns, rows, error
  --inspect         the redacted exchanges on stderr
</source>
        <translation>Aufruf: parlance-cli [Verbindung] sql --warehouse ID (--model MODELL PROMPT | --statement SQL)

Führt SQL auf einem Databricks SQL Warehouse aus und wartet auf das Ergebnis:
ai_query(MODELL, PROMPT) mit --model (der Prompt wird als Parameter übergeben,
nie im SQL-Text) oder eine beliebige Anweisung mit --statement (die Zeilen
werden durch Tabs getrennt ausgegeben).

Optionen:
  --warehouse ID    das SQL Warehouse (Umgebungsvariable DATABRICKS_WAREHOUSE_ID)
  --model MODELL    MODELL über ai_query fragen; die Generierungsoptionen gelten
  --statement SQL   die auszuführende Anweisung
  --json            ein Objekt: statement_id, state, columns, rows, error
  --inspect         Anfragen und Antworten mit maskierten Geheimnissen auf stderr
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="182"/>
        <source>Usage: parlance-cli [connection] code --target T MODEL [generation] PROMPT

Prints a program that sends the request chat would send and prints the
answer (as it streams, unless --no-stream). The token appears only as an
environment variable (DATABRICKS_TOKEN or OPENAI_API_KEY), a secret header
as one named after it. What a target cannot send is listed in a comment at
the top. Nothing is sent, so no token is needed.

Options:
  --target T   curl, openai-chat, openai-responses, databricks-openai, sql,
               rest, mlflow, databricks-sdk, langchain, python-requests,
               openai-js; --target alone lists them with their names
  --api chat|responses|invocations   the API of the request (default chat);
               curl, python-requests and openai-js call it, the other
               targets use their own
</source>
        <translation>Aufruf: parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT

Gibt ein Programm aus, das die Anfrage sendet, die chat senden würde, und die
Antwort ausgibt (während sie eintrifft, außer mit --no-stream). Das Token
erscheint nur als Umgebungsvariable (DATABRICKS_TOKEN oder OPENAI_API_KEY),
ein geheimer Header als eine nach ihm benannte. Was ein Ziel nicht senden
kann, steht in einem Kommentar am Anfang. Es wird nichts gesendet, daher wird
kein Token gebraucht.

Optionen:
  --target T   curl, openai-chat, openai-responses, databricks-openai, sql,
               rest, mlflow, databricks-sdk, langchain, python-requests,
               openai-js; --target allein listet sie mit ihren Namen auf
  --api chat|responses|invocations   die API der Anfrage (Standard: chat);
               curl, python-requests und openai-js rufen sie auf, die
               anderen Ziele nutzen ihre eigene
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] code --target T MODEL [generation] PROMPT

Prints code that sends the same request; a token appears only as an
environment variable reference.

Options:
  --target T   curl, openai-chat, openai-responses, databricks-openai, sql,
               rest, mlflow, databricks-sdk, langchain, python-requests,
               openai-js; --target alone lists them
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT

Gibt Code aus, der dieselbe Anfrage sendet; ein Token erscheint darin nur als
Verweis auf eine Umgebungsvariable.

Optionen:
  --target T   curl, openai-chat, openai-responses, databricks-openai, sql,
               rest, mlflow, databricks-sdk, langchain, python-requests,
               openai-js; --target allein listet sie auf
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="45"/>
        <source>Usage:
  parlance-cli [connection] models [--json]
  parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT
  parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] PROMPT
  parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv) [--template TEXT]
               [--output FILE.jsonl] [--parallel N] [--resume] [--check ...]
  parlance-cli [connection] sql --warehouse ID (--model MODEL PROMPT | --statement SQL)
  parlance-cli [connection] code --target T MODEL [generation] PROMPT
  parlance-cli [connection] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli COMMAND --help   that command&apos;s options (or: parlance-cli help COMMAND)
  parlance-cli --version        the version of parlance-cli

</source>
        <translation>Aufruf:
  parlance-cli [Verbindung] models [--json]
  parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT
  parlance-cli [Verbindung] compare --models A[@API],B[@API][,...] [Generierung] PROMPT
  parlance-cli [Verbindung] batch --models A,B --input DATEI(.jsonl|.csv) [--template TEXT]
               [--output DATEI.jsonl] [--parallel N] [--resume] [--check ...]
  parlance-cli [Verbindung] sql --warehouse ID (--model MODELL PROMPT | --statement SQL)
  parlance-cli [Verbindung] code --target T MODELL [Generierung] PROMPT
  parlance-cli [Verbindung] login
  parlance-cli sim [--port N]
  parlance-cli profiles [--json]
  parlance-cli BEFEHL --help    die Optionen dieses Befehls (oder: parlance-cli help BEFEHL)
  parlance-cli --version        die Version von parlance-cli

</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="92"/>
        <source>Usage: parlance-cli [connection] chat MODEL [generation] [--api chat|responses|invocations] PROMPT

Sends PROMPT to MODEL and prints the answer text to stdout as it streams.

Options:
  --api chat|responses|invocations   the API to call (default chat)
  --json      instead of the text, one normalized result object: model, api, text,
              reasoning, tool_calls, finish_reason, usage, metrics, http, error,
              incomplete
  --raw       the raw response body or SSE bytes instead of the text
  --inspect   the redacted exchange (request, response, timed events) on stderr
  --har FILE  every exchange (each attempt, redirects too) as HAR 1.2, with
              credentials masked
  --har-include-credentials   the HAR file keeps the token and secret header
              values (a 0600 file; never share it)
</source>
        <translation>Aufruf: parlance-cli [Verbindung] chat MODELL [Generierung] [--api chat|responses|invocations] PROMPT

Sendet PROMPT an MODELL und gibt den Antworttext auf stdout aus, während er
gestreamt wird.

Optionen:
  --api chat|responses|invocations   die aufzurufende API (Standard: chat)
  --json      statt des Texts ein normalisiertes Ergebnisobjekt: model, api, text,
              reasoning, tool_calls, finish_reason, usage, metrics, http, error,
              incomplete
  --raw       statt des Texts der rohe Antwort-Body bzw. die rohen SSE-Bytes
  --inspect   Anfrage, Antwort und Ereignisse mit Zeiten auf stderr
              (Geheimnisse maskiert)
  --har DATEI jeder Austausch (jeder Versuch, auch Weiterleitungen) als HAR 1.2,
              mit maskierten Zugangsdaten
  --har-include-credentials   die HAR-Datei behält das Token und die Werte
              geheimer Header (eine 0600-Datei; nie weitergeben)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="111"/>
        <source>Usage: parlance-cli [connection] compare --models A[@API],B[@API][,...] [generation] PROMPT

Sends PROMPT to every model at once and prints each answer under a == MODEL ==
header, in --models order, then a metrics table: time to first token, total time,
output tokens per second, tokens in and out, finish reason, status. Exit code 0
when every model answered, else that of the first one in --models that failed.

Options:
  --models A[@API],B[@API][,...]   the models; @chat, @responses or @invocations
              picks a model&apos;s API, so one model can be compared across APIs
  --api chat|responses|invocations   the API of models without @API (default chat)
  --json      an array of result objects (as chat --json) in --models order
  --inspect   every model&apos;s redacted exchange on stderr, marked with its entry
  --har FILE  every model&apos;s exchanges as HAR 1.2 (_source names the model), with
              credentials masked; --har-include-credentials keeps them
  (--raw is for chat only)
</source>
        <translation>Aufruf: parlance-cli [Verbindung] compare --models A[@API],B[@API][,...] [Generierung] PROMPT

Sendet PROMPT gleichzeitig an jedes Modell und gibt jede Antwort unter einer
Überschrift == MODELL == aus, in der Reihenfolge von --models, danach eine Tabelle
mit Messwerten: Zeit bis zum ersten Token, Gesamtzeit, Ausgabe-Token pro Sekunde,
Token ein und aus, Abschlussgrund, Status. Exit-Code 0, wenn jedes Modell
geantwortet hat, sonst der des ersten Modells in --models, das fehlschlug.

Optionen:
  --models A[@API],B[@API][,...]   die Modelle; @chat, @responses oder @invocations
              wählt die API eines Modells, so lässt sich ein Modell über
              APIs hinweg vergleichen
  --api chat|responses|invocations   die API der Modelle ohne @API (Standard chat)
  --json      ein Array von Ergebnisobjekten (wie chat --json) in der
              Reihenfolge von --models
  --inspect   Anfrage und Antwort jedes Modells mit maskierten Geheimnissen auf
              stderr, mit seinem Eintrag markiert
  --har DATEI der Austausch jedes Modells als HAR 1.2 (_source nennt das Modell),
              mit maskierten Zugangsdaten; --har-include-credentials behält sie
  (--raw gibt es nur für chat)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="131"/>
        <source>Usage: parlance-cli [connection] batch --models A,B (--input FILE(.jsonl|.csv) |
             --table CATALOG.SCHEMA.TABLE) [--prompt-column COL] [--template TEXT]
             [--output FILE.jsonl] [--parallel N] [--resume] [--check ...]
             [--print-sql | --warehouse ID] [generation]

Asks every model for every row and writes one JSON line per (row, model) as
each finishes: the result object (as chat --json) with input_index, prompt, the
row&apos;s other columns and checks. A summary with pass rates goes to stderr. Exit
code 0 when every cell succeeded, 2 when any failed at the gateway, 1 for bad
input (named by line and column; nothing is sent).

Options:
  --models A,B          the models
  --input FILE          JSONL (a &quot;prompt&quot; or a &quot;messages&quot; array per line) or
                        CSV with a header row
  --prompt-column COL   the prompt&apos;s column or key (default prompt)
  --template TEXT       the prompt made from the columns: &apos;Summarise {{text}}&apos;
  --output FILE.jsonl   where the lines go (default stdout); an existing file
                        with results needs --resume
  --parallel N          requests in flight at once (1 to 64, default 4); a 429
                        slows the run down rather than failing it
  --resume              ask only for the pairs missing from --output
  --check contains:TEXT | not-contains:TEXT | regex:RE | json |
          json-schema:FILE | max-length:N | judge:MODEL:RUBRIC   (repeatable)
  --api chat|responses|invocations   the API to call (default chat)
  --table CATALOG.SCHEMA.TABLE  the prompts from a table (with --warehouse or
                        --print-sql)
  --print-sql           print the Databricks SQL that runs the set (ai_query per
                        model) instead of running it; needs no connection
  --warehouse ID        run that SQL on SQL warehouse ID and write the same lines
                        (Ctrl-C cancels the statement; exit 130)
</source>
        <translation>Aufruf: parlance-cli [Verbindung] batch --models A,B (--input DATEI(.jsonl|.csv) |
             --table KATALOG.SCHEMA.TABELLE) [--prompt-column SPALTE] [--template TEXT]
             [--output DATEI.jsonl] [--parallel N] [--resume] [--check ...]
             [--print-sql | --warehouse ID] [Generierung]

Fragt jedes Modell zu jeder Zeile und schreibt eine JSON-Zeile pro (Zeile,
Modell), sobald sie fertig ist: das Ergebnisobjekt (wie bei chat --json) mit
input_index, prompt, den übrigen Spalten der Zeile und checks. Eine Übersicht
mit Erfolgsquoten geht nach stderr. Exit-Code 0, wenn jede Zelle gelang, 2, wenn
eine am Gateway scheiterte, 1 bei fehlerhafter Eingabe (mit Zeile und Spalte
genannt; dann wird nichts gesendet).

Optionen:
  --models A,B          die Modelle
  --input DATEI         JSONL (pro Zeile ein &quot;prompt&quot; oder ein &quot;messages&quot;-Array)
                        oder CSV mit Kopfzeile
  --prompt-column SPALTE  Spalte oder Schlüssel des Prompts (Standard: prompt)
  --template TEXT       der Prompt aus den Spalten: &apos;Fasse {{text}} zusammen&apos;
  --output DATEI.jsonl  wohin die Zeilen gehen (Standard: stdout); eine Datei
                        mit Ergebnissen braucht --resume
  --parallel N          gleichzeitig laufende Anfragen (1 bis 64, Standard: 4);
                        ein 429 verlangsamt den Lauf, statt ihn scheitern zu lassen
  --resume              nur die Paare fragen, die in --output fehlen
  --check contains:TEXT | not-contains:TEXT | regex:RE | json |
          json-schema:DATEI | max-length:N | judge:MODELL:RUBRIK   (mehrfach möglich)
  --api chat|responses|invocations   die aufgerufene API (Standard: chat)
  --table KATALOG.SCHEMA.TABELLE  die Prompts aus einer Tabelle (mit --warehouse
                        oder --print-sql)
  --print-sql           das Databricks-SQL ausgeben, das den Satz ausführt
                        (ai_query pro Modell), statt es auszuführen; braucht keine
                        Verbindung
  --warehouse ID        dieses SQL auf SQL-Warehouse ID ausführen und dieselben
                        Zeilen schreiben (Strg-C bricht die Anweisung ab; Exit 130)
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] batch --models A,B --input FILE(.jsonl|.csv)
             [--prompt-column COL] [--template TEXT] [--output FILE.jsonl]
             [--parallel N] [--resume] [--check ...] [generation]

Asks every model for every row and writes one JSON line per (row, model) as
each finishes: the result object (as chat --json) with input_index, prompt, the
row&apos;s other columns and checks. A summary with pass rates goes to stderr. Exit
code 0 when every cell succeeded, 2 when any failed at the gateway, 1 for bad
input (named by line and column; nothing is sent).

Options:
  --models A,B          the models
  --input FILE          JSONL (a &quot;prompt&quot; or a &quot;messages&quot; array per line) or
                        CSV with a header row
  --prompt-column COL   the prompt&apos;s column or key (default prompt)
  --template TEXT       the prompt made from the columns: &apos;Summarise {{text}}&apos;
  --output FILE.jsonl   where the lines go (default stdout); an existing file
                        with results needs --resume
  --parallel N          requests in flight at once (1 to 64, default 4); a 429
                        slows the run down rather than failing it
  --resume              ask only for the pairs missing from --output
  --check contains:TEXT | not-contains:TEXT | regex:RE | json |
          json-schema:FILE | max-length:N | judge:MODEL:RUBRIC   (repeatable)
  --api chat|responses|invocations   the API to call (default chat)
  (--table, --print-sql and --warehouse are not available yet in this version)
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] batch --models A,B --input DATEI(.jsonl|.csv)
             [--prompt-column SPALTE] [--template TEXT] [--output DATEI.jsonl]
             [--parallel N] [--resume] [--check ...] [Generierung]

Fragt jedes Modell zu jeder Zeile und schreibt eine JSON-Zeile pro (Zeile,
Modell), sobald sie fertig ist: das Ergebnisobjekt (wie bei chat --json) mit
input_index, prompt, den übrigen Spalten der Zeile und checks. Eine Übersicht
mit Erfolgsquoten geht nach stderr. Exit-Code 0, wenn jede Zelle gelang, 2, wenn
eine am Gateway scheiterte, 1 bei fehlerhafter Eingabe (mit Zeile und Spalte
genannt; dann wird nichts gesendet).

Optionen:
  --models A,B          die Modelle
  --input DATEI         JSONL (pro Zeile ein &quot;prompt&quot; oder ein &quot;messages&quot;-Array)
                        oder CSV mit Kopfzeile
  --prompt-column SPALTE  Spalte oder Schlüssel des Prompts (Standard: prompt)
  --template TEXT       der Prompt aus den Spalten: &apos;Fasse {{text}} zusammen&apos;
  --output DATEI.jsonl  wohin die Zeilen gehen (Standard: stdout); eine Datei
                        mit Ergebnissen braucht --resume
  --parallel N          gleichzeitig laufende Anfragen (1 bis 64, Standard: 4);
                        ein 429 verlangsamt den Lauf, statt ihn scheitern zu lassen
  --resume              nur die Paare fragen, die in --output fehlen
  --check contains:TEXT | not-contains:TEXT | regex:RE | json |
          json-schema:DATEI | max-length:N | judge:MODELL:RUBRIK   (mehrfach möglich)
  --api chat|responses|invocations   die aufgerufene API (Standard: chat)
  (--table, --print-sql und --warehouse sind in dieser Version noch nicht verfügbar)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="200"/>
        <source>Usage: parlance-cli [connection] login

Signs in to a Databricks connection with OAuth (user to machine): prints
the sign-in address on stderr, opens a browser where one can be opened,
and keeps the sign-in (its refresh token) in the keychain. Then use the
connection with auth_type = external-browser in its ~/.databrickscfg
profile, or DATABRICKS_AUTH_TYPE=external-browser.

Environment:
  PARLANCE_SIGN_IN_TIMEOUT   seconds to wait for the browser (default 300)
                             and for `databricks auth token` (default 30)
</source>
        <translation>Aufruf: parlance-cli [Verbindung] login

Meldet sich bei einer Databricks-Verbindung mit OAuth an (Benutzer zu Maschine): gibt
die Anmeldeadresse auf stderr aus, öffnet einen Browser, wo das möglich ist,
und speichert die Anmeldung (ihr Refresh-Token) im Schlüsselbund. Verwenden Sie die
Verbindung danach mit auth_type = external-browser in ihrem ~/.databrickscfg-
Profil oder mit DATABRICKS_AUTH_TYPE=external-browser.

Umgebung:
  PARLANCE_SIGN_IN_TIMEOUT   Sekunden, die auf den Browser (Standard 300)
                             und auf `databricks auth token` (Standard 30) gewartet wird
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="225"/>
        <source>Usage: parlance-cli profiles [--json]

Lists the saved connections and the ~/.databrickscfg profiles, one a line:
name, kind, URL, source and sign-in method (pat, databricks-cli,
oauth-m2m, external-browser, none, or unsupported:AUTH_TYPE), separated
by tabs. Never a token.

Options:
  --json   one JSON array of {name, kind, url, source, method}
</source>
        <translation>Aufruf: parlance-cli profiles [--json]

Listet die gespeicherten Verbindungen und die Profile aus ~/.databrickscfg auf, eine pro Zeile:
Name, Art, URL, Quelle und Anmeldemethode (pat, databricks-cli,
oauth-m2m, external-browser, none oder unsupported:AUTH_TYPE), durch
Tabulatoren getrennt. Niemals ein Token.

Optionen:
  --json   ein JSON-Array aus {name, kind, url, source, method}
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli [connection] login

Signs in to a Databricks connection with OAuth (user to machine).
</source>
        <translation type="vanished">Aufruf: parlance-cli [Verbindung] login

Meldet sich mit OAuth (User-to-Machine) bei einer Databricks-Verbindung an.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="213"/>
        <source>Usage: parlance-cli sim [--port N]

Serves the simulated gateway on 127.0.0.1 until SIGINT or SIGTERM. The
first line on stdout is &quot;listening on http://127.0.0.1:PORT&quot;.

Options:
  --port N   the port to listen on (default 0: any free port)

Environment:
  PARLANCE_SIM_REQUIRE_TOKEN   answer 401 to requests without this token
</source>
        <translation>Aufruf: parlance-cli sim [--port N]

Stellt das simulierte Gateway auf 127.0.0.1 bereit, bis SIGINT oder SIGTERM
eintrifft. Die erste Zeile auf stdout lautet &quot;listening on http://127.0.0.1:PORT&quot;.

Optionen:
  --port N   der Port zum Lauschen (Standard 0: ein beliebiger freier Port)

Umgebung:
  PARLANCE_SIM_REQUIRE_TOKEN   Anfragen ohne dieses Token mit 401 beantworten
</translation>
    </message>
    <message>
        <source>Usage: parlance-cli profiles [--json]

Lists the saved connections and the ~/.databrickscfg profiles, one a line:
name, kind, URL and source, separated by tabs. Never a token.

Options:
  --json   one JSON array of {name, kind, url, source}
</source>
        <translation type="vanished">Aufruf: parlance-cli profiles [--json]

Listet die gespeicherten Verbindungen und die Profile aus ~/.databrickscfg auf,
eines pro Zeile: Name, Art, URL und Quelle, durch Tabs getrennt.
Niemals ein Token.

Optionen:
  --json   ein JSON-Array aus {name, kind, url, source}
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="236"/>
        <source>Usage: parlance-cli help [COMMAND]

Prints the options of COMMAND, or of every command without one. Same as
parlance-cli COMMAND --help.
</source>
        <translation>Aufruf: parlance-cli help [BEFEHL]

Gibt die Optionen von BEFEHL aus, ohne BEFEHL die aller Befehle. Dasselbe wie
parlance-cli BEFEHL --help.
</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Code</name>
    <message>
        <location filename="../app/cli/codecommand.cpp" line="56"/>
        <source>code needs --target T: parlance-cli code --target T MODEL &quot;PROMPT&quot;. The targets:</source>
        <translation>code braucht --target T: parlance-cli code --target T MODELL &quot;PROMPT&quot;. Die Ziele:</translation>
    </message>
    <message>
        <location filename="../app/cli/codecommand.cpp" line="68"/>
        <source>&apos;%1&apos; is not a target of code. The targets:</source>
        <translation>„%1“ ist kein Ziel von code. Die Ziele:</translation>
    </message>
    <message>
        <location filename="../app/cli/codecommand.cpp" line="75"/>
        <source>%1 is not for code: it prints a program and sends nothing.</source>
        <translation>%1 gilt nicht für code: Es gibt ein Programm aus und sendet nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/codecommand.cpp" line="81"/>
        <source>code needs a MODEL and a PROMPT: parlance-cli code --target T MODEL &quot;PROMPT&quot;</source>
        <translation>code braucht ein MODELL und einen PROMPT: parlance-cli code --target T MODELL &quot;PROMPT&quot;</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Compare</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="43"/>
        <source>&apos;%1&apos; in --models: &apos;%2&apos; is not an API; write MODEL@chat, MODEL@responses or MODEL@invocations (a model whose name holds &apos;@&apos; needs its API after it)</source>
        <translation>„%1“ in --models: „%2“ ist keine API; schreiben Sie MODELL@chat, MODELL@responses oder MODELL@invocations (ein Modell, dessen Name ein „@“ enthält, braucht seine API dahinter)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="52"/>
        <source>&apos;%1&apos; in --models names no model; write MODEL or MODEL@API</source>
        <translation>„%1“ in --models nennt kein Modell; schreiben Sie MODELL oder MODELL@API</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="97"/>
        <source>%1: %2; retrying in %3 s (attempt %4)</source>
        <translation>%1: %2; nächster Versuch in %3 s (Versuch %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="166"/>
        <source>[tool call %1 %2]</source>
        <translation>[Werkzeugaufruf %1 %2]</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="179"/>
        <source>the answer of %1 above is incomplete.</source>
        <translation>die obige Antwort von %1 ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="233"/>
        <source>--raw is for chat: compare prints each answer and a metrics table. Use --inspect to see every column&apos;s exchange on stderr.</source>
        <translation>--raw gibt es nur für chat: compare gibt jede Antwort und eine Tabelle mit Messwerten aus. Mit --inspect sehen Sie den Austausch jeder Spalte auf stderr.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="236"/>
        <source>compare needs the models to ask: parlance-cli compare --models A[@API],B[@API] &quot;PROMPT&quot;</source>
        <translation>compare benötigt die Modelle, die gefragt werden sollen: parlance-cli compare --models A[@API],B[@API] &quot;PROMPT&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="242"/>
        <source>compare needs a PROMPT: parlance-cli compare --models A,B &quot;PROMPT&quot;</source>
        <translation>compare benötigt einen PROMPT: parlance-cli compare --models A,B &quot;PROMPT&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="16"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="29"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="37"/>
        <source>error in stream</source>
        <translation>Fehler im Stream</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="40"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="43"/>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="46"/>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="49"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="53"/>
        <source>%1, incomplete</source>
        <translation>%1, unvollständig</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="62"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="62"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="62"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="62"/>
        <source>TOK/S</source>
        <translation>TOKEN/S</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="62"/>
        <source>IN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="63"/>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="63"/>
        <source>FINISH</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <location filename="../app/cli/comparetable.cpp" line="63"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Connection</name>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="32"/>
        <source>%1 is plain http: the token would cross the network unencrypted. Use https, or pass --allow-http to send it anyway.</source>
        <translation>%1 ist reines http: Das Token würde unverschlüsselt über das Netzwerk gehen. Verwenden Sie https, oder geben Sie --allow-http an, um es trotzdem zu senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="92"/>
        <source>no token was sent, because of --auth none. Leave it out and set %1, pipe the token to --token-stdin, or use a saved connection with --profile NAME.</source>
        <translation>es wurde kein Token gesendet, weil --auth none angegeben ist. Lassen Sie die Option weg und setzen Sie %1, leiten Sie das Token per Pipe an --token-stdin, oder verwenden Sie eine gespeicherte Verbindung mit --profile NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="99"/>
        <source>no token was sent: the connection &apos;%1&apos; signs in with none. Give it a token in Parlance (File &gt; Connections…), or pass --auth bearer and pipe the token to --token-stdin.</source>
        <translation>es wurde kein Token gesendet: Die Verbindung &apos;%1&apos; meldet sich ohne Token an. Geben Sie ihr in Parlance ein Token (Datei &gt; Verbindungen…), oder geben Sie --auth bearer an und leiten Sie das Token per Pipe an --token-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="105"/>
        <source>no token was sent. Set %1, pipe the token to --token-stdin, or use a saved connection with --profile NAME.</source>
        <translation>es wurde kein Token gesendet. Setzen Sie %1, leiten Sie das Token per Pipe an --token-stdin, oder verwenden Sie eine gespeicherte Verbindung mit --profile NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectionsetup.cpp" line="116"/>
        <source>--token-stdin was given but standard input held no token.</source>
        <translation>--token-stdin wurde angegeben, aber die Standardeingabe enthielt kein Token.</translation>
    </message>
    <message>
        <source>No token for connection &apos;%1&apos; in the keychain (%2). Save one in Parlance&apos;s settings, or use --token-stdin.</source>
        <translation type="vanished">Kein Token für die Verbindung &apos;%1&apos; im Schlüsselbund (%2). Speichern Sie eines in den Einstellungen von Parlance, oder verwenden Sie --token-stdin.</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Har</name>
    <message>
        <location filename="../app/cli/harrecorder.cpp" line="79"/>
        <source>%1 holds the token and secret header values in plain text (--har-include-credentials); keep it private and delete it when done.</source>
        <translation>%1 enthält das Token und die Werte geheimer Header im Klartext (--har-include-credentials); behalten Sie die Datei für sich und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Login</name>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="88"/>
        <source>login signs in to a Databricks workspace; %1 is an OpenAI-compatible server, which takes a key (OPENAI_API_KEY or --token-stdin).</source>
        <translation>login meldet sich bei einem Databricks-Arbeitsbereich an; %1 ist ein OpenAI-kompatibler Server, der einen Schlüssel erwartet (OPENAI_API_KEY oder --token-stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="95"/>
        <source>The profile %1 signs in with the Databricks CLI (auth_type = databricks-cli); sign in with: databricks auth login --profile %1</source>
        <translation>Das Profil %1 meldet sich mit der Databricks CLI an (auth_type = databricks-cli); melden Sie sich an mit: databricks auth login --profile %1</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="102"/>
        <source>%1 signs in as a service principal (auth_type = oauth-m2m), which needs no browser: its client id and secret sign every run in.</source>
        <translation>%1 meldet sich als Dienstprinzipal an (auth_type = oauth-m2m) und braucht keinen Browser: Client-ID und Secret melden jeden Aufruf an.</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="111"/>
        <source>%1 is plain http: the sign-in would cross the network unencrypted. Use https.</source>
        <translation>%1 ist unverschlüsseltes http: Die Anmeldung würde unverschlüsselt über das Netz gehen. Verwenden Sie https.</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="120"/>
        <source>Sign in to %1 in your browser. If it did not open, open this address:
  %2
</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 an. Falls er sich nicht geöffnet hat, öffnen Sie diese Adresse:
  %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="137"/>
        <source>set DATABRICKS_AUTH_TYPE=external-browser with --host %1, or add auth_type = external-browser to its profile</source>
        <translation>setzen Sie DATABRICKS_AUTH_TYPE=external-browser zusammen mit --host %1, oder fügen Sie seinem Profil auth_type = external-browser hinzu</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="140"/>
        <source>use --profile %1</source>
        <translation>verwenden Sie --profile %1</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="142"/>
        <source>Signed in to %1%2. To use this sign-in, %3.
</source>
        <translation>Bei %1 angemeldet%2. Um diese Anmeldung zu verwenden, %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="143"/>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Output</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="36"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="45"/>
        <source>(check the token and that it may use this endpoint)</source>
        <translation>(prüfen Sie das Token und ob es diesen Endpunkt verwenden darf)</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="50"/>
        <source>the gateway reported an error in the stream</source>
        <translation>das Gateway hat im Stream einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="51"/>
        <source>the gateway reported %1 in the stream</source>
        <translation>das Gateway hat im Stream %1 gemeldet</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="54"/>
        <source>protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="56"/>
        <source>network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="58"/>
        <source>timeout: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="60"/>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Profiles</name>
    <message>
        <location filename="../app/cli/profilescommand.cpp" line="67"/>
        <source>No saved connections, and no profiles in %1.
Add a connection in Parlance (File &gt; Connections…), or a [NAME] section with host and token to %1; then use it with --profile NAME.
Without a profile: --host URL (Databricks) or --base-url URL (OpenAI-compatible).
</source>
        <translation>Keine gespeicherten Verbindungen und keine Profile in %1.
Fügen Sie in Parlance eine Verbindung hinzu (Datei &gt; Verbindungen…) oder in %1 einen Abschnitt [NAME] mit host und token; verwenden Sie ihn dann mit --profile NAME.
Ohne Profil: --host URL (Databricks) oder --base-url URL (OpenAI-kompatibel).
</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Sim</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="37"/>
        <source>could not listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>konnte nicht auf 127.0.0.1:%1 lauschen (ist der Port belegt?)</translation>
    </message>
</context>
<context>
    <name>Parlance::Cli::Sql</name>
    <message>
        <source>sql needs --warehouse ID (list them in the Databricks SQL Warehouses page, or set DATABRICKS_WAREHOUSE_ID)</source>
        <translation type="vanished">sql benötigt --warehouse ID (die IDs stehen auf der Seite „SQL Warehouses“ in Databricks, oder setzen Sie DATABRICKS_WAREHOUSE_ID)</translation>
    </message>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="32"/>
        <source>sql needs --warehouse ID or DATABRICKS_WAREHOUSE_ID (list them in the Databricks SQL Warehouses page)</source>
        <translation>sql benötigt --warehouse ID oder DATABRICKS_WAREHOUSE_ID (die IDs stehen auf der Seite „SQL Warehouses“ in Databricks)</translation>
    </message>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="39"/>
        <source>sql needs either --model MODEL PROMPT or --statement SQL</source>
        <translation>sql benötigt entweder --model MODELL PROMPT oder --statement SQL</translation>
    </message>
    <message>
        <location filename="../app/cli/sqlcommand.cpp" line="107"/>
        <source>statement %1: %2: %3</source>
        <translation>Anweisung %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::ConnectionResolver</name>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="81"/>
        <source>%1 &quot;%2&quot; is not a workspace URL; use the form https://adb-1234567890123456.7.azuredatabricks.net.</source>
        <translation>%1 „%2“ ist keine Arbeitsbereichs-URL; verwenden Sie die Form https://adb-1234567890123456.7.azuredatabricks.net.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="106"/>
        <source>%1 &quot;%2&quot; is not an http(s) URL; use the form http://127.0.0.1:8080/v1.</source>
        <translation>%1 „%2“ ist keine http(s)-URL; verwenden Sie die Form http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="133"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="135"/>
        <source>Unknown profile &quot;%1&quot;%2. Saved connections: %3. Profiles in %4: %5.</source>
        <translation>Unbekanntes Profil „%1“%2. Gespeicherte Verbindungen: %3. Profile in %4: %5.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="150"/>
        <source>The profile %1 has no host; add a line &quot;host = https://&lt;workspace&gt;&quot; to it.</source>
        <translation>Das Profil %1 hat keinen Host; fügen Sie ihm eine Zeile „host = https://&lt;arbeitsbereich&gt;“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="180"/>
        <source>Pass only one of --profile, --host and --base-url.</source>
        <translation>Geben Sie nur eine der Optionen --profile, --host und --base-url an.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="189"/>
        <source> (from DATABRICKS_CONFIG_PROFILE)</source>
        <translation> (aus DATABRICKS_CONFIG_PROFILE)</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="198"/>
        <source> (the default in ~/.databrickscfg)</source>
        <translation> (der Standard in ~/.databrickscfg)</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="199"/>
        <source>No connection: pass --profile, --host or --base-url, or set DATABRICKS_HOST or OPENAI_BASE_URL.</source>
        <translation>Keine Verbindung: Geben Sie --profile, --host oder --base-url an, oder setzen Sie DATABRICKS_HOST oder OPENAI_BASE_URL.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="215"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="220"/>
        <source>--retries must be 0 or more.</source>
        <translation>--retries muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="230"/>
        <source>--header %1 would put a credential on the command line, where other users and the shell history see it; pass the token with --token-stdin or in DATABRICKS_TOKEN / OPENAI_API_KEY.</source>
        <translation>--header %1 würde Anmeldedaten auf die Befehlszeile bringen, wo andere Benutzer und der Shell-Verlauf sie sehen; übergeben Sie das Token mit --token-stdin oder in DATABRICKS_TOKEN / OPENAI_API_KEY.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="246"/>
        <source>%1 contains a line break.</source>
        <translation>%1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="268"/>
        <source>--token-stdin read an empty token; pipe the token in, e.g. parlance-cli --token-stdin ... &lt; token.txt</source>
        <translation>--token-stdin hat ein leeres Token gelesen; leiten Sie das Token per Pipe ein, z. B. parlance-cli --token-stdin ... &lt; token.txt</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="317"/>
        <source>No token for %1: set DATABRICKS_TOKEN (or OPENAI_API_KEY), pass --token-stdin, or save the connection with a token.</source>
        <translation>Kein Token für %1: Setzen Sie DATABRICKS_TOKEN (oder OPENAI_API_KEY), geben Sie --token-stdin an, oder speichern Sie die Verbindung mit einem Token.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="367"/>
        <source>nothing is stored for it</source>
        <translation>es ist keines gespeichert</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="369"/>
        <source>No token for connection &apos;%1&apos; in the keychain (%2). Save one in Parlance&apos;s settings, or use --token-stdin.</source>
        <translation>Kein Token für die Verbindung &apos;%1&apos; im Schlüsselbund (%2). Speichern Sie eines in den Einstellungen von Parlance, oder verwenden Sie --token-stdin.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionresolver.cpp" line="379"/>
        <source>No value for the header %1 of connection &apos;%2&apos; in the keychain. Enter it again in Parlance&apos;s settings (File &gt; Connections…).</source>
        <translation>Kein Wert für den Header %1 der Verbindung &apos;%2&apos; im Schlüsselbund. Geben Sie ihn in den Einstellungen von Parlance erneut ein (Datei &gt; Verbindungen…).</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::ConnectionSecrets</name>
    <message>
        <location filename="../app/config/connectionsecrets.cpp" line="95"/>
        <source>%1 It stays in plain text in %2 for now; save the connection in Parlance&apos;s settings to choose where it goes.</source>
        <translation>%1 Der Wert bleibt vorerst im Klartext in %2; speichern Sie die Verbindung in den Einstellungen von Parlance, um zu wählen, wo er aufbewahrt wird.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionsecrets.cpp" line="192"/>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/config/connectionsecrets.cpp" line="219"/>
        <source>No value is stored for the header %1 of &quot;%2&quot;, so it is not sent; enter it again in the connection&apos;s settings.</source>
        <translation>Für den Header %1 von „%2“ ist kein Wert gespeichert, daher wird er nicht gesendet; geben Sie ihn in den Einstellungen der Verbindung erneut ein.</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::DatabricksCfg</name>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="98"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="104"/>
        <source>it is larger than %1 KiB, too large for a Databricks configuration file</source>
        <translation>es ist größer als %1 KiB, zu groß für eine Databricks-Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="108"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="110"/>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="132"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="169"/>
        <source>a section header needs a name in [brackets]</source>
        <translation>eine Abschnittsüberschrift braucht einen Namen in [eckigen Klammern]</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="189"/>
        <source>expected &quot;key = value&quot;</source>
        <translation>„Schlüssel = Wert“ erwartet</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="194"/>
        <source>a key is missing before &quot;%1&quot;</source>
        <translation>vor „%1“ fehlt ein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/config/databrickscfg.cpp" line="198"/>
        <source>&quot;%1&quot; is outside any [section]</source>
        <translation>„%1“ steht außerhalb jedes [Abschnitts]</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::ProfileStore</name>
    <message>
        <location filename="../app/config/profilestore.cpp" line="181"/>
        <source>Cannot read the saved connections in %1; fix or remove the file.</source>
        <translation>Die gespeicherten Verbindungen in %1 können nicht gelesen werden; korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="312"/>
        <source>Cannot write the saved connections to %1; check that the folder is writable and the disk is not full. The previous file is unchanged.</source>
        <translation>Die gespeicherten Verbindungen können nicht nach %1 geschrieben werden; prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="323"/>
        <source>Cannot replace %1 (%2); the previous file is unchanged.</source>
        <translation>%1 kann nicht ersetzt werden (%2); die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="333"/>
        <location filename="../app/config/profilestore.cpp" line="435"/>
        <source>A saved connection needs a name.</source>
        <translation>Eine gespeicherte Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="335"/>
        <location filename="../app/config/profilestore.cpp" line="437"/>
        <source>A connection name cannot contain a line break.</source>
        <translation>Ein Verbindungsname darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The header %1 carries a credential, and saved connections are stored in plain text: remove the header and save the token with the connection instead, so it goes to the keychain.</source>
        <translation type="vanished">Der Header %1 enthält Anmeldedaten, und gespeicherte Verbindungen werden im Klartext abgelegt: Entfernen Sie den Header und speichern Sie stattdessen das Token mit der Verbindung, damit es in den Schlüsselbund kommt.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="339"/>
        <source>The header %1 carries the token: remove the header and save the token with the connection instead, which sends it.</source>
        <translation>Der Header %1 trägt das Token: Entfernen Sie den Header und speichern Sie stattdessen das Token mit der Verbindung, die es dann sendet.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="347"/>
        <source>The secret header %1 appears twice; keep one, since the keychain holds one value per header.</source>
        <translation>Der geheime Header %1 kommt zweimal vor; behalten Sie einen, denn der Schlüsselbund hält einen Wert pro Header.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="354"/>
        <source>The proxy host of &quot;%1&quot; contains credentials, and saved connections are stored in plain text: enter only the proxy&apos;s host name.</source>
        <translation>Der Proxy-Host von „%1“ enthält Anmeldedaten, und gespeicherte Verbindungen werden im Klartext abgelegt: Geben Sie nur den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="360"/>
        <source>The URL %1 contains a password, and saved connections are stored in plain text: remove it from the URL and save it as the connection&apos;s token instead.</source>
        <translation>Die URL %1 enthält ein Passwort, und gespeicherte Verbindungen werden im Klartext abgelegt: Entfernen Sie es aus der URL und speichern Sie es stattdessen als Token der Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="425"/>
        <location filename="../app/config/profilestore.cpp" line="447"/>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="444"/>
        <source>A saved connection named &quot;%1&quot; already exists.</source>
        <translation>Eine gespeicherte Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="458"/>
        <source>Cannot create the folder %1 for the saved connections.</source>
        <translation>Der Ordner %1 für die gespeicherten Verbindungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/config/profilestore.cpp" line="464"/>
        <source>Cannot lock %1 to save connections; check that its folder is writable, or close the other program saving connections.</source>
        <translation>%1 kann zum Speichern der Verbindungen nicht gesperrt werden; prüfen Sie, ob der Ordner beschreibbar ist, oder schließen Sie das andere Programm, das gerade Verbindungen speichert.</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::SecretStore</name>
    <message>
        <source>No system keychain is available, so tokens are stored in %1 in files only you can read (mode 0600). Start a keychain (for example GNOME Keyring or KWallet) to keep them encrypted.</source>
        <translation type="vanished">Es ist kein System-Schlüsselbund verfügbar, daher werden Tokens in %1 in Dateien gespeichert, die nur Sie lesen können (Modus 0600). Starten Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet), um sie verschlüsselt aufzubewahren.</translation>
    </message>
    <message>
        <source>A token belongs to a named connection.</source>
        <translation type="vanished">Ein Token gehört zu einer benannten Verbindung.</translation>
    </message>
    <message>
        <source>The keychain could not read the token for &quot;%1&quot;: %2</source>
        <translation type="vanished">Der Schlüsselbund konnte das Token für „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="52"/>
        <source>the token of &quot;%1&quot;</source>
        <translation>das Token von „%1“</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="54"/>
        <source>the sign-in (%1) of &quot;%2&quot;</source>
        <translation>die Anmeldung (%1) von „%2“</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="56"/>
        <source>the value of the header %1 of &quot;%2&quot;</source>
        <translation>der Wert des Headers %1 von „%2“</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="88"/>
        <source>No system keychain is available, so tokens and secret header values are stored in %1 in files only you can read (mode 0600). Start a keychain (for example GNOME Keyring or KWallet) to keep them encrypted.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher werden Tokens und Werte geheimer Header in %1 in Dateien gespeichert, die nur Sie lesen können (Modus 0600). Starten Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet), um sie verschlüsselt aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="124"/>
        <source>A secret belongs to a named connection.</source>
        <translation>Ein Geheimnis gehört zu einer benannten Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="126"/>
        <source>There is nothing to store: %1 is empty.</source>
        <translation>Es gibt nichts zu speichern: %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="176"/>
        <source>The keychain could not read %1: %2</source>
        <translation>Aus dem Schlüsselbund ließ sich %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="223"/>
        <location filename="../app/config/secretstore.cpp" line="280"/>
        <source>The keychain could not store %1: %2</source>
        <translation>Im Schlüsselbund ließ sich %1 nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="262"/>
        <source>The keychain could not remove %1: %2</source>
        <translation>Aus dem Schlüsselbund ließ sich %1 nicht entfernen: %2</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="338"/>
        <source>No token is stored for the connection &quot;%1&quot;.</source>
        <translation>Für die Verbindung „%1“ ist kein Token gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="339"/>
        <source>No value is stored for the header %1 of the connection &quot;%2&quot;.</source>
        <translation>Für den Header %1 der Verbindung „%2“ ist kein Wert gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="345"/>
        <source>Cannot read %1 from the file %2: %3</source>
        <translation>Aus der Datei %2 kann %1 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="361"/>
        <source>Cannot create the private folder %1 for secrets.</source>
        <translation>Der private Ordner %1 für Geheimnisse kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="368"/>
        <location filename="../app/config/secretstore.cpp" line="382"/>
        <source>Cannot write %1 to the file %2: %3</source>
        <translation>In die Datei %2 kann %1 nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="375"/>
        <source>Cannot make the file %1 private, so %2 was not stored.</source>
        <translation>Die Zugriffsrechte der Datei %1 können nicht eingeschränkt werden, daher wurde %2 nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/config/secretstore.cpp" line="398"/>
        <source>Cannot remove the file %1 that holds %2: %3</source>
        <translation>Die Datei %1, in der %2 steht, kann nicht entfernt werden: %3</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="vanished">Das Token ist leer.</translation>
    </message>
    <message>
        <source>The keychain could not store the token for &quot;%1&quot;: %2</source>
        <translation type="vanished">Der Schlüsselbund konnte das Token für „%1“ nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the token for &quot;%1&quot;: %2</source>
        <translation type="vanished">Der Schlüsselbund konnte das Token für „%1“ nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="vanished">Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the private folder %1 for tokens.</source>
        <translation type="vanished">Der private Ordner %1 für Tokens kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the token file %1: %2</source>
        <translation type="vanished">Die Token-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make the token file %1 private; the token was not stored.</source>
        <translation type="vanished">Die Zugriffsrechte der Token-Datei %1 können nicht eingeschränkt werden; das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot remove the token file %1: %2</source>
        <translation type="vanished">Die Token-Datei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="61"/>
        <source>%1 was built for another version of Parlance.</source>
        <translation>%1 wurde für eine andere Version von Parlance gebaut.</translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="68"/>
        <source>The keychain module %1 was not found in %2.</source>
        <translation>Das Schlüsselbund-Modul %1 wurde nicht in %2 gefunden.</translation>
    </message>
    <message>
        <location filename="../app/config/keychainbackend.cpp" line="71"/>
        <source>The keychain module could not be loaded: %1</source>
        <translation>Das Schlüsselbund-Modul konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Config::SignIn</name>
    <message>
        <location filename="../app/config/signinmethod.cpp" line="75"/>
        <source>%1 signs in with auth_type = %2, which Parlance does not support yet. Use one of %3, or a token.</source>
        <translation>%1 meldet sich mit auth_type = %2 an, was Parlance noch nicht unterstützt. Verwenden Sie eine dieser Methoden: %3, oder ein Token.</translation>
    </message>
</context>
<context>
    <name>Parlance::Core::PriceTable</name>
    <message>
        <location filename="../app/core/pricetable.cpp" line="100"/>
        <source>The price table has no list of models.</source>
        <translation>Die Preistabelle enthält keine Liste von Modellen.</translation>
    </message>
    <message>
        <location filename="../app/core/pricetable.cpp" line="105"/>
        <source>A price entry is not an object.</source>
        <translation>Ein Preiseintrag ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../app/core/pricetable.cpp" line="109"/>
        <source>A price entry has no model name.</source>
        <translation>Ein Preiseintrag hat keinen Modellnamen.</translation>
    </message>
    <message>
        <location filename="../app/core/pricetable.cpp" line="111"/>
        <source>The model &quot;%1&quot; has two prices.</source>
        <translation>Das Modell „%1“ hat zwei Preise.</translation>
    </message>
    <message>
        <location filename="../app/core/pricetable.cpp" line="116"/>
        <source>The price of &quot;%1&quot; is not a number of dollars of zero or more.</source>
        <translation>Der Preis von „%1“ ist kein Dollarbetrag von null oder mehr.</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchCheck</name>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="55"/>
        <source>--check %1 needs a value: --check %2</source>
        <translation>--check %1 braucht einen Wert: --check %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="70"/>
        <source>--check regex:%1 is not a valid regular expression: %2 at character %3</source>
        <translation>--check regex:%1 ist kein gültiger regulärer Ausdruck: %2 bei Zeichen %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="88"/>
        <source>the schema %1 is not valid JSON: %2 at byte %3</source>
        <translation>das Schema %1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="91"/>
        <source>the schema %1 must be a JSON object</source>
        <translation>das Schema %1 muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="97"/>
        <source>the schema %1: %2</source>
        <translation>das Schema %1: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="105"/>
        <source>--check max-length:N wants a whole number of characters, got &apos;%1&apos;</source>
        <translation>--check max-length:N erwartet eine ganze Zahl von Zeichen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="125"/>
        <source>--check judge needs a model and a rubric: --check judge:MODEL:RUBRIC (or judge:MODEL:@FILE; [MODEL] when its name holds &apos;:&apos;)</source>
        <translation>--check judge braucht ein Modell und eine Rubrik: --check judge:MODELL:RUBRIK (oder judge:MODELL:@DATEI; [MODELL], wenn sein Name &apos;:&apos; enthält)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="137"/>
        <source>the rubric file %1 is empty</source>
        <translation>die Rubrik-Datei %1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="145"/>
        <source>unknown --check &apos;%1&apos;: use contains:TEXT, not-contains:TEXT, regex:RE, json, json-schema:FILE, max-length:N or judge:MODEL:RUBRIC</source>
        <translation>unbekannter --check &apos;%1&apos;: verwenden Sie contains:TEXT, not-contains:TEXT, regex:RE, json, json-schema:DATEI, max-length:N oder judge:MODELL:RUBRIK</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="168"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="171"/>
        <source>not JSON: it holds %1 values, not one</source>
        <translation>kein JSON: es enthält %1 Werte statt einem</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="184"/>
        <source>the answer does not contain %1</source>
        <translation>die Antwort enthält %1 nicht</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="189"/>
        <source>the answer contains %1</source>
        <translation>die Antwort enthält %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="194"/>
        <source>no match for %1</source>
        <translation>kein Treffer für %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="210"/>
        <source>%1 characters, more than %2</source>
        <translation>%1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="214"/>
        <source>a judge needs its model&apos;s reply</source>
        <translation>eine Bewertung braucht die Antwort ihres Modells</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="222"/>
        <source>not checked: the request failed</source>
        <translation>nicht geprüft: die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="269"/>
        <source>the judge&apos;s reply holds no score: %1</source>
        <translation>die Antwort des Bewerters enthält keine Punktzahl: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchcheck.cpp" line="275"/>
        <source>the judge could not be asked: %1</source>
        <translation>der Bewerter konnte nicht gefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchInput</name>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="48"/>
        <source>&apos;messages&apos; must be a non-empty array of {&quot;role&quot;, &quot;content&quot;} objects, not a %1</source>
        <translation>&apos;messages&apos; muss ein nicht leeres Array von {&quot;role&quot;, &quot;content&quot;}-Objekten sein, kein %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="50"/>
        <source>empty array</source>
        <translation>leeres Array</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="65"/>
        <source>messages[%1] needs a &quot;role&quot; of system, user or assistant</source>
        <translation>messages[%1] braucht eine &quot;role&quot; system, user oder assistant</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="70"/>
        <source>messages[%1] needs a &quot;content&quot; string (or an array of text parts)</source>
        <translation>messages[%1] braucht einen &quot;content&quot;-String (oder ein Array von Textteilen)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="124"/>
        <source>the row is larger than %1 MB; is this a text file, or is a quote left open?</source>
        <translation>die Zeile ist größer als %1 MB; ist das eine Textdatei, oder ist ein Anführungszeichen offen geblieben?</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="136"/>
        <source>the bytes here are not UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>die Bytes hier sind kein UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="173"/>
        <source>the input holds no rows</source>
        <translation>die Eingabe enthält keine Zeilen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="178"/>
        <source>the quoted field that starts here is never closed: a &quot; is missing</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen: ein &quot; fehlt</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="184"/>
        <source>the input is empty: a CSV file starts with a header row</source>
        <translation>die Eingabe ist leer: eine CSV-Datei beginnt mit einer Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="186"/>
        <source>the input has a header but no rows</source>
        <translation>die Eingabe hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="224"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="227"/>
        <source>each line must be a JSON object, and this one is an array</source>
        <translation>jede Zeile muss ein JSON-Objekt sein, und diese ist ein Array</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="301"/>
        <source>after the closing quote of field %1 comes %2 instead of a comma or a line break; write a quote inside a quoted field as &quot;&quot;</source>
        <translation>nach dem schließenden Anführungszeichen von Feld %1 folgt %2 statt eines Kommas oder Zeilenumbruchs; ein Anführungszeichen in einem Feld in Anführungszeichen wird als &quot;&quot; geschrieben</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="338"/>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="341"/>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>die Kopfzeile nennt die Spalte &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="351"/>
        <source>the template needs {{%1}}, but the header has no column &apos;%1&apos; (it has: %2)</source>
        <translation>die Vorlage braucht {{%1}}, aber die Kopfzeile hat keine Spalte &apos;%1&apos; (sie hat: %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="354"/>
        <source>the header has no column &apos;%1&apos; for the prompt (it has: %2); name the prompt&apos;s column with --prompt-column, or give a --template</source>
        <translation>die Kopfzeile hat keine Spalte &apos;%1&apos; für den Prompt (sie hat: %2); nennen Sie die Spalte des Prompts mit --prompt-column, oder geben Sie ein --template an</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="380"/>
        <source>row %1 has %2 fields, but the header has %3 columns</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3 Spalten</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="403"/>
        <source>row %1 has &apos;messages&apos;, which a --template cannot fill in; give such rows without --template</source>
        <translation>Zeile %1 hat &apos;messages&apos;, die ein --template nicht füllen kann; geben Sie solche Zeilen ohne --template an</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="410"/>
        <source>row %1 has no &apos;%2&apos;, which the template needs for {{%2}}</source>
        <translation>Zeile %1 hat kein &apos;%2&apos;, das die Vorlage für {{%2}} braucht</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="421"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="428"/>
        <source>row %1 has neither a &apos;%2&apos; string nor a &apos;messages&apos; array; name the prompt&apos;s key with --prompt-column, or give a --template</source>
        <translation>Zeile %1 hat weder einen String &apos;%2&apos; noch ein Array &apos;messages&apos;; nennen Sie den Schlüssel des Prompts mit --prompt-column, oder geben Sie ein --template an</translation>
    </message>
    <message>
        <location filename="../app/engine/batchinput.cpp" line="434"/>
        <source>row %1: &apos;%2&apos; must be a string, not a %3</source>
        <translation>Zeile %1: &apos;%2&apos; muss ein String sein, kein %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchreader.cpp" line="18"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchreader.cpp" line="36"/>
        <source>reading stopped: %1</source>
        <translation>Lesen abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchJsonSchema</name>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="105"/>
        <source>%1: the keyword &apos;%2&apos; is not supported by --check json-schema (it knows type, enum, const, properties, required, additionalProperties, items, minItems, maxItems, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern)</source>
        <translation>%1: das Schlüsselwort &apos;%2&apos; wird von --check json-schema nicht unterstützt (es kennt type, enum, const, properties, required, additionalProperties, items, minItems, maxItems, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="113"/>
        <source>%1: &apos;%2&apos; must be %3</source>
        <translation>%1: &apos;%2&apos; muss %3 sein</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="120"/>
        <source>a type name or a list of them</source>
        <translation>ein Typname oder eine Liste davon</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="124"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="127"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="131"/>
        <source>an object of schemas</source>
        <translation>ein Objekt aus Schemas</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="138"/>
        <location filename="../app/engine/batchjsonschema.cpp" line="141"/>
        <source>an array of names</source>
        <translation>ein Array von Namen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="147"/>
        <source>true, false or a schema</source>
        <translation>true, false oder ein Schema</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="151"/>
        <source>one schema (a list of schemas is not supported)</source>
        <translation>ein einzelnes Schema (eine Liste von Schemas wird nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="156"/>
        <source>a valid regular expression</source>
        <translation>ein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="159"/>
        <source>a number from 0</source>
        <translation>eine Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="162"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="180"/>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="184"/>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="187"/>
        <source>%1: %2 is not one of %3</source>
        <translation>%1: %2 ist keiner von %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="196"/>
        <source>%1: %2 is less than the minimum %3</source>
        <translation>%1: %2 ist kleiner als das Minimum %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="198"/>
        <source>%1: %2 is more than the maximum %3</source>
        <translation>%1: %2 ist größer als das Maximum %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="200"/>
        <source>%1: %2 is not more than %3</source>
        <translation>%1: %2 ist nicht größer als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="202"/>
        <source>%1: %2 is not less than %3</source>
        <translation>%1: %2 ist nicht kleiner als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="208"/>
        <source>%1: %2 characters, fewer than %3</source>
        <translation>%1: %2 Zeichen, weniger als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="210"/>
        <source>%1: %2 characters, more than %3</source>
        <translation>%1: %2 Zeichen, mehr als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="214"/>
        <source>%1: does not match the pattern %2</source>
        <translation>%1: passt nicht zum Muster %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="220"/>
        <source>%1: %2 items, fewer than %3</source>
        <translation>%1: %2 Einträge, weniger als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="222"/>
        <source>%1: %2 items, more than %3</source>
        <translation>%1: %2 Einträge, mehr als %3</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="238"/>
        <source>%1: the property &apos;%2&apos; is missing</source>
        <translation>%1: die Eigenschaft &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../app/engine/batchjsonschema.cpp" line="250"/>
        <source>%1: the property &apos;%2&apos; is not allowed</source>
        <translation>%1: die Eigenschaft &apos;%2&apos; ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchResume</name>
    <message>
        <location filename="../app/engine/batchresume.cpp" line="24"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchresume.cpp" line="41"/>
        <source>%1:%2: not a line that parlance-cli batch writes (a JSON object with input_index and model); --resume cannot tell which pairs it holds. Move the file away to start over.</source>
        <translation>%1:%2: keine Zeile, wie parlance-cli batch sie schreibt (ein JSON-Objekt mit input_index und model); --resume kann nicht erkennen, welche Paare sie enthält. Verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchSql</name>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="79"/>
        <source>the prompt set has no rows</source>
        <translation>der Prompt-Satz hat keine Zeilen</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="84"/>
        <source>%1 rows are too many to send inline in one statement (at most %2): put them in a table and run the batch over it (parlance-cli batch --table)</source>
        <translation>%1 Zeilen sind zu viele, um sie in einer Anweisung mitzusenden (höchstens %2): Legen Sie sie in eine Tabelle und führen Sie den Batch darüber aus (parlance-cli batch --table)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="100"/>
        <source>row %1 holds a conversation (messages): ai_query takes one prompt, so run this set here rather than on a warehouse</source>
        <translation>Zeile %1 enthält eine Unterhaltung (messages): ai_query nimmt einen Prompt, führen Sie diesen Satz also hier statt auf einem Warehouse aus</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="121"/>
        <source>the prompt set is too large to send inline in one statement (over %1 MiB of SQL): put it in a table and run the batch over it (parlance-cli batch --table)</source>
        <translation>der Prompt-Satz ist zu groß, um ihn in einer Anweisung mitzusenden (über %1 MiB SQL): Legen Sie ihn in eine Tabelle und führen Sie den Batch darüber aus (parlance-cli batch --table)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="135"/>
        <source>the template uses variables that are not columns of every row: %1</source>
        <translation>die Vorlage verwendet Variablen, die nicht in jeder Zeile Spalten sind: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="227"/>
        <source>--table %1: name a table as CATALOG.SCHEMA.TABLE (a part holding a dot goes in `backquotes`)</source>
        <translation>--table %1: Nennen Sie eine Tabelle als KATALOG.SCHEMA.TABELLE (ein Teil mit einem Punkt steht in `Backquotes`)</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="238"/>
        <source>batch needs the models to ask</source>
        <translation>batch braucht die zu fragenden Modelle</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="268"/>
        <source>the warehouse answered a row the batch statement does not make: %1</source>
        <translation>das Warehouse lieferte eine Zeile, die die Batch-Anweisung nicht erzeugt: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="272"/>
        <source>%1 columns instead of %2</source>
        <translation>%1 Spalten statt %2</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="278"/>
        <source>input_index is not a number</source>
        <translation>input_index ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="281"/>
        <source>model_index is not one of the models</source>
        <translation>model_index ist keines der Modelle</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="285"/>
        <source>input_row is not a JSON object</source>
        <translation>input_row ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="292"/>
        <source>response is not the STRUCT&lt;result, errorMessage&gt; of ai_query</source>
        <translation>response ist nicht das STRUCT&lt;result, errorMessage&gt; von ai_query</translation>
    </message>
    <message>
        <location filename="../app/engine/batchsql.cpp" line="298"/>
        <source>ai_query returned neither a result nor an error message</source>
        <translation>ai_query lieferte weder ein Ergebnis noch eine Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::BatchTemplate</name>
    <message>
        <location filename="../app/engine/batchtemplate.cpp" line="30"/>
        <source>the template opens a placeholder at character %1 with {{ and never closes it with }}</source>
        <translation>die Vorlage öffnet bei Zeichen %1 einen Platzhalter mit {{ und schließt ihn nie mit }}</translation>
    </message>
    <message>
        <location filename="../app/engine/batchtemplate.cpp" line="37"/>
        <source>the template has a placeholder without a name at character %1; write {{column}}</source>
        <translation>die Vorlage hat bei Zeichen %1 einen Platzhalter ohne Namen; schreiben Sie {{spalte}}</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ChatCall</name>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="137"/>
        <source>The stream ended before any complete event arrived: it broke off in the middle of the first one. Check the connection and any proxy in between, or try without streaming.</source>
        <translation>Der Stream endete, bevor ein vollständiges Ereignis angekommen ist: Er brach mitten im ersten ab. Prüfen Sie die Verbindung und etwaige Proxys dazwischen, oder versuchen Sie es ohne Streaming.</translation>
    </message>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="140"/>
        <source>The stream ended before any complete event arrived. Check that this server streams this API, or try without streaming.</source>
        <translation>Der Stream endete, bevor ein vollständiges Ereignis angekommen ist. Prüfen Sie, ob dieser Server diese API streamt, oder versuchen Sie es ohne Streaming.</translation>
    </message>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="148"/>
        <source>The gateway answered HTTP %1 with an empty body instead of a reply. Check that the URL and the API match what this server serves.</source>
        <translation>Das Gateway hat mit HTTP %1 und einem leeren Body statt einer Antwort geantwortet. Prüfen Sie, ob URL und API zu dem passen, was dieser Server anbietet.</translation>
    </message>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="168"/>
        <source>The stream was cut off in the middle of an event.</source>
        <translation>Der Stream brach mitten in einem Ereignis ab.</translation>
    </message>
    <message>
        <location filename="../app/engine/chatcall.cpp" line="169"/>
        <source>The stream ended before the gateway said it was complete (no [DONE] or final event).</source>
        <translation>Der Stream endete, bevor das Gateway ihn als vollständig gemeldet hat (kein [DONE] und kein abschließendes Ereignis).</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ExchangeLog</name>
    <message>
        <location filename="../app/engine/exchangelog.cpp" line="80"/>
        <source>The request was dropped before it finished.</source>
        <translation>Die Anfrage wurde verworfen, bevor sie abgeschlossen war.</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::ModelsCall</name>
    <message>
        <location filename="../app/engine/modelscall.cpp" line="38"/>
        <source>The model list from %1 is not in a format Parlance knows.</source>
        <translation>Die Modellliste von %1 liegt in einem Format vor, das Parlance nicht kennt.</translation>
    </message>
    <message>
        <location filename="../app/engine/modelscall.cpp" line="78"/>
        <source>The model services list is not in a format Parlance knows.</source>
        <translation>Die Liste der Modelldienste hat ein Format, das Parlance nicht kennt.</translation>
    </message>
</context>
<context>
    <name>Parlance::Engine::SqlCall</name>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="73"/>
        <source>The statement answer is not a SQL Statement Execution response.</source>
        <translation>Die Antwort auf die Anweisung ist keine Antwort der SQL Statement Execution API.</translation>
    </message>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="103"/>
        <source>The result has more than %1 rows; only that many are read.</source>
        <translation>Das Ergebnis hat mehr als %1 Zeilen; nur so viele werden gelesen.</translation>
    </message>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="104"/>
        <source>The result is larger than %1 MiB; only that much is read.</source>
        <translation>Das Ergebnis ist größer als %1 MiB; nur so viel wird gelesen.</translation>
    </message>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="144"/>
        <source>The result chunk is not a SQL Statement Execution result.</source>
        <translation>Der Ergebnisteil ist kein Ergebnis der SQL Statement Execution API.</translation>
    </message>
    <message>
        <location filename="../app/engine/sqlcall.cpp" line="184"/>
        <source>The statement was cancelled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::BatchExport</name>
    <message>
        <location filename="../app/export/batchexport.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="47"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="49"/>
        <source>checks %1/%2</source>
        <translation>Prüfungen %1/%2</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="83"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../app/export/batchexport.cpp" line="98"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::Code</name>
    <message>
        <location filename="../app/export/codegenerator.cpp" line="36"/>
        <source>the request is no chat request with a JSON body (Chat Completions, Responses or serving endpoint invocations)</source>
        <translation>die Anfrage ist keine Chat-Anfrage mit JSON-Inhalt (Chat Completions, Responses oder Aufruf eines Serving-Endpunkts)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="102"/>
        <source>one content part other than text (an image, a file, reasoning)</source>
        <translation>ein Inhaltsteil, der kein Text ist (ein Bild, eine Datei, Reasoning)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="103"/>
        <source>%1 content parts other than text (images, files, reasoning)</source>
        <translation>%1 Inhaltsteile, die kein Text sind (Bilder, Dateien, Reasoning)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="187"/>
        <source>the stop sequences (the Responses API has no stop parameter)</source>
        <translation>die Stoppsequenzen (die Responses-API hat keinen Stop-Parameter)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="189"/>
        <source>n (the Responses API gives one answer)</source>
        <translation>n (die Responses-API gibt eine Antwort)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="245"/>
        <source>the conversation&apos;s items of type %1</source>
        <translation>die Elemente des Gesprächs vom Typ %1</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="247"/>
        <source>the Responses parameters %1 (Chat Completions has no place for them)</source>
        <translation>die Responses-Parameter %1 (Chat Completions hat keinen Platz für sie)</translation>
    </message>
    <message>
        <location filename="../app/export/codesource.cpp" line="326"/>
        <source>the tools of type %1 (Chat Completions only takes functions)</source>
        <translation>die Werkzeuge vom Typ %1 (Chat Completions nimmt nur Funktionen)</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="48"/>
        <location filename="../app/export/sqlsnippet.cpp" line="112"/>
        <source>the custom headers %1</source>
        <translation>die eigenen Header %1</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="63"/>
        <source>Needs: pip install %1</source>
        <translation>Braucht: pip install %1</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="69"/>
        <source>streaming: %1</source>
        <translation>Streaming: %1</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="88"/>
        <source>The client finds the workspace in DATABRICKS_HOST.</source>
        <translation>Der Client findet den Workspace in DATABRICKS_HOST.</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="134"/>
        <source>the tool calls and tool results of the conversation (a ChatMessage holds a role and text only)</source>
        <translation>die Werkzeugaufrufe und Werkzeugergebnisse des Gesprächs (eine ChatMessage enthält nur eine Rolle und Text)</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="174"/>
        <source>extra_params carries %1 as text, the only kind of value the SDK takes there.</source>
        <translation>extra_params trägt %1 als Text, die einzige Art von Wert, die das SDK dort annimmt.</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="180"/>
        <source>the tool definitions (serving_endpoints.query() takes no tools)</source>
        <translation>die Werkzeugdefinitionen (serving_endpoints.query() nimmt keine Werkzeuge)</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="183"/>
        <source>the parameters %1 (extra_params holds text values only)</source>
        <translation>die Parameter %1 (extra_params enthält nur Textwerte)</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="187"/>
        <source>serving_endpoints.query() returns the whole answer</source>
        <translation>serving_endpoints.query() liefert die ganze Antwort auf einmal</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="189"/>
        <source>the Databricks SDK</source>
        <translation>das Databricks SDK</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="216"/>
        <source>the base URL %1 (ChatDatabricks goes to the workspace&apos;s serving endpoints)</source>
        <translation>die Basis-URL %1 (ChatDatabricks geht an die Serving-Endpunkte des Workspace)</translation>
    </message>
    <message>
        <location filename="../app/export/databrickspython.cpp" line="313"/>
        <source>the arguments of the tool calls %1 (not a JSON object)</source>
        <translation>die Argumente der Werkzeugaufrufe %1 (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/export/openaijs.cpp" line="30"/>
        <source>Needs Node.js 18 or later and: npm install openai</source>
        <translation>Braucht Node.js 18 oder neuer und: npm install openai</translation>
    </message>
    <message>
        <location filename="../app/export/openaijs.cpp" line="33"/>
        <location filename="../app/export/openaipython.cpp" line="147"/>
        <source>The OpenAI client sends the token as a Bearer token, where this connection uses Basic authentication.</source>
        <translation>Der OpenAI-Client sendet das Token als Bearer-Token, während diese Verbindung Basic-Authentifizierung verwendet.</translation>
    </message>
    <message>
        <location filename="../app/export/openaijs.cpp" line="35"/>
        <location filename="../app/export/openaipython.cpp" line="144"/>
        <source>the OpenAI client</source>
        <translation>der OpenAI-Client</translation>
    </message>
    <message>
        <location filename="../app/export/openaipython.cpp" line="128"/>
        <source>the Databricks OpenAI client</source>
        <translation>der Databricks-OpenAI-Client</translation>
    </message>
    <message>
        <location filename="../app/export/openaipython.cpp" line="129"/>
        <source>Needs: pip install databricks-openai</source>
        <translation>Braucht: pip install databricks-openai</translation>
    </message>
    <message>
        <location filename="../app/export/openaipython.cpp" line="145"/>
        <source>Needs: pip install openai</source>
        <translation>Braucht: pip install openai</translation>
    </message>
    <message>
        <location filename="../app/export/requestssnippet.cpp" line="26"/>
        <source>Split as bytes: as text, a U+2028 inside the JSON would end the line.</source>
        <translation>Als Bytes getrennt: als Text würde ein U+2028 im JSON die Zeile beenden.</translation>
    </message>
    <message>
        <location filename="../app/export/requestssnippet.cpp" line="61"/>
        <source>Needs: pip install requests</source>
        <translation>Braucht: pip install requests</translation>
    </message>
    <message>
        <location filename="../app/export/shellsnippets.cpp" line="90"/>
        <source>Needs curl and jq; jq prints the answer text (leave out the last line to see the raw response).</source>
        <translation>Braucht curl und jq; jq gibt den Text der Antwort aus (lassen Sie die letzte Zeile weg, um die rohe Antwort zu sehen).</translation>
    </message>
    <message>
        <location filename="../app/export/shellsnippets.cpp" line="92"/>
        <source>Needs curl.</source>
        <translation>Braucht curl.</translation>
    </message>
    <message>
        <location filename="../app/export/shellsnippets.cpp" line="124"/>
        <source>the REST API of serving endpoints</source>
        <translation>die REST-API der Serving-Endpunkte</translation>
    </message>
    <message>
        <location filename="../app/export/snippetwriters.cpp" line="28"/>
        <source>Left out, because %1 cannot send it:</source>
        <translation>Weggelassen, weil %1 es nicht senden kann:</translation>
    </message>
    <message>
        <location filename="../app/export/snippetwriters.cpp" line="46"/>
        <source>Set %1 in the environment first.</source>
        <translation>Setzen Sie zuerst %1 in der Umgebung.</translation>
    </message>
    <message>
        <location filename="../app/export/snippetwriters.cpp" line="48"/>
        <source>Set %1 and %2 in the environment first.</source>
        <translation>Setzen Sie zuerst %1 und %2 in der Umgebung.</translation>
    </message>
    <message>
        <location filename="../app/export/snippetwriters.cpp" line="55"/>
        <source>This client is made for Databricks; %1 is the origin of an OpenAI-compatible server, standing in for a workspace.</source>
        <translation>Dieser Client ist für Databricks gemacht; %1 ist der Ursprung eines OpenAI-kompatiblen Servers und steht für einen Workspace.</translation>
    </message>
    <message>
        <location filename="../app/export/snippetwriters.cpp" line="84"/>
        <source>Databricks answers some models with a list of typed parts, not a string.</source>
        <translation>Databricks antwortet bei manchen Modellen mit einer Liste typisierter Teile statt eines Strings.</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="66"/>
        <source>the system prompt (ai_query sends one prompt string)</source>
        <translation>der System-Prompt (ai_query sendet einen einzigen Prompt-Text)</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="68"/>
        <source>one other message of the conversation: only the last user message is the prompt</source>
        <translation>eine weitere Nachricht des Gesprächs: nur die letzte Nachricht des Benutzers ist der Prompt</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="70"/>
        <source>%1 other messages of the conversation, tool calls and results included: only the last user message is the prompt</source>
        <translation>%1 weitere Nachrichten des Gesprächs, Werkzeugaufrufe und -ergebnisse eingeschlossen: nur die letzte Nachricht des Benutzers ist der Prompt</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="93"/>
        <source>the tool definitions (ai_query cannot call tools)</source>
        <translation>die Werkzeugdefinitionen (ai_query kann keine Werkzeuge aufrufen)</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="95"/>
        <source>the stop sequences</source>
        <translation>die Stoppsequenzen</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="104"/>
        <source>the parameters %1 (modelParameters here carries max_tokens, temperature and top_p)</source>
        <translation>die Parameter %1 (modelParameters trägt hier max_tokens, temperature und top_p)</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="115"/>
        <source>streaming: ai_query returns the whole answer</source>
        <translation>Streaming: ai_query liefert die ganze Antwort auf einmal</translation>
    </message>
    <message>
        <location filename="../app/export/sqlsnippet.cpp" line="117"/>
        <source>Run in a Databricks SQL warehouse or notebook; the answer is the column &quot;answer&quot;.</source>
        <translation>In einem Databricks SQL Warehouse oder Notebook ausführen; die Antwort ist die Spalte „answer“.</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::CodeTarget</name>
    <message>
        <location filename="../app/export/codetarget.cpp" line="36"/>
        <source>curl (shell)</source>
        <translation>curl (Shell)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="38"/>
        <source>OpenAI Chat Completions (Python)</source>
        <translation>OpenAI Chat Completions (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="40"/>
        <source>OpenAI Responses (Python)</source>
        <translation>OpenAI Responses (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="42"/>
        <source>Databricks OpenAI client (Python)</source>
        <translation>Databricks-OpenAI-Client (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="45"/>
        <source>SQL ai_query (Databricks SQL)</source>
        <translation>SQL ai_query (Databricks SQL)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="47"/>
        <source>REST API: serving endpoint invocations (curl)</source>
        <translation>REST-API: Aufruf eines Serving-Endpunkts (curl)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="50"/>
        <source>MLflow Deployments (Python)</source>
        <translation>MLflow Deployments (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="52"/>
        <source>Databricks SDK (Python)</source>
        <translation>Databricks SDK (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="54"/>
        <source>LangChain ChatDatabricks (Python)</source>
        <translation>LangChain ChatDatabricks (Python)</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="56"/>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <location filename="../app/export/codetarget.cpp" line="58"/>
        <source>OpenAI JavaScript SDK (Node.js)</source>
        <translation>OpenAI JavaScript SDK (Node.js)</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::ComparisonExport</name>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="78"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="28"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="79"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="30"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="80"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="31"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="99"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="46"/>
        <source>No answer in this round.</source>
        <translation>Keine Antwort in dieser Runde.</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="103"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="48"/>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="110"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="52"/>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="114"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="54"/>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="121"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="60"/>
        <source>The answer was cut off before it finished.</source>
        <translation>Die Antwort wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="133"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="69"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="147"/>
        <source>en</source>
        <comment>HTML lang attribute</comment>
        <extracomment>The language of this translation, as an HTML lang attribute (de, fr, …)</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="157"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="81"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="164"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="87"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="173"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="94"/>
        <source>Votes</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="175"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="96"/>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonhtml.cpp" line="182"/>
        <location filename="../app/export/comparisonmarkdown.cpp" line="103"/>
        <source>Exported from Parlance</source>
        <translation>Aus Parlance exportiert</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="140"/>
        <location filename="../app/export/comparisonlayout.cpp" line="168"/>
        <source>%1 — %2</source>
        <comment>column label: letter, model</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="156"/>
        <source>Tie: all answers equally good</source>
        <translation>Unentschieden: alle Antworten gleich gut</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="158"/>
        <source>All answers were bad</source>
        <translation>Alle Antworten waren schlecht</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="167"/>
        <location filename="../app/export/comparisonlayout.cpp" line="170"/>
        <source>%1 was best</source>
        <comment>a column</comment>
        <translation>%1 war am besten</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="171"/>
        <source>Column %1 was best</source>
        <translation>Spalte %1 war am besten</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="192"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="194"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="196"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="202"/>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="207"/>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="211"/>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="228"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="229"/>
        <location filename="../app/export/comparisonlayout.cpp" line="232"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="232"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="235"/>
        <source>Output speed</source>
        <translation>Ausgabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="235"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="237"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="240"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="243"/>
        <source>Reasoning tokens</source>
        <translation>Denkprozess-Tokens</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="245"/>
        <source>Finish reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="259"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="260"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="262"/>
        <source>The request failed without a message.</source>
        <translation>Die Anfrage ist ohne Meldung fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="268"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="280"/>
        <source>Demo gateway</source>
        <translation>Demo-Gateway</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="289"/>
        <source>Compared on %1</source>
        <translation>Verglichen am %1</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="293"/>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="293"/>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="294"/>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="294"/>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="296"/>
        <source>Blind: models, connections and metrics stay hidden until a vote is cast</source>
        <translation>Blind: Modelle, Verbindungen und Messwerte bleiben verborgen, bis eine Bewertung abgegeben ist</translation>
    </message>
    <message>
        <location filename="../app/export/comparisonlayout.cpp" line="299"/>
        <source>Blind, revealed by the vote</source>
        <translation>Blind, durch die Bewertung aufgedeckt</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::ConversationFile</name>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="49"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="61"/>
        <source>The member &quot;%1&quot; should be a date and time such as &quot;2024-06-01T08:00:00.000Z&quot;.</source>
        <translation>Das Feld „%1“ sollte ein Datum mit Uhrzeit sein, etwa „2024-06-01T08:00:00.000Z“.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="74"/>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation>Das Feld „%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="84"/>
        <source>This is an exported comparison, not a conversation: it cannot be imported.</source>
        <translation>Dies ist ein exportierter Vergleich, keine Unterhaltung: Er kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="87"/>
        <source>The member &quot;format&quot; should be &quot;%1&quot;; this is not a Parlance conversation file.</source>
        <translation>Das Feld „format“ sollte „%1“ sein; dies ist keine Unterhaltungsdatei von Parlance.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="96"/>
        <source>The member &quot;version&quot; should be a whole number from 1.</source>
        <translation>Das Feld „version“ sollte eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="100"/>
        <source>This file was made by a newer Parlance (conversation format version %1; this version reads up to %2). Update Parlance to import it.</source>
        <translation>Diese Datei wurde von einer neueren Version von Parlance erstellt (Unterhaltungsformat Version %1; diese Version liest bis Version %2). Aktualisieren Sie Parlance, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="118"/>
        <source>The member &quot;settings&quot; should be an object.</source>
        <translation>Das Feld „settings“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="125"/>
        <source>In &quot;settings&quot;: %1</source>
        <translation>In „settings“: %1</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="133"/>
        <source>The member &quot;turns&quot; should be a list.</source>
        <translation>Das Feld „turns“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="141"/>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation>Das Feld „%1“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="147"/>
        <source>In &quot;%1&quot;: %2</source>
        <translation>In „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="185"/>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation>Die Datei ist zu groß für einen Import (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="194"/>
        <source>The file is not valid UTF-8 text: byte %1 (%2) cannot be read.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text: Byte %1 (%2) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="202"/>
        <source>The file is not valid JSON: %1 at %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei %2.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="217"/>
        <source>The file is neither a Parlance conversation (no &quot;format&quot;) nor an OpenAI-style request (no &quot;messages&quot;).</source>
        <translation>Die Datei ist weder eine Unterhaltung von Parlance (kein „format“) noch eine Anfrage im OpenAI-Stil (kein „messages“).</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="220"/>
        <source>The file should hold a JSON object or a list of messages.</source>
        <translation>Die Datei sollte ein JSON-Objekt oder eine Liste von Nachrichten enthalten.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="223"/>
        <source>The file holds no messages.</source>
        <translation>Die Datei enthält keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="233"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="238"/>
        <source>%1 is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1 ist zu groß für einen Import (%2 MB; höchstens %3 MB).</translation>
    </message>
    <message>
        <location filename="../app/export/conversationfile.cpp" line="246"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="83"/>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="99"/>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="109"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="111"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="112"/>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="114"/>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="116"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="127"/>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="151"/>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="156"/>
        <source>The answer was cut off before it finished.</source>
        <translation>Die Antwort wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="163"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="171"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="177"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="178"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="179"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="181"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="183"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmarkdown.cpp" line="201"/>
        <source>Exported from Parlance</source>
        <translation>Aus Parlance exportiert</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="34"/>
        <source>The member &quot;%1&quot; should be %2.</source>
        <translation>Das Feld „%1“ sollte %2 sein.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="39"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="64"/>
        <location filename="../app/export/conversationmessages.cpp" line="142"/>
        <location filename="../app/export/conversationmessages.cpp" line="322"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="69"/>
        <location filename="../app/export/conversationmessages.cpp" line="106"/>
        <location filename="../app/export/conversationmessages.cpp" line="147"/>
        <location filename="../app/export/conversationmessages.cpp" line="162"/>
        <location filename="../app/export/conversationmessages.cpp" line="297"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="96"/>
        <source>text or a list of parts</source>
        <translation>Text oder eine Liste von Teilen</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="125"/>
        <source>The member &quot;%1&quot; is a part of the type &quot;%2&quot;, which Parlance cannot import (only text, refusal and reasoning).</source>
        <translation>Das Feld „%1“ ist ein Teil vom Typ „%2“, den Parlance nicht importieren kann (nur Text, Ablehnung und Denkprozess).</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="156"/>
        <source>The member &quot;%1&quot; is a tool call of the type &quot;%2&quot;; only &quot;function&quot; can be imported.</source>
        <translation>Das Feld „%1“ ist ein Tool-Aufruf vom Typ „%2“; nur „function“ kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="186"/>
        <source>The member &quot;%1.role&quot; is missing.</source>
        <translation>Das Feld „%1.role“ fehlt.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="205"/>
        <source>The member &quot;%1.role&quot; has the unknown role &quot;%2&quot; (known: system, developer, user, assistant, tool).</source>
        <translation>Das Feld „%1.role“ hat die unbekannte Rolle „%2“ (bekannt: system, developer, user, assistant, tool).</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="233"/>
        <source>The member &quot;%1.tool_call_id&quot; is missing: a tool message must name the call it answers.</source>
        <translation>Das Feld „%1.tool_call_id“ fehlt: Eine Tool-Nachricht muss den Aufruf nennen, den sie beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="250"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="262"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="277"/>
        <source>text or a list of text</source>
        <translation>Text oder eine Liste von Texten</translation>
    </message>
    <message>
        <location filename="../app/export/conversationmessages.cpp" line="343"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::Har</name>
    <message>
        <location filename="../app/export/harfile.cpp" line="22"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/harfile.cpp" line="30"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/harfile.cpp" line="40"/>
        <location filename="../app/export/harfile.cpp" line="44"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="59"/>
        <source>Further problems not listed: %1.</source>
        <translation>Weitere, nicht aufgeführte Probleme: %1.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="62"/>
        <source>Entries without a valid start time: %1.</source>
        <translation>Einträge ohne gültige Startzeit: %1.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="65"/>
        <source>Numbers out of range (a status or a time) that were replaced: %1.</source>
        <translation>Ersetzte Zahlen außerhalb des gültigen Bereichs (ein Status oder eine Zeit): %1.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="112"/>
        <source>Entry %1: a body marked base64 is not valid base64; it is shown as it is.</source>
        <translation>Eintrag %1: Ein als base64 gekennzeichneter Body ist kein gültiges base64; er wird unverändert angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="123"/>
        <source>Entry %1 was left out: it has no request URL.</source>
        <translation>Eintrag %1 wurde ausgelassen: Er hat keine Anfrage-URL.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="221"/>
        <source>The file records no answer to this request.</source>
        <translation>Die Datei enthält keine Antwort auf diese Anfrage.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="241"/>
        <source>The file is larger than %1 MB, more than Parlance opens as a HAR file. Export fewer requests, or split the file.</source>
        <translation>Die Datei ist größer als %1 MB, mehr als Parlance als HAR-Datei öffnet. Exportieren Sie weniger Anfragen, oder teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="249"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="255"/>
        <source>The file is not valid UTF-8 throughout; the bytes that are not were replaced with �.</source>
        <translation>Die Datei ist nicht durchgehend gültiges UTF-8; die ungültigen Bytes wurden durch � ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="261"/>
        <source>The file is not valid JSON (%1 at byte %2), so it is no HAR file, or it was cut off.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2): Sie ist also keine HAR-Datei, oder sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="269"/>
        <source>The file is JSON but no HAR file: it has no &quot;log&quot; object.</source>
        <translation>Die Datei ist JSON, aber keine HAR-Datei: Sie hat kein „log“-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="285"/>
        <source>The file is HAR version %1; Parlance reads versions 1.1 and 1.2.</source>
        <translation>Die Datei hat die HAR-Version %1; Parlance liest die Versionen 1.1 und 1.2.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="291"/>
        <source>The HAR file has no list of entries.</source>
        <translation>Die HAR-Datei hat keine Liste von Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/export/harreader.cpp" line="300"/>
        <source>The file has %1 entries; the first %2 were read.</source>
        <translation>Die Datei hat %1 Einträge; die ersten %2 wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Net::GatewayCall</name>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="132"/>
        <location filename="../app/net/gatewaycall.cpp" line="479"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="418"/>
        <source>The request took longer than its limit of %1 s and was stopped; what arrived is kept. Raise the limit (--max-time, or the connection&apos;s settings) for slow models.</source>
        <translation>Die Anfrage hat ihr Limit von %1 s überschritten und wurde gestoppt; was angekommen ist, bleibt erhalten. Erhöhen Sie für langsame Modelle das Limit (--max-time oder in den Einstellungen der Verbindung).</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="494"/>
        <source>The answer grew past %L1 MB, this connection&apos;s limit, so Parlance stopped reading it; what arrived is kept. If the answer is expected to be this large, raise the limit (--max-response-mb, or the connection&apos;s settings).</source>
        <translation>Die Antwort wurde größer als %L1 MB, das Limit dieser Verbindung, daher hat Parlance das Lesen abgebrochen; was angekommen ist, bleibt erhalten. Wenn die Antwort erwartungsgemäß so groß ist, erhöhen Sie das Limit (--max-response-mb oder in den Einstellungen der Verbindung).</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="498"/>
        <source>One stream event grew past %L1 MB without ending, so Parlance stopped reading; what arrived is kept. The server is not sending a valid event stream.</source>
        <translation>Ein einzelnes Stream-Ereignis wurde größer als %L1 MB, ohne zu enden, daher hat Parlance das Lesen abgebrochen; was angekommen ist, bleibt erhalten. Der Server sendet keinen gültigen Ereignis-Stream.</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="518"/>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Die Verbindung zu %1 konnte nicht innerhalb von %2 s hergestellt werden.</translation>
    </message>
    <message>
        <source>The gateway sent nothing for %1 s, so the request was abandoned. Raise the timeout if the model is slow.</source>
        <translation type="vanished">Das Gateway hat %1 s lang nichts gesendet, daher wurde die Anfrage aufgegeben. Erhöhen Sie das Zeitlimit, wenn das Modell langsam ist.</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="592"/>
        <source>The connection closed before the answer was complete (%1).</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1).</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="594"/>
        <source>The answer could not be read: %1.</source>
        <translation>Die Antwort konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="610"/>
        <source>Too many redirects (more than %1).</source>
        <translation>Zu viele Weiterleitungen (mehr als %1).</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="615"/>
        <source>Refused to follow a redirect from https to %1.</source>
        <translation>Einer Weiterleitung von https nach %1 wurde nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../app/net/gatewaycall.cpp" line="621"/>
        <source>Refused to follow a redirect to %1.</source>
        <translation>Einer Weiterleitung nach %1 wurde nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../app/net/replyfailure.cpp" line="58"/>
        <source>either the compressed data is corrupt, or it expands past %1 MB at many times its size, which is refused as a likely decompression bomb</source>
        <translation>entweder sind die komprimierten Daten beschädigt, oder sie entpacken sich auf ein Vielfaches ihrer Größe und über %1 MB, was als wahrscheinliche Dekomprimierungsbombe abgelehnt wird</translation>
    </message>
    <message>
        <location filename="../app/net/replyfailure.cpp" line="63"/>
        <source>the %1-compressed body could not be decompressed: %2</source>
        <translation>der %1-komprimierte Body konnte nicht dekomprimiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/replyfailure.cpp" line="72"/>
        <source>The gateway&apos;s response headers were not complete %1 s after the request was sent, so the request was abandoned. Raise the timeout if the model is slow to start answering.</source>
        <translation>Die Antwort-Header des Gateways waren %1 s nach dem Senden der Anfrage noch nicht vollständig, daher wurde die Anfrage aufgegeben. Erhöhen Sie das Zeitlimit, wenn das Modell erst spät zu antworten beginnt.</translation>
    </message>
    <message>
        <location filename="../app/net/replyfailure.cpp" line="78"/>
        <source>The gateway sent its response headers, then nothing for %1 s, so the request was abandoned. Raise the timeout if the model is slow.</source>
        <translation>Das Gateway hat seine Antwort-Header gesendet und danach %1 s lang nichts mehr, daher wurde die Anfrage aufgegeben. Erhöhen Sie das Zeitlimit, wenn das Modell langsam ist.</translation>
    </message>
    <message>
        <location filename="../app/net/replyfailure.cpp" line="82"/>
        <source>The gateway stopped sending for %1 s in the middle of the answer, so the request was abandoned. Raise the timeout if the model is slow.</source>
        <translation>Das Gateway hat mitten in der Antwort %1 s lang nichts gesendet, daher wurde die Anfrage aufgegeben. Erhöhen Sie das Zeitlimit, wenn das Modell langsam ist.</translation>
    </message>
</context>
<context>
    <name>Parlance::Net::Transport</name>
    <message>
        <location filename="../app/net/transport.cpp" line="52"/>
        <source>Cannot read the CA file %1 (%2); fix the path in the connection&apos;s settings or clear it.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden (%2); korrigieren Sie den Pfad in den Einstellungen der Verbindung oder leeren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/net/transport.cpp" line="60"/>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); choose a PEM bundle.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----); wählen Sie ein PEM-Bündel.</translation>
    </message>
    <message>
        <location filename="../app/net/transport.cpp" line="125"/>
        <source>The connection is set to use a manual proxy but names no proxy host and port; enter them in the connection&apos;s settings.</source>
        <translation>Die Verbindung soll einen manuell eingestellten Proxy verwenden, nennt aber weder Proxy-Host noch Port; geben Sie diese in den Einstellungen der Verbindung ein.</translation>
    </message>
</context>
<context>
    <name>Parlance::Store::ConversationJson</name>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="50"/>
        <location filename="../app/store/conversationjson.cpp" line="463"/>
        <source>The member &quot;%1&quot; should be text.</source>
        <translation>Das Feld „%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="61"/>
        <source>The member &quot;%1&quot; should be true or false.</source>
        <translation>Das Feld „%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="76"/>
        <source>The member &quot;%1&quot; should be a whole number.</source>
        <translation>Das Feld „%1“ sollte eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="87"/>
        <source>The member &quot;%1&quot; should be a number.</source>
        <translation>Das Feld „%1“ sollte eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="98"/>
        <location filename="../app/store/conversationjson.cpp" line="394"/>
        <source>The member &quot;%1&quot; should be an object.</source>
        <translation>Das Feld „%1“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="109"/>
        <source>The member &quot;%1&quot; should be a list.</source>
        <translation>Das Feld „%1“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="117"/>
        <source>The member &quot;%1&quot; has the unknown value &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ hat den unbekannten Wert „%2“.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="197"/>
        <source>The member &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="325"/>
        <location filename="../app/store/conversationjson.cpp" line="454"/>
        <source>The member &quot;%1&quot; is out of range.</source>
        <translation>Das Feld „%1“ liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/store/conversationjson.cpp" line="333"/>
        <source>The member &quot;%1&quot; should be base64.</source>
        <translation>Das Feld „%1“ sollte Base64 sein.</translation>
    </message>
</context>
<context>
    <name>Parlance::Store::HistoryStore</name>
    <message>
        <location filename="../app/store/sqlvalues.cpp" line="65"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/store/sqlvalues.cpp" line="78"/>
        <source>not a JSON list</source>
        <translation>keine JSON-Liste</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="345"/>
        <source>Cannot create the folder %1 for the conversation history. Check that no file has that name and that you may write there.</source>
        <translation>Der Ordner %1 für den Unterhaltungsverlauf kann nicht angelegt werden. Prüfen Sie, dass keine Datei so heißt und dass Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="361"/>
        <source>Cannot open the conversation history %1: it is not a file. Move it away or choose another location.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geöffnet werden: Er ist keine Datei. Verschieben Sie ihn oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="367"/>
        <source>Cannot read the conversation history %1: %2. Check that the file is readable.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="375"/>
        <source>Cannot open the conversation history %1: the file is not an SQLite database. It has been left as it is; move or rename it, then start Parlance again to begin a new history.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geöffnet werden: Die Datei ist keine SQLite-Datenbank. Sie wurde unverändert gelassen; verschieben oder benennen Sie sie um und starten Sie Parlance dann neu, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="428"/>
        <source>Cannot open the conversation history %1: Qt&apos;s SQLite driver (QSQLITE) is not installed. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite on Debian) and start Parlance again.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert. Installieren Sie das SQLite-Plugin für Qt 6 (libqt6sql6-sqlite unter Debian) und starten Sie Parlance neu.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="435"/>
        <source>Cannot open the conversation history %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob die Datei und ihr Ordner lesbar und beschreibbar sind.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="168"/>
        <source>Cannot set up the conversation history %1: %2. Check that the disk is not full and the file is writable, or move the file away to start a new history.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht eingerichtet werden: %2. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist, oder verschieben Sie die Datei, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="147"/>
        <source>The conversation history %1 is locked by another program (%2). The history is off until Parlance is started again: close the other program or Parlance window using the file first.</source>
        <translation>Der Unterhaltungsverlauf %1 ist von einem anderen Programm gesperrt (%2). Der Verlauf ist ausgeschaltet, bis Parlance neu gestartet wird: Schließen Sie zuerst das andere Programm oder Parlance-Fenster, das die Datei verwendet.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="152"/>
        <source>The conversation history %1 cannot be written (%2): the file, its folder or the disk is read-only. The history is off; make them writable and start Parlance again.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geschrieben werden (%2): Die Datei, ihr Ordner oder der Datenträger ist schreibgeschützt. Der Verlauf ist ausgeschaltet; machen Sie sie beschreibbar und starten Sie Parlance neu.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="158"/>
        <source>The conversation history %1 is damaged (%2). It has been left as it is, and the history is off. Move or rename the file, then start Parlance again to begin a new history; the sqlite3 tool&apos;s .recover command may rescue its conversations.</source>
        <translation>Der Unterhaltungsverlauf %1 ist beschädigt (%2). Er wurde unverändert gelassen, und der Verlauf ist ausgeschaltet. Verschieben oder benennen Sie die Datei um und starten Sie Parlance dann neu, um einen neuen Verlauf zu beginnen; der Befehl .recover des Werkzeugs sqlite3 kann seine Unterhaltungen eventuell retten.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="164"/>
        <source>The conversation history %1 cannot be written: the disk is full (%2). The history is off; free some space and start Parlance again.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht geschrieben werden: Der Datenträger ist voll (%2). Der Verlauf ist ausgeschaltet; geben Sie Speicherplatz frei und starten Sie Parlance neu.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="216"/>
        <source>a chat</source>
        <translation>einem Chat</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="218"/>
        <source>a comparison</source>
        <translation>einem Vergleich</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="222"/>
        <source>a batch run</source>
        <translation>einem Batch-Lauf</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="285"/>
        <source>Cannot save the conversation &quot;%1&quot; in the history %2: its key %3 belongs to %4. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation>Die Unterhaltung „%1“ kann nicht im Verlauf %2 gespeichert werden: Ihr Schlüssel %3 gehört zu %4. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="290"/>
        <source>Cannot save the comparison &quot;%1&quot; in the history %2: its key %3 belongs to %4. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation>Der Vergleich „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu %4. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="297"/>
        <source>Cannot save the batch run &quot;%1&quot; in the history %2: its key %3 belongs to %4. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation>Der Batch-Lauf „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu %4. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="386"/>
        <source>The conversation history %1 is read-only. The history is off; make the file writable and start Parlance again.</source>
        <translation>Der Unterhaltungsverlauf %1 ist schreibgeschützt. Der Verlauf ist ausgeschaltet; machen Sie die Datei beschreibbar und starten Sie Parlance neu.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="391"/>
        <source>The folder %1 of the conversation history is read-only, and SQLite keeps its journal there. The history is off; make the folder writable and start Parlance again.</source>
        <translation>Der Ordner %1 des Unterhaltungsverlaufs ist schreibgeschützt, und SQLite legt dort sein Journal ab. Der Verlauf ist ausgeschaltet; machen Sie den Ordner beschreibbar und starten Sie Parlance neu.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="464"/>
        <source>The conversation history %1 was written by a newer version of Parlance (format %2; this version reads format %3 and older). It has been left as it is; update Parlance to open it.</source>
        <translation>Der Unterhaltungsverlauf %1 wurde von einer neueren Version von Parlance geschrieben (Format %2; diese Version liest Format %3 und älter). Er wurde unverändert gelassen; aktualisieren Sie Parlance, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="473"/>
        <source>The file %1 is an SQLite database of another program, not a Parlance conversation history. It has been left as it is; choose another file.</source>
        <translation>Die Datei %1 ist die SQLite-Datenbank eines anderen Programms, kein Unterhaltungsverlauf von Parlance. Sie wurde unverändert gelassen; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="548"/>
        <source>Cannot update the conversation history %1 to this version of Parlance (format %2 to %3): %4. The file has been left as it was. Check that the disk is not full and the file is writable, then start Parlance again.</source>
        <translation>Der Unterhaltungsverlauf %1 kann nicht auf diese Version von Parlance umgestellt werden (Format %2 auf %3): %4. Die Datei wurde unverändert gelassen. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist, und starten Sie Parlance dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="229"/>
        <source>Cannot save the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltung kann nicht gespeichert werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="248"/>
        <source>Cannot save a conversation without a key in the history %1.</source>
        <translation>Eine Unterhaltung ohne Schlüssel kann nicht im Verlauf %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="261"/>
        <source>Cannot save the conversation &quot;%1&quot; in the history %2: %3. Check that the disk is not full and the file is writable; the previously saved version is unchanged.</source>
        <translation>Die Unterhaltung „%1“ kann nicht im Verlauf %2 gespeichert werden: %3. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist; die zuvor gespeicherte Fassung ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save the conversation &quot;%1&quot; in the history %2: its key %3 belongs to a comparison. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Die Unterhaltung „%1“ kann nicht im Verlauf %2 gespeichert werden: Ihr Schlüssel %3 gehört zu einem Vergleich. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot save the conversation &quot;%1&quot; in the history %2: its key %3 belongs to a batch run. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Die Unterhaltung „%1“ kann nicht im Verlauf %2 gespeichert werden: Ihr Schlüssel %3 gehört zu einem Batch-Lauf. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="787"/>
        <source>Cannot open the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltung kann nicht geöffnet werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="794"/>
        <source>Cannot read a conversation from the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Eine Unterhaltung kann nicht aus dem Verlauf %1 gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="829"/>
        <source>settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="846"/>
        <source>turn %1: %2</source>
        <translation>Beitrag %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="861"/>
        <source>The conversation is no longer in the history %1; it may have been deleted in another window. Refresh the list.</source>
        <translation>Die Unterhaltung ist nicht mehr im Verlauf %1; sie wurde vielleicht in einem anderen Fenster gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="868"/>
        <source>The conversation &quot;%1&quot; in the history %2 is damaged (%3) and cannot be opened. Delete it from the history; the other conversations are not affected.</source>
        <translation>Die Unterhaltung „%1“ im Verlauf %2 ist beschädigt (%3) und kann nicht geöffnet werden. Löschen Sie sie aus dem Verlauf; die anderen Unterhaltungen sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="881"/>
        <source>Cannot list the conversations: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltungen können nicht aufgelistet werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="890"/>
        <location filename="../app/store/historystore.cpp" line="899"/>
        <source>Cannot list the conversations in the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Die Unterhaltungen im Verlauf %1 können nicht aufgelistet werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="911"/>
        <source>Cannot search the conversations: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltungen können nicht durchsucht werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="921"/>
        <source>Cannot search the conversations in the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Die Unterhaltungen im Verlauf %1 können nicht durchsucht werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1025"/>
        <source>Cannot change the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltung kann nicht geändert werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1032"/>
        <source>Cannot change the conversation in the history %1: %2. Check that the disk is not full and the file is writable, then try again.</source>
        <translation>Die Unterhaltung im Verlauf %1 kann nicht geändert werden: %2. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1062"/>
        <source>Cannot delete the conversation: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Unterhaltung kann nicht gelöscht werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1069"/>
        <source>Cannot delete the conversation from the history %1: %2. Check that the disk is not full and the file is writable, then try again.</source>
        <translation>Die Unterhaltung kann nicht aus dem Verlauf %1 gelöscht werden: %2. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="233"/>
        <source>Cannot save the comparison: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Der Vergleich kann nicht gespeichert werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="250"/>
        <source>Cannot save a comparison without a key in the history %1.</source>
        <translation>Ein Vergleich ohne Schlüssel kann nicht im Verlauf %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="266"/>
        <source>Cannot save the comparison &quot;%1&quot; in the history %2: %3. Check that the disk is not full and the file is writable; the previously saved version is unchanged.</source>
        <translation>Der Vergleich „%1“ kann nicht im Verlauf %2 gespeichert werden: %3. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist; die zuvor gespeicherte Fassung ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save the comparison &quot;%1&quot; in the history %2: its key %3 belongs to a chat. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Der Vergleich „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu einem Chat. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot save the comparison &quot;%1&quot; in the history %2: its key %3 belongs to a batch run. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Der Vergleich „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu einem Batch-Lauf. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1105"/>
        <source>Cannot open the comparison: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Der Vergleich kann nicht geöffnet werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1112"/>
        <source>Cannot read a comparison from the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Ein Vergleich kann nicht aus dem Verlauf %1 gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1127"/>
        <source>The comparison is no longer in the history %1; it may have been deleted in another window. Refresh the list.</source>
        <translation>Der Vergleich ist nicht mehr im Verlauf %1; er wurde vielleicht in einem anderen Fenster gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1134"/>
        <source>The comparison &quot;%1&quot; in the history %2 is damaged (%3) and cannot be opened. Delete it from the history; the other conversations are not affected.</source>
        <translation>Der Vergleich „%1“ im Verlauf %2 ist beschädigt (%3) und kann nicht geöffnet werden. Löschen Sie ihn aus dem Verlauf; die anderen Unterhaltungen sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="239"/>
        <source>Cannot save the batch run: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Der Batch-Lauf kann nicht gespeichert werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="254"/>
        <source>Cannot save a batch run without a key in the history %1.</source>
        <translation>Ein Batch-Lauf ohne Schlüssel kann nicht im Verlauf %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1149"/>
        <source>Cannot save the batch run &quot;%1&quot; in the history %2: it has a result for row %3 and model %4, which it does not have. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation>Der Batch-Lauf „%1“ kann nicht im Verlauf %2 gespeichert werden: Er hat ein Ergebnis für Zeile %3 und Modell %4, die er nicht hat. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="273"/>
        <source>Cannot save the batch run &quot;%1&quot; in the history %2: %3. Check that the disk is not full and the file is writable; the previously saved version is unchanged.</source>
        <translation>Der Batch-Lauf „%1“ kann nicht im Verlauf %2 gespeichert werden: %3. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist; die zuvor gespeicherte Fassung ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save the batch run &quot;%1&quot; in the history %2: its key %3 belongs to a chat. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Der Batch-Lauf „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu einem Chat. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot save the batch run &quot;%1&quot; in the history %2: its key %3 belongs to a comparison. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation type="vanished">Der Batch-Lauf „%1“ kann nicht im Verlauf %2 gespeichert werden: Sein Schlüssel %3 gehört zu einem Vergleich. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1176"/>
        <source>Cannot save the results of the batch run: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Ergebnisse des Batch-Laufs können nicht gespeichert werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1183"/>
        <source>Cannot save the results of the batch run %1 in the history %2: %3. Check that the disk is not full and the file is writable; the results saved before are unchanged.</source>
        <translation>Die Ergebnisse des Batch-Laufs %1 können nicht im Verlauf %2 gespeichert werden: %3. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist; die zuvor gespeicherten Ergebnisse sind unverändert.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1198"/>
        <source>Cannot save the results of the batch run %1: it is no longer in the history %2; it may have been deleted in another window. Save the whole batch run to keep it.</source>
        <translation>Die Ergebnisse des Batch-Laufs %1 können nicht gespeichert werden: Er ist nicht mehr im Verlauf %2; vielleicht wurde er in einem anderen Fenster gelöscht. Speichern Sie den ganzen Batch-Lauf, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1203"/>
        <source>Cannot save the results of the batch run %1 in the history %2: one is for row %3 and model %4, which the batch run does not have. Nothing was changed; this is a fault in Parlance, please report it.</source>
        <translation>Die Ergebnisse des Batch-Laufs %1 können nicht im Verlauf %2 gespeichert werden: Eines ist für Zeile %3 und Modell %4, die der Batch-Lauf nicht hat. Nichts wurde geändert; dies ist ein Fehler in Parlance, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1223"/>
        <source>Cannot open the batch run: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Der Batch-Lauf kann nicht geöffnet werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1230"/>
        <source>Cannot read a batch run from the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Ein Batch-Lauf kann nicht aus dem Verlauf %1 gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1245"/>
        <source>The batch run is no longer in the history %1; it may have been deleted in another window. Refresh the list.</source>
        <translation>Der Batch-Lauf ist nicht mehr im Verlauf %1; vielleicht wurde er in einem anderen Fenster gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1252"/>
        <source>The batch run &quot;%1&quot; in the history %2 is damaged (%3) and cannot be opened. Delete it from the history; the other conversations are not affected.</source>
        <translation>Der Batch-Lauf „%1“ im Verlauf %2 ist beschädigt (%3) und kann nicht geöffnet werden. Löschen Sie ihn aus dem Verlauf; die anderen Unterhaltungen sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1265"/>
        <source>Cannot read the votes: the history %1 is not open. Restart Parlance, or fix the problem reported when it opened.</source>
        <translation>Die Bewertungen können nicht gelesen werden: Der Verlauf %1 ist nicht geöffnet. Starten Sie Parlance neu, oder beheben Sie das beim Öffnen gemeldete Problem.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1274"/>
        <source>Cannot read the votes from the history %1: %2. Check that the file is readable, then try again.</source>
        <translation>Die Bewertungen können nicht aus dem Verlauf %1 gelesen werden: %2. Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/historystore.cpp" line="1281"/>
        <source>A vote in the history %1 is damaged (%2), so the votes cannot be counted. Repair or delete that row with an SQLite tool.</source>
        <translation>Eine Bewertung im Verlauf %1 ist beschädigt (%2), daher können die Bewertungen nicht gezählt werden. Reparieren oder löschen Sie diese Zeile mit einem SQLite-Werkzeug.</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="65"/>
        <source>every entry should be a column number</source>
        <translation>jeder Eintrag sollte eine Spaltennummer sein</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="81"/>
        <source>every contestant should be text</source>
        <translation>jeder Teilnehmer sollte Text sein</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="121"/>
        <source>the outcome &quot;%1&quot; is unknown</source>
        <translation>das Ergebnis „%1“ ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="123"/>
        <source>vote %1: %2</source>
        <translation>Bewertung %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="265"/>
        <source>blind order: %1</source>
        <translation>Blindreihenfolge: %1</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="286"/>
        <source>column %1 settings: %2</source>
        <translation>Einstellungen von Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="309"/>
        <source>column %1, turn %2: %3</source>
        <translation>Spalte %1, Beitrag %2: %3</translation>
    </message>
    <message>
        <location filename="../app/store/comparisonrows.cpp" line="318"/>
        <source>column %1, turn %2: the column is missing</source>
        <translation>Spalte %1, Beitrag %2: die Spalte fehlt</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="40"/>
        <source>every model should be a name</source>
        <translation>jedes Modell sollte ein Name sein</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="256"/>
        <source>models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="262"/>
        <source>setup: %1</source>
        <translation>Einrichtung: %1</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="279"/>
        <source>the row before it is missing</source>
        <translation>die Zeile davor fehlt</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="281"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="302"/>
        <source>the batch has no such row</source>
        <translation>der Batch-Lauf hat keine solche Zeile</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="304"/>
        <source>the batch has no such model</source>
        <translation>der Batch-Lauf hat kein solches Modell</translation>
    </message>
    <message>
        <location filename="../app/store/batchrows.cpp" line="308"/>
        <source>cell %1/%2: %3</source>
        <translation>Zelle %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ApiSelector</name>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="17"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="22"/>
        <source>POST {base}/chat/completions: the OpenAI Chat Completions API</source>
        <translation>POST {base}/chat/completions: die Chat-Completions-API von OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="25"/>
        <source>POST {base}/responses: the OpenAI Responses API</source>
        <translation>POST {base}/responses: die Responses-API von OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="27"/>
        <source>POST /serving-endpoints/{name}/invocations: Databricks model serving, what MLflow Deployments and the Databricks SDK send</source>
        <translation>POST /serving-endpoints/{name}/invocations: Databricks Model Serving, so wie MLflow Deployments und das Databricks SDK senden</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="30"/>
        <source>Which API the request goes out on</source>
        <translation>Über welche API die Anfrage gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="75"/>
        <source>Chat Completions</source>
        <translation>Chat Completions</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="77"/>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../ui/controls/apiselector.cpp" line="79"/>
        <source>Invocations</source>
        <translation>Invocations</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BatchAnswerDialog</name>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="18"/>
        <source>Prompt %1 · %2</source>
        <translation>Prompt %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="30"/>
        <source>Not asked yet.</source>
        <translation>Noch nicht angefragt.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="33"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="35"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="37"/>
        <source>%L1 tokens</source>
        <translation>%L1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="49"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchanswerdialog.cpp" line="57"/>
        <source>Show the &amp;judge&apos;s request</source>
        <translation>Anfrage des Anfrage des &amp;Bewerters anzeigenamp;Judge anzeigen</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BatchResultModel</name>
    <message>
        <location filename="../ui/batch/batchresultmodel.cpp" line="95"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchresultmodel.cpp" line="115"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchresultmodel.cpp" line="117"/>
        <source>%L1 tokens</source>
        <translation>%L1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchresultmodel.cpp" line="134"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BatchSetupPanel</name>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="32"/>
        <source>Open prompt fi&amp;le…</source>
        <translation>Prompt-Datei &amp;laden…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="43"/>
        <source>JSONL</source>
        <translation>JSONL</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="44"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="45"/>
        <source>Prompt format</source>
        <translation>Prompt-Format</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="47"/>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="197"/>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="286"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="49"/>
        <source>Paste a prompt set: JSONL, one {&quot;prompt&quot;: &quot;…&quot;} a line, or CSV with a prompt column</source>
        <translation>Fügen Sie ein Prompt-Set ein: JSONL, ein {&quot;prompt&quot;: &quot;…&quot;} pro Zeile, oder CSV mit einer Spalte prompt</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="56"/>
        <source>Optional, e.g. Summarise: {{text}}</source>
        <translation>Optional, z. B. Fasse zusammen: {{text}}</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="58"/>
        <source>Comparison set</source>
        <translation>Vergleichsset</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="60"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="62"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="63"/>
        <source>One check a line:
contains:TEXT
not-contains:TEXT
regex:RE
json
max-length:N
judge:MODEL:RUBRIC</source>
        <translation>Eine Prüfung pro Zeile:
contains:TEXT
not-contains:TEXT
regex:RE
json
max-length:N
judge:MODELL:KRITERIEN</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="69"/>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="78"/>
        <source>Templ&amp;ate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="79"/>
        <source>Se&amp;t:</source>
        <translation>Vergleichsse&amp;t:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="81"/>
        <source>Mo&amp;dels:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="83"/>
        <source>Chec&amp;ks:</source>
        <translation>Prüf&amp;ungen:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="85"/>
        <source>Prompt&amp;s:</source>
        <translation>Prompt&amp;s:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="88"/>
        <source>Requests at &amp;once:</source>
        <translation>Anfragen gle&amp;ichzeitig:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="101"/>
        <source>Parameters and API: from the Parameters panel.</source>
        <translation>Parameter und API: aus dem Parameter-Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="157"/>
        <source>%1: choose a .jsonl or a .csv file</source>
        <translation>%1: Wählen Sie eine .jsonl- oder .csv-Datei</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="162"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="166"/>
        <source>%1 is larger than %2 MB: run it with parlance-cli batch</source>
        <translation>%1 ist größer als %2 MB: Führen Sie es mit parlance-cli batch aus</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="190"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="208"/>
        <source>Check %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="215"/>
        <source>Tick the models to ask.</source>
        <translation>Haken Sie die Modelle an, die gefragt werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="237"/>
        <source>Open a prompt set</source>
        <translation>Ein Prompt-Set öffnen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="238"/>
        <source>Prompt sets (*.jsonl *.ndjson *.csv)</source>
        <translation>Prompt-Sets (*.jsonl *.ndjson *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="249"/>
        <source>Choose a comparison set…</source>
        <translation>Ein Vergleichsset wählen…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchsetuppanel.cpp" line="284"/>
        <source>No prompts yet.</source>
        <translation>Noch keine Prompts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch/batchsetuppanel.cpp" line="288"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BatchView</name>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="48"/>
        <source>&amp;Run</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="49"/>
        <source>Run on a ware&amp;house…</source>
        <translation>Auf einem &amp;Warehouse ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="50"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="51"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbr&amp;echen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="52"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="72"/>
        <source>Batch progress</source>
        <translation>Fortschritt des Batch-Laufs</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="78"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="82"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="83"/>
        <source>JSONL…</source>
        <translation>JSONL…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="84"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="87"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="88"/>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="89"/>
        <source>Models differ</source>
        <translation>Modelle weichen ab</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="90"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="91"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="115"/>
        <source>Batch results</source>
        <translation>Ergebnisse des Batch-Laufs</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="126"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="128"/>
        <source>Sort &amp;by:</source>
        <translation>Sortieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="152"/>
        <source>Batch setup</source>
        <translation>Einrichtung des Batch-Laufs</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="189"/>
        <source>Rate-limited: waiting %1 s, %2 at once</source>
        <translation>Ratenbegrenzt: %1 s Wartezeit, %2 gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="234"/>
        <source>Open the set in the SQL console as one ai_query statement per model, to run on a SQL warehouse</source>
        <translation>Öffnet den Satz in der SQL-Konsole als eine ai_query-Anweisung je Modell, um ihn auf einem SQL-Warehouse auszuführen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="236"/>
        <source>Running on a SQL warehouse needs a Databricks connection</source>
        <translation>Für die Ausführung auf einem SQL-Warehouse ist eine Databricks-Verbindung nötig</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="249"/>
        <source>Choose a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="277"/>
        <source>Cannot run on a warehouse: %1</source>
        <translation>Ausführung auf einem Warehouse nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="309"/>
        <source>%L1 / %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="314"/>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="316"/>
        <source> · ETA %1</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="318"/>
        <source> · pausing</source>
        <translation> · wird pausiert</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="321"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="324"/>
        <source> · cancelled</source>
        <translation> · abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="327"/>
        <source> · done</source>
        <translation> · fertig</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="339"/>
        <source>Input order</source>
        <translation>Reihenfolge der Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="341"/>
        <source>%1 · total time</source>
        <translation>%1 · Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="342"/>
        <source>%1 · tokens</source>
        <translation>%1 · Tokens</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="343"/>
        <source>%1 · checks passed</source>
        <translation>%1 · bestandene Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="344"/>
        <source>%1 · answer length</source>
        <translation>%1 · Länge der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="390"/>
        <source>%1% passed</source>
        <translation>%1 % bestanden</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="392"/>
        <source>%1/%2 answered</source>
        <translation>%1/%2 beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="394"/>
        <source>median %L1 ms</source>
        <translation>Median %L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="396"/>
        <source>%L1 tokens</source>
        <translation>%L1 Tokens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/batch/batchview.cpp" line="434"/>
        <source>Opened from the history. Resume asks the %Ln answer(s) still missing, on the current connection.</source>
        <translation>
            <numerusform>Aus dem Verlauf geöffnet. „Fortsetzen“ fragt die %Ln noch fehlende Antwort über die aktuelle Verbindung ab.</numerusform>
            <numerusform>Aus dem Verlauf geöffnet. „Fortsetzen“ fragt die %Ln noch fehlenden Antworten über die aktuelle Verbindung ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="437"/>
        <source>Opened from the history.</source>
        <translation>Aus dem Verlauf geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="439"/>
        <source>The requests behind these answers are not kept.</source>
        <translation>Die Anfragen hinter diesen Antworten werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="442"/>
        <source>These checks can no longer be read and are left out of what is asked from now on: %1. Their results so far are shown.</source>
        <translation>Diese Prüfungen können nicht mehr gelesen werden und entfallen bei allem, was ab jetzt abgefragt wird: %1. Ihre bisherigen Ergebnisse werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="496"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="497"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="498"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="502"/>
        <source>Export the batch</source>
        <translation>Den Batch-Lauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="508"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/batch/batchview.cpp" line="510"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::BodyView</name>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="52"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="52"/>
        <source>Show the body as formatted text</source>
        <translation>Den Body als formatierten Text anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="53"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="53"/>
        <source>Show the JSON as a collapsible tree</source>
        <translation>Das JSON als aufklappbaren Baum anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="59"/>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="61"/>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="66"/>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="73"/>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="75"/>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="76"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="77"/>
        <source>Body as a tree</source>
        <translation>Body als Baum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="81"/>
        <location filename="../ui/inspector/bodyview.cpp" line="82"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="86"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="87"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="88"/>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="89"/>
        <source>Copy the body exactly as it went over the wire</source>
        <translation>Den Body exakt so kopieren, wie er übertragen wurde</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="158"/>
        <source>Loading the text… %1%</source>
        <translation>Text wird geladen… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="221"/>
        <source>Showing the first %1 of %2 of formatted text; the tree view shows all of it.</source>
        <translation>Angezeigt werden die ersten %1 von %2 formatiertem Text; die Baumansicht zeigt alles.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="264"/>
        <source>Loading the text…</source>
        <translation>Text wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="332"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="333"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="334"/>
        <source>%1+ matches</source>
        <translation>%1+ Treffer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/bodyview.cpp" line="335"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ChatPane</name>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="49"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="74"/>
        <source>No connection yet: set one up in the connection settings, then send again.</source>
        <translation>Noch keine Verbindung: Richten Sie eine in den Verbindungseinstellungen ein und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="80"/>
        <source>Choose a model first, then send again.</source>
        <translation>Wählen Sie zuerst ein Modell und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/chatpane.cpp" line="84"/>
        <source>The message was not sent: a reply is still running.</source>
        <translation>Die Nachricht wurde nicht gesendet: Es läuft noch eine Antwort.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::CompareColumnView</name>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="87"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="88"/>
        <source>Stop this column&apos;s answer; what arrived is kept</source>
        <translation>Die Antwort dieser Spalte stoppen; was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="92"/>
        <source>Column actions</source>
        <translation>Spaltenaktionen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="95"/>
        <source>&amp;Continue with this answer</source>
        <translation>Mit dieser Antwort &amp;fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="97"/>
        <source>Show exchanges in the &amp;inspector</source>
        <translation>Anfragen im &amp;Inspektor zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="99"/>
        <source>&amp;Get code…</source>
        <translation>&amp;Code erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="101"/>
        <source>&amp;Remove column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="158"/>
        <source>This column&apos;s own setting (the others use the shared one)</source>
        <translation>Eigene Einstellung dieser Spalte (die anderen verwenden die gemeinsame)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="170"/>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="173"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="173"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="177"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="178"/>
        <source>Model of %1</source>
        <translation>Modell von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="179"/>
        <source>Connection of %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="180"/>
        <source>API of %1</source>
        <translation>API von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="181"/>
        <location filename="../ui/compare/comparecolumnview.cpp" line="344"/>
        <source>Parameters of %1</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="182"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="183"/>
        <source>Actions of %1</source>
        <translation>Aktionen von %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="194"/>
        <location filename="../ui/compare/comparecolumnview.cpp" line="224"/>
        <source>The window&apos;s connection: %1</source>
        <translation>Die Verbindung des Fensters: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="195"/>
        <location filename="../ui/compare/comparecolumnview.cpp" line="225"/>
        <source>The window has no connection yet</source>
        <translation>Das Fenster hat noch keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="199"/>
        <source>%1 (shared)</source>
        <translation>%1 (gemeinsam)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="220"/>
        <source>Shared connection</source>
        <translation>Gemeinsame Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="205"/>
        <source>The shared API</source>
        <translation>Die gemeinsame API</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="206"/>
        <source>Own parameters…</source>
        <translation>Eigene Parameter…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="206"/>
        <source>Parameters…</source>
        <translation>Parameter…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="207"/>
        <source>The shared parameters</source>
        <translation>Die gemeinsamen Parameter</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="obsolete">keine</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="288"/>
        <source>answering…</source>
        <translation>antwortet…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="292"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="294"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="296"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="299"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="346"/>
        <source>These parameters apply to this column only. The other columns keep the shared ones.</source>
        <translation>Diese Parameter gelten nur für diese Spalte. Die anderen Spalten behalten die gemeinsamen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecolumnview.cpp" line="356"/>
        <source>Use the &amp;shared parameters</source>
        <translation>Die &amp;gemeinsamen Parameter verwenden</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::CompareView</name>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="57"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="70"/>
        <source>Ask every column at once (Ctrl+Enter sends, Esc stops all)</source>
        <translation>Alle Spalten auf einmal fragen (Strg+Eingabe sendet, Esc stoppt alle)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="112"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="114"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="117"/>
        <source>Add a column (at most %1) (%2)</source>
        <translation>Eine Spalte hinzufügen (höchstens %1) (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="122"/>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="123"/>
        <source>Stop every column&apos;s answer; what arrived is kept (Esc)</source>
        <translation>Die Antworten aller Spalten stoppen; was angekommen ist, bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="126"/>
        <source>New comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="127"/>
        <source>Start over with the same columns</source>
        <translation>Mit denselben Spalten neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="131"/>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="133"/>
        <source>Shuffle the columns and hide who answered until you vote</source>
        <translation>Die Spalten mischen und verbergen, wer geantwortet hat, bis Sie abstimmen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="139"/>
        <source>Scroll together</source>
        <translation>Gemeinsam scrollen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="142"/>
        <source>Scrolling one column scrolls the others to the same place</source>
        <translation>Scrollen in einer Spalte scrollt die anderen an dieselbe Stelle</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="146"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="147"/>
        <source>Save these columns as a comparison set, or use a saved one</source>
        <translation>Diese Spalten als Vergleichsset speichern oder ein gespeichertes verwenden</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="148"/>
        <source>Comparison sets</source>
        <translation>Vergleichssets</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="156"/>
        <source>&amp;Differences:</source>
        <translation>&amp;Unterschiede:</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="158"/>
        <source>Show differences against</source>
        <translation>Unterschiede zeigen gegenüber</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="159"/>
        <source>Mark, word by word, how every other answer differs from this column&apos;s</source>
        <translation>Wort für Wort markieren, wie jede andere Antwort von der dieser Spalte abweicht</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="169"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="170"/>
        <source>Save this comparison as Markdown, JSON or an HTML report</source>
        <translation>Diesen Vergleich als Markdown, JSON oder HTML-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="173"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="174"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="175"/>
        <source>&amp;HTML report…</source>
        <translation>&amp;HTML-Bericht…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="179"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="180"/>
        <source>Wins, ties, losses and Elo ratings from your votes</source>
        <translation>Siege, Unentschieden, Niederlagen und Elo-Wertungen aus Ihren Stimmen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="187"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="189"/>
        <source>against %1</source>
        <translation>gegenüber %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="252"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="264"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="268"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="272"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="276"/>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="277"/>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="285"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="286"/>
        <source>Choose another folder or file name, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="360"/>
        <source>A comparison keeps at least %1 columns, and none is removed while they answer.</source>
        <translation>Ein Vergleich behält mindestens %1 Spalten, und keine wird entfernt, während sie antworten.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="450"/>
        <source>Column %1 cannot be asked: %2</source>
        <translation>Spalte %1 kann nicht gefragt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="463"/>
        <source>Wait for every column to finish, or stop them, first.</source>
        <translation>Warten Sie zuerst, bis alle Spalten fertig sind, oder stoppen Sie sie.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="470"/>
        <source>Every column now continues from the answer of %1.</source>
        <translation>Alle Spalten setzen jetzt bei der Antwort von %1 fort.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="479"/>
        <source>&amp;Save these columns as a set…</source>
        <translation>Diese Spalten als Set &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="488"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="492"/>
        <source>&amp;Delete a set</source>
        <translation>Ein Set &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="505"/>
        <source>Save comparison set</source>
        <translation>Vergleichsset speichern</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="505"/>
        <source>Name of the set:</source>
        <translation>Name des Sets:</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::Composer</name>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="18"/>
        <source>Message the model… (Ctrl+Enter to send)</source>
        <translation>Nachricht an das Modell… (Strg+Eingabetaste zum Senden)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="20"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="77"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="78"/>
        <source>Stop the reply; what arrived so far is kept (Esc)</source>
        <translation>Antwort stoppen; was bisher angekommen ist, bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="81"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/composer.cpp" line="82"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Strg+Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionForm</name>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="162"/>
        <source>Databricks AI Gateway</source>
        <translation>Databricks AI Gateway</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="163"/>
        <source>Databricks Model Serving</source>
        <translation>Databricks Model Serving</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="164"/>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="197"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="21"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="45"/>
        <source>prod-workspace</source>
        <translation>prod-workspace</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="67"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="78"/>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="83"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="91"/>
        <source>&amp;Workspace URL:</source>
        <translation>Arbeitsbereichs-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="106"/>
        <source>https://adb-1234567890123456.7.azuredatabricks.net</source>
        <translation>https://adb-1234567890123456.7.azuredatabricks.net</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="128"/>
        <source>&amp;Gateway path:</source>
        <translation>&amp;Gateway-Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="147"/>
        <source>/ai-gateway/mlflow/v1</source>
        <translation>/ai-gateway/mlflow/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="152"/>
        <source>/serving-endpoints</source>
        <translation>/serving-endpoints</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="175"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="190"/>
        <source>http://127.0.0.1:8080/v1</source>
        <translation>http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="215"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="224"/>
        <source>&amp;Authentication:</source>
        <translation>Authenti&amp;fizierung:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="235"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="240"/>
        <source>Basic (token:&lt;token&gt;)</source>
        <translation>Basic (token:&lt;Token&gt;)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="245"/>
        <location filename="../ui/settings/connectionform.ui" line="535"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="253"/>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="277"/>
        <location filename="../ui/settings/connectionform.cpp" line="197"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="304"/>
        <source>Extra &amp;headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="322"/>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="350"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="355"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="360"/>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="363"/>
        <source>A secret header&apos;s value is kept in the system keychain, not the settings file, and is masked wherever it could show.</source>
        <translation>Der Wert eines geheimen Headers wird im System-Schlüsselbund aufbewahrt, nicht in der Einstellungsdatei, und überall maskiert, wo er erscheinen könnte.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="373"/>
        <source>Add &amp;Header</source>
        <translation>Header h&amp;inzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="380"/>
        <source>Remove He&amp;ader</source>
        <translation>Heade&amp;r entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="414"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="423"/>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="445"/>
        <location filename="../ui/settings/connectionform.ui" line="474"/>
        <location filename="../ui/settings/connectionform.ui" line="532"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="452"/>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="481"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="507"/>
        <source>&amp;Time limit:</source>
        <translation>Ma&amp;ximale Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="523"/>
        <source>Stops a request that takes longer than this in all, even while the server keeps sending. Off by default for chats: long answers take time.</source>
        <translation>Stoppt eine Anfrage, die insgesamt länger dauert, auch wenn der Server noch sendet. Für Chats standardmäßig aus: Lange Antworten brauchen Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="542"/>
        <source>&amp;Largest answer:</source>
        <translation>Maximale Antwortgr&amp;öße:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="558"/>
        <source>An answer larger than this is cut off with an error, so a server that never stops sending cannot use up the memory.</source>
        <translation>Eine größere Antwort wird mit einem Fehler abgeschnitten, damit ein Server, der nie aufhört zu senden, nicht den ganzen Arbeitsspeicher aufbrauchen kann.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="567"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="574"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="592"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="597"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="602"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="610"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="644"/>
        <source>C&amp;A certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="661"/>
        <source>System certificates only</source>
        <translation>Nur Systemzertifikate</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.ui" line="668"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="92"/>
        <source>This header carries a credential, so its value is always kept in the keychain.</source>
        <translation>Dieser Header trägt Anmeldedaten, daher wird sein Wert immer im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="94"/>
        <source>Keep this header&apos;s value in the keychain and mask it wherever it could show.</source>
        <translation>Den Wert dieses Headers im Schlüsselbund aufbewahren und überall maskieren, wo er erscheinen könnte.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="109"/>
        <source>Token (personal access token)</source>
        <translation>Token (persönliches Zugriffstoken)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="110"/>
        <source>Databricks CLI</source>
        <translation>Databricks CLI</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="111"/>
        <source>Service principal (OAuth M2M)</source>
        <translation>Dienstprinzipal (OAuth M2M)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="112"/>
        <source>Browser sign-in (OAuth U2M)</source>
        <translation>Anmeldung im Browser (OAuth U2M)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="113"/>
        <source>How Parlance gets a token for this workspace.</source>
        <translation>Wie Parlance das Token für diesen Arbeitsbereich erhält.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="114"/>
        <source>Sign-in &amp;method:</source>
        <translation>An&amp;meldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="118"/>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="120"/>
        <source>The profile in ~/.databrickscfg that holds the sign-in&apos;s settings, such as a service principal&apos;s client ID (and secret, though the Client secret field keeps it in the keychain instead). What the profile sets wins.</source>
        <translation>Das Profil in ~/.databrickscfg mit den Einstellungen der Anmeldung, etwa der Client-ID eines Dienstprinzipals (und seinem Secret, das das Feld „Client-Secret“ stattdessen im Schlüsselbund aufbewahrt). Was das Profil festlegt, hat Vorrang.</translation>
    </message>
    <message>
        <source>The profile in ~/.databrickscfg that holds the sign-in&apos;s settings, such as a service principal&apos;s client ID. Its client secret is never stored by Parlance.</source>
        <translation type="vanished">Das Profil in ~/.databrickscfg mit den Einstellungen der Anmeldung, etwa der Client-ID eines Dienstprinzipals. Dessen Client-Geheimnis speichert Parlance nie.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="123"/>
        <source>CLI pro&amp;file:</source>
        <translation>CLI-Pro&amp;fil:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="128"/>
        <source>Unchanged (type to replace)</source>
        <translation>Unverändert (zum Ersetzen eingeben)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="130"/>
        <source>The service principal&apos;s OAuth secret. Kept in the system keychain only, never in the settings file.</source>
        <translation>Das OAuth-Secret des Dienstprinzipals. Nur im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="132"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="392"/>
        <source>Reading from the keychain…</source>
        <translation>Wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="394"/>
        <source>Not sent without authentication</source>
        <translation>Ohne Authentifizierung nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="396"/>
        <source>Paste a token; it is kept in the keychain</source>
        <translation>Token einfügen; es wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="439"/>
        <source>Choose CA Certificates</source>
        <translation>CA-Zertifikate auswählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionform.cpp" line="441"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="25"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="28"/>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="28"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionlistmodel.cpp" line="31"/>
        <source>Needs fixing before it can be saved.</source>
        <translation>Muss vor dem Speichern korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionSaver</name>
    <message>
        <source>Nothing was saved: the token of &quot;%1&quot; could not be read to move it to &quot;%2&quot;. %3</source>
        <translation type="vanished">Nichts wurde gespeichert: Das Token von „%1“ konnte nicht gelesen werden, um es nach „%2“ zu übertragen. %3</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="123"/>
        <source>Nothing was saved: the client secret of &quot;%1&quot; could not be read to move it to &quot;%2&quot;. %3</source>
        <translation>Nichts wurde gespeichert: Das Client-Secret von „%1“ konnte nicht gelesen werden, um es nach „%2“ zu übernehmen. %3</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="148"/>
        <source>Nothing was saved: the secrets of &quot;%1&quot; could not be read to move them to &quot;%2&quot;. %3</source>
        <translation>Nichts wurde gespeichert: Die Geheimnisse von „%1“ konnten nicht gelesen werden, um sie nach „%2“ zu übertragen. %3</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="205"/>
        <source>The connections were saved, but a token was not: %1</source>
        <translation>Die Verbindungen wurden gespeichert, ein Token jedoch nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="207"/>
        <source>The connections were saved, but a client secret was not: %1</source>
        <translation>Die Verbindungen wurden gespeichert, ein Client-Secret aber nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionsaver.cpp" line="210"/>
        <source>The connections were saved, but a secret header value was not: %1</source>
        <translation>Die Verbindungen wurden gespeichert, der Wert eines geheimen Headers aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="37"/>
        <source>The server refused the credentials (HTTP %1).%2</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (HTTP %1).%2</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="40"/>
        <source>Check the token and the authentication mode; a token may also have expired or lack permission.</source>
        <translation>Prüfen Sie das Token und die Authentifizierungsart; ein Token kann auch abgelaufen sein oder nicht die nötige Berechtigung haben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="44"/>
        <source>Nothing answers at %1 (HTTP 404).</source>
        <translation>Unter %1 antwortet nichts (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="45"/>
        <source>Check the workspace URL.</source>
        <translation>Prüfen Sie die Arbeitsbereichs-URL.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="46"/>
        <source>Check the base URL: most servers expect it to end in /v1.</source>
        <translation>Prüfen Sie die Basis-URL: Die meisten Server erwarten, dass sie auf /v1 endet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="49"/>
        <source>The server answered with HTTP %1.%2</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.%2</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="52"/>
        <source>Try again in a moment; if it persists, the details below show what the server sent.</source>
        <translation>Versuchen Sie es gleich noch einmal; falls das Problem bleibt, zeigen die Details unten, was der Server gesendet hat.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="55"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="56"/>
        <source>Check the address and port, your network, and the proxy and certificate settings.</source>
        <translation>Prüfen Sie Adresse und Port, Ihr Netzwerk sowie die Proxy- und Zertifikatseinstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="60"/>
        <source>Check that the address is right and the server is running, or raise the timeouts.</source>
        <translation>Prüfen Sie, ob die Adresse stimmt und der Server läuft, oder erhöhen Sie die Zeitlimits.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="64"/>
        <source>Check that the URL is a Databricks workspace.</source>
        <translation>Prüfen Sie, ob die URL auf einen Databricks-Arbeitsbereich zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="66"/>
        <source>Check that the base URL points at an OpenAI-compatible API.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="69"/>
        <source>The test was stopped.</source>
        <translation>Der Test wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="79"/>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="177"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="91"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="97"/>
        <source>Test details</source>
        <translation>Testdetails</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="146"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="165"/>
        <source>List the models with the settings above, before saving.</source>
        <translation>Die Modelle mit den obigen Einstellungen auflisten, noch vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="177"/>
        <source>S&amp;top Test</source>
        <translation>&amp;Test anhalten</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="188"/>
        <source>Connected: 1 model</source>
        <translation>Verbunden: 1 Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="189"/>
        <source>Connected: %1 models</source>
        <translation>Verbunden: %1 Modelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="211"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="213"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectiontestpanel.cpp" line="215"/>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConnectionValidator</name>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="31"/>
        <source>Enter the workspace URL.</source>
        <translation>Geben Sie die Arbeitsbereichs-URL ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="32"/>
        <source>Enter the server&apos;s base URL; it usually ends in /v1.</source>
        <translation>Geben Sie die Basis-URL des Servers ein; sie endet meist auf /v1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="39"/>
        <source>This is not a valid URL: write it as https://host[:port][/path].</source>
        <translation>Das ist keine gültige URL: Schreiben Sie sie als https://host[:port][/pfad].</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="43"/>
        <source>Start the URL with https:// (or http:// for a server on this computer).</source>
        <translation>Beginnen Sie die URL mit https:// (oder http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="47"/>
        <source>Remove the password from the URL and put it in the Token field, which is kept in the keychain.</source>
        <translation>Entfernen Sie das Passwort aus der URL und tragen Sie es in das Feld „Token“ ein, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="53"/>
        <source>Plain http: the token would cross the network unencrypted. Use https:// unless you trust every network in between.</source>
        <translation>Reines http: Das Token würde unverschlüsselt über das Netzwerk gehen. Verwenden Sie https://, es sei denn, Sie vertrauen jedem Netzwerk dazwischen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="58"/>
        <source>The workspace URL usually has no path: the gateway path below is added to it.</source>
        <translation>Die Arbeitsbereichs-URL hat normalerweise keinen Pfad: Der Gateway-Pfad unten wird an sie angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="69"/>
        <source>Enter a gateway path, such as %1.</source>
        <translation>Geben Sie einen Gateway-Pfad ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="72"/>
        <source>Start the gateway path with /.</source>
        <translation>Beginnen Sie den Gateway-Pfad mit /.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="75"/>
        <source>The gateway path cannot contain spaces, ? or #.</source>
        <translation>Der Gateway-Pfad darf keine Leerzeichen, ? oder # enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="90"/>
        <source>Give every header a name, or remove the row.</source>
        <translation>Geben Sie jedem Header einen Namen, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="93"/>
        <source>%1 carries a credential: remove the header and put the token in the Token field, which sends it.</source>
        <translation>%1 enthält Anmeldedaten: Entfernen Sie den Header und tragen Sie das Token in das Feld „Token“ ein, das es sendet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="98"/>
        <source>The secret header %1 appears twice; keep one, since the keychain holds one value per header.</source>
        <translation>Der geheime Header %1 kommt zweimal vor; behalten Sie einen, denn der Schlüsselbund hält einen Wert pro Header.</translation>
    </message>
    <message>
        <source>%1 carries a credential, and saved connections are stored in plain text: remove the header and put the token in the Token field, which is kept in the keychain.</source>
        <translation type="vanished">%1 enthält Anmeldedaten, und gespeicherte Verbindungen werden im Klartext abgelegt: Entfernen Sie den Header und tragen Sie das Token in das Feld „Token“ ein, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="104"/>
        <source>&quot;%1&quot; is not a valid header: use letters, digits and - in the name, and no line breaks in the value.</source>
        <translation>„%1“ ist kein gültiger Header: Verwenden Sie im Namen Buchstaben, Ziffern und -, und im Wert keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="121"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="124"/>
        <source>A connection name cannot contain a line break.</source>
        <translation>Ein Verbindungsname darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="127"/>
        <source>Another connection is already named &quot;%1&quot;; choose another name.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="141"/>
        <source>%1 Type the token again to replace it, or leave the field empty to keep what the keychain holds.</source>
        <translation>%1 Geben Sie das Token erneut ein, um es zu ersetzen, oder lassen Sie das Feld leer, um den Eintrag im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="147"/>
        <source>No token: requests go out without credentials. Paste a token, or choose None as the authentication.</source>
        <translation>Kein Token: Anfragen werden ohne Anmeldedaten gesendet. Fügen Sie ein Token ein, oder wählen Sie „Keine“ als Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="156"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="160"/>
        <source>Enter only the proxy&apos;s host name or address, without a scheme or path.</source>
        <translation>Geben Sie nur den Hostnamen oder die Adresse des Proxys ein, ohne Schema oder Pfad.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="169"/>
        <source>The CA file %1 does not exist; choose a PEM file.</source>
        <translation>Die CA-Datei %1 existiert nicht; wählen Sie eine PEM-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/settings/connectionvalidator.cpp" line="173"/>
        <source>The CA file %1 cannot be read; check its permissions.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden; prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConversationFileActions</name>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="48"/>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="49"/>
        <source>&amp;Import conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="52"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="53"/>
        <source>Save the open conversation as JSON (to import again) or Markdown</source>
        <translation>Die offene Unterhaltung als JSON (zum erneuten Importieren) oder als Markdown speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="57"/>
        <source>Open a Parlance conversation file or OpenAI-style messages as a new conversation</source>
        <translation>Eine Unterhaltungsdatei von Parlance oder Nachrichten im OpenAI-Stil als neue Unterhaltung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="103"/>
        <source>Parlance</source>
        <translation>Parlance</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="140"/>
        <source>Parlance conversation (*.json)</source>
        <translation>Parlance-Unterhaltung (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="141"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="144"/>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="146"/>
        <source>Export Conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="156"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="174"/>
        <source>Import Conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="175"/>
        <source>Conversations (*.json)</source>
        <translation>Unterhaltungen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="175"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/conversationfileactions.cpp" line="181"/>
        <source>Could not import %1.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ConversationView</name>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="38"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="24"/>
        <source>No messages yet.
Type below and press Ctrl+Enter to send.</source>
        <translation>Noch keine Nachrichten.
Schreiben Sie unten und drücken Sie zum Senden Strg+Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="45"/>
        <location filename="../ui/conversation/conversationview.cpp" line="285"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="278"/>
        <source>Copy Selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="282"/>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="47"/>
        <location filename="../ui/conversation/conversationview.cpp" line="313"/>
        <source>Edit &amp;&amp; Resend…</source>
        <translation>Bearbeiten &amp;&amp; erneut senden…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="47"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="50"/>
        <location filename="../ui/conversation/conversationview.cpp" line="320"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="50"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="302"/>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="303"/>
        <source>Copy Code Block %1</source>
        <translation>Codeblock %1 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="307"/>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="325"/>
        <source>Hide Reasoning</source>
        <translation>Denkprozess ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="325"/>
        <source>Show Reasoning</source>
        <translation>Denkprozess einblenden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="332"/>
        <source>Show in Inspector</source>
        <translation>Im Inspektor anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="335"/>
        <source>Get Code…</source>
        <translation>Code erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="54"/>
        <location filename="../ui/conversation/conversationview.cpp" line="338"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/conversationview.cpp" line="318"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::DatabricksImportDialog</name>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="17"/>
        <source>Import Databricks Profiles</source>
        <translation>Databricks-Profile importieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="32"/>
        <source>no host: cannot be imported</source>
        <translation>kein Host: kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="34"/>
        <source>no token: add one after importing</source>
        <translation>kein Token: nach dem Import eines hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="37"/>
        <source>name taken: imported under a new name</source>
        <translation>Name vergeben: wird unter einem neuen Namen importiert</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="58"/>
        <source>%1 holds no profiles. The Databricks CLI writes them with &quot;databricks configure&quot;; DATABRICKS_CONFIG_FILE points elsewhere.</source>
        <translation>%1 enthält keine Profile. Die Databricks-CLI schreibt sie mit „databricks configure“; mit DATABRICKS_CONFIG_FILE lässt sich eine andere Datei angeben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="62"/>
        <source>Profiles in %1. Each host becomes a saved connection; tokens go to the keychain, never into Parlance&apos;s settings file.</source>
        <translation>Profile in %1. Jeder Host wird zu einer gespeicherten Verbindung; Tokens kommen in den Schlüsselbund, nie in die Einstellungsdatei von Parlance.</translation>
    </message>
    <message>
        <location filename="../ui/settings/databricksimportdialog.cpp" line="66"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::DeltaSummary</name>
    <message>
        <location filename="../ui/inspector/deltasummary.cpp" line="86"/>
        <source>error %1%2</source>
        <translation>Fehler %1%2</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::DiffView</name>
    <message>
        <location filename="../ui/compare/diffview.cpp" line="30"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/compare/diffview.cpp" line="70"/>
        <source>Same words as %1</source>
        <translation>Dieselben Wörter wie %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/diffview.cpp" line="71"/>
        <source>%1 words added, %2 removed against %3</source>
        <translation>%1 Wörter hinzugefügt, %2 entfernt gegenüber %3</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ErrorDescription</name>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="18"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="21"/>
        <source>The gateway rejected the request (%1).</source>
        <translation>Das Gateway hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="22"/>
        <source>Check the model name and the generation parameters; the server&apos;s message says which part it did not accept.</source>
        <translation>Prüfen Sie den Modellnamen und die Generierungsparameter; die Meldung des Servers sagt, welchen Teil er nicht akzeptiert hat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="26"/>
        <source>The gateway did not accept the credentials (%1).</source>
        <translation>Das Gateway hat die Anmeldedaten nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="27"/>
        <source>Check the access token in the connection settings: it may be missing, mistyped or expired.</source>
        <translation>Prüfen Sie das Zugriffstoken in den Verbindungseinstellungen: Es fehlt vielleicht, ist falsch eingegeben oder abgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="31"/>
        <source>The token is not allowed to use this model (%1).</source>
        <translation>Das Token darf dieses Modell nicht verwenden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="32"/>
        <source>Ask for the permission to query this endpoint, or use a token that has it.</source>
        <translation>Beantragen Sie die Berechtigung, diesen Endpunkt abzufragen, oder verwenden Sie ein Token, das sie hat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="36"/>
        <source>The model or the API route was not found (%1).</source>
        <translation>Das Modell oder die API-Route wurde nicht gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="37"/>
        <source>Check the model name and the connection&apos;s base URL or gateway path.</source>
        <translation>Prüfen Sie den Modellnamen und die Basis-URL bzw. den Gateway-Pfad der Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="41"/>
        <source>The gateway gave up waiting for the model (%1).</source>
        <translation>Das Gateway hat das Warten auf das Modell aufgegeben (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="42"/>
        <source>Retry; for long answers, lower the maximum tokens.</source>
        <translation>Versuchen Sie es erneut; senken Sie bei langen Antworten die maximalen Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="45"/>
        <source>The request is too large for the gateway (%1).</source>
        <translation>Die Anfrage ist zu groß für das Gateway (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="46"/>
        <source>Shorten the conversation or delete earlier turns, then retry.</source>
        <translation>Kürzen Sie die Unterhaltung oder löschen Sie frühere Beiträge und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="49"/>
        <source>Wait a moment, then retry.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="51"/>
        <source>Wait %1 s, as the gateway asked, then retry.</source>
        <translation>Warten Sie, wie vom Gateway verlangt, %1 s und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="53"/>
        <source>The gateway is rate-limiting requests (%1).</source>
        <translation>Das Gateway begrenzt die Anfragerate (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="59"/>
        <source>The gateway or the model server failed (%1).</source>
        <translation>Beim Gateway oder Modellserver ist ein Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="60"/>
        <source>Retry in a moment; if it keeps failing, the serving endpoint may be down or still starting.</source>
        <translation>Versuchen Sie es gleich noch einmal; wenn es weiter fehlschlägt, ist der Serving-Endpunkt vielleicht ausgefallen oder startet noch.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="63"/>
        <source>The gateway answered with an error (%1).</source>
        <translation>Das Gateway hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="64"/>
        <source>Read the server&apos;s message; the inspector has the full answer.</source>
        <translation>Lesen Sie die Meldung des Servers; der Inspektor zeigt die vollständige Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="78"/>
        <source>The model reported an error while answering.</source>
        <translation>Das Modell hat beim Antworten einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="79"/>
        <source>Retry; what arrived before the error is kept above.</source>
        <translation>Versuchen Sie es erneut; was vor dem Fehler angekommen ist, bleibt oben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="83"/>
        <source>The gateway&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Gateways konnte nicht interpretiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="84"/>
        <source>The stream may have been cut off, or the server does not speak this API. Retry, or open the inspector to see the raw bytes.</source>
        <translation>Der Stream wurde vielleicht abgeschnitten, oder der Server spricht diese API nicht. Versuchen Sie es erneut, oder öffnen Sie den Inspektor, um die Rohdaten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="89"/>
        <source>Cannot reach the gateway host.</source>
        <translation>Der Gateway-Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="90"/>
        <source>Check the host name, your network or VPN connection and any proxy, then retry.</source>
        <translation>Prüfen Sie den Hostnamen, Ihre Netzwerk- oder VPN-Verbindung und einen etwaigen Proxy und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="95"/>
        <source>The gateway did not answer in time.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="96"/>
        <source>Retry, or raise the timeout in the connection settings.</source>
        <translation>Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="100"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/errordescription.cpp" line="100"/>
        <source>Regenerate to ask again.</source>
        <translation>Wählen Sie „Neu generieren“, um erneut zu fragen.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExchangeListProxy</name>
    <message>
        <location filename="../ui/inspector/exchangelistproxy.cpp" line="58"/>
        <source>(stream)</source>
        <translation>(Stream)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExchangeTableModel</name>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="138"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="vanished">…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="65"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="130"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="132"/>
        <source>receiving</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="134"/>
        <source>streaming</source>
        <translation>streamt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="136"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="144"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="161"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="163"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="165"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="167"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangetablemodel.cpp" line="171"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExchangeView</name>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="20"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="21"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="22"/>
        <location filename="../ui/inspector/exchangeview.cpp" line="81"/>
        <location filename="../ui/inspector/exchangeview.cpp" line="93"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="29"/>
        <location filename="../ui/inspector/exchangeview.cpp" line="30"/>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="48"/>
        <source>&lt;b&gt;Waiting for the answer…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warten auf die Antwort…&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="50"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before an answer came</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;, bevor eine Antwort kam</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="51"/>
        <source>&lt;b&gt;No HTTP answer&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine HTTP-Antwort&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="59"/>
        <source>&lt;b&gt;HTTP &lt;span style=&quot;color:#c0392b&quot;&gt;%1&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;HTTP &lt;span style=&quot;color:#c0392b&quot;&gt;%1&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="60"/>
        <source>&lt;b&gt;HTTP %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;HTTP %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="62"/>
        <source>the body is still arriving</source>
        <translation>der Body wird noch empfangen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="74"/>
        <source>No body (%1 request)</source>
        <translation>Kein Body (%1-Anfrage)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="77"/>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="77"/>
        <source>Empty body</source>
        <translation>Leerer Body</translation>
    </message>
    <message>
        <location filename="../ui/inspector/exchangeview.cpp" line="82"/>
        <source>Stream (%1)</source>
        <translation>Stream (%1)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ExtraParamsEditor</name>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="20"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="22"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="24"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="26"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="28"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="30"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="67"/>
        <source>Extra parameters (JSON)</source>
        <translation>Zusätzliche Parameter (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="147"/>
        <source>Must be a JSON object ({…}), not %1.</source>
        <translation>Muss ein JSON-Objekt ({…}) sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="177"/>
        <source>Not used until fixed: line %1, column %2 (offset %3): %4</source>
        <translation>Wird erst nach Korrektur verwendet: Zeile %1, Spalte %2 (Position %3): %4</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="196"/>
        <source>Optional: a JSON object merged into the request body last, so its keys override the fields above.</source>
        <translation>Optional: ein JSON-Objekt, das zuletzt in den Anfrage-Body übernommen wird, sodass seine Schlüssel die Felder oben überschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/controls/extraparamseditor.cpp" line="201"/>
        <source>Valid. Merged into the request body: %1</source>
        <translation>Gültig. In den Anfrage-Body übernommen: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::GetCodeDialog</name>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="36"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="37"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="39"/>
        <source>Get code</source>
        <translation>Code erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="43"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="53"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="65"/>
        <source>The token is never written out: the code reads it from the environment variable its client expects.</source>
        <translation>Das Token wird nie ausgeschrieben: Der Code liest es aus der Umgebungsvariablen, die sein Client erwartet.</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="170"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="181"/>
        <source>Save code</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="186"/>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/controls/getcodedialog.cpp" line="187"/>
        <source>Choose another folder or file name, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HarCredentials</name>
    <message>
        <location filename="../ui/inspector/harcredentials.cpp" line="37"/>
        <source>No saved connection serves %1, so its credentials stay masked.</source>
        <translation>Keine gespeicherte Verbindung gehört zu %1, daher bleiben deren Zugangsdaten maskiert.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HarExportDialog</name>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="21"/>
        <source>&amp;Selected requests (%1)</source>
        <translation>&amp;Ausgewählte Anfragen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="24"/>
        <source>&amp;All requests in the list (%1)</source>
        <translation>A&amp;lle Anfragen der Liste (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="25"/>
        <source>&amp;All requests listed for %1 (%2)</source>
        <translation>A&amp;lle für %1 aufgelisteten Anfragen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="26"/>
        <source>Include &amp;credentials (token and secret header values)</source>
        <translation>&amp;Zugangsdaten einschließen (Token und Werte geheimer Header)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="27"/>
        <source>The file will hold your token and secret header values in plain text: whoever gets it can use them. Keep it to yourself and delete it when done. Without this, they are masked.</source>
        <translation>Die Datei enthält dann Ihr Token und die Werte geheimer Header im Klartext: Wer sie erhält, kann sie verwenden. Behalten Sie die Datei für sich und löschen Sie sie, wenn Sie sie nicht mehr brauchen. Ohne diese Option werden sie maskiert.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="32"/>
        <location filename="../ui/inspector/harexportdialog.cpp" line="102"/>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="44"/>
        <source>Puts the real Authorization and secret header values, read from the keychain, in place of the masks</source>
        <translation>Setzt anstelle der Masken die echten Werte von Authorization und geheimen Headern ein, gelesen aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="47"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="48"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="52"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="56"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/harexportdialog.cpp" line="103"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP-Archiv (*.har);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HeadersView</name>
    <message>
        <location filename="../ui/inspector/headersview.cpp" line="9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/inspector/headersview.cpp" line="9"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/headersview.cpp" line="12"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HistoryItemDelegate</name>
    <message>
        <location filename="../ui/history/historyitemdelegate.cpp" line="155"/>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/history/historyitemdelegate.cpp" line="156"/>
        <source>Empty: named after the first message</source>
        <translation>Leer: nach der ersten Nachricht benannt</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HistoryListModel</name>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="71"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="73"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="80"/>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="95"/>
        <source>%n prompt(s) × %1</source>
        <translation>
            <numerusform>%n Prompt × %1</numerusform>
            <numerusform>%n Prompts × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="96"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="98"/>
        <source>all %L1 answered</source>
        <translation>alle %L1 beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="99"/>
        <source>%L1 of %L2 answered</source>
        <translation>%L1 von %L2 beantwortet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="101"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="108"/>
        <source>The title matches: %1</source>
        <translation>Der Titel passt: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="110"/>
        <source>Found in prompt %1 of %2: %3</source>
        <translation>Gefunden in Prompt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="116"/>
        <source>Found in column %1, message %2: %3</source>
        <translation>Gefunden in Spalte %1, Nachricht %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="121"/>
        <source>Found in message %1 of %2: %3</source>
        <translation>Gefunden in Nachricht %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="138"/>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="141"/>
        <source>⚖ %1</source>
        <translation>⚖ %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="141"/>
        <source>▦ %1</source>
        <translation>▦ %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="149"/>
        <location filename="../ui/history/historylistmodel.cpp" line="176"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="150"/>
        <source>Comparison of %1</source>
        <translation>Vergleich von %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="151"/>
        <source>Batch run of %1</source>
        <translation>Batch-Lauf mit %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="152"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="160"/>
        <source>%1
Batch run: %2
%3</source>
        <translation>%1
Batch-Lauf: %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="165"/>
        <source>%1
Comparison: %2 · %3 prompts · %4</source>
        <translation>%1
Vergleich: %2 · %3 Prompts · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historylistmodel.cpp" line="170"/>
        <source>%1
%2 · %n message(s) · %3</source>
        <translation>
            <numerusform>%1
%2 · %n Nachricht · %3</numerusform>
            <numerusform>%1
%2 · %n Nachrichten · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historylistmodel.cpp" line="172"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::HistoryPanel</name>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="28"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="35"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="36"/>
        <location filename="../ui/history/historypanel.cpp" line="255"/>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="37"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="38"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="46"/>
        <source>Search titles and messages</source>
        <translation>Titel und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="49"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="51"/>
        <source>Finds the conversations whose title or messages hold every word typed. Press Down to go to the results.</source>
        <translation>Findet die Unterhaltungen, deren Titel oder Nachrichten jedes eingegebene Wort enthalten. Mit der Pfeiltaste nach unten gelangen Sie zu den Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="57"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="59"/>
        <source>Enter opens, F2 renames, Ctrl+P pins or unpins, Delete deletes, Ctrl+Z undoes the deletion.</source>
        <translation>Eingabe öffnet, F2 benennt um, Strg+P heftet an oder wieder ab, Entf löscht, Strg+Z macht das Löschen rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="74"/>
        <source>Start a new conversation (%1)</source>
        <translation>Neue Unterhaltung beginnen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="86"/>
        <source>Deleted conversation</source>
        <translation>Gelöschte Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="89"/>
        <source>Undo the deletion</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="90"/>
        <source>Bring the conversation back (Ctrl+Z in the list)</source>
        <translation>Die Unterhaltung zurückholen (Strg+Z in der Liste)</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="229"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="229"/>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="254"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="34"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="vanished">Löschen…</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="vanished">Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the history? This cannot be undone.</source>
        <translation type="vanished">„%1“ aus dem Verlauf löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="343"/>
        <source>No saved conversations yet. Each chat is kept here as you go.</source>
        <translation>Noch keine gespeicherten Unterhaltungen. Jeder Chat wird hier fortlaufend aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="344"/>
        <source>Searching messages…</source>
        <translation>Nachrichten werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="345"/>
        <source>No conversation matches &quot;%1&quot;.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::InspectorHar</name>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="49"/>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="50"/>
        <source>Open &amp;HAR…</source>
        <translation>&amp;HAR öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="53"/>
        <source>Save the selected requests, or all listed, as an HTTP Archive (HAR) file for browsers&apos; developer tools and other HTTP tools</source>
        <translation>Die ausgewählten oder alle aufgelisteten Anfragen als HTTP-Archiv (HAR) speichern, für die Entwicklerwerkzeuge von Browsern und andere HTTP-Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="55"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="58"/>
        <source>Show the requests of a HAR file, from a browser or another tool, in the inspector</source>
        <translation>Die Anfragen einer HAR-Datei aus einem Browser oder einem anderen Werkzeug im Inspektor anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="98"/>
        <source>No credentials are at hand; they stay masked.</source>
        <translation>Es liegen keine Zugangsdaten vor; sie bleiben maskiert.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="140"/>
        <source>Requests still under way were left out: %1.</source>
        <translation>Ausgelassene, noch laufende Anfragen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="142"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="143"/>
        <source>None of these requests has finished yet; export them when they have.</source>
        <translation>Keine dieser Anfragen ist bereits abgeschlossen; exportieren Sie sie, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="158"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="167"/>
        <source>Open HAR</source>
        <translation>HAR öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="168"/>
        <source>HTTP Archive (*.har *.json);;All files (*)</source>
        <translation>HTTP-Archiv (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="183"/>
        <location filename="../ui/inspector/inspectorhar.cpp" line="187"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="189"/>
        <source>The file holds no requests.</source>
        <translation>Die Datei enthält keine Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="190"/>
        <source>The file holds no request that could be read: %1</source>
        <translation>Die Datei enthält keine lesbare Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorhar.cpp" line="195"/>
        <source>HAR: %1</source>
        <translation>HAR: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="45"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="46"/>
        <source>Edit and Resend…</source>
        <translation>Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="47"/>
        <source>Get Code…</source>
        <translation>Code erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="57"/>
        <source>This request as a program for curl, the OpenAI or Databricks clients, SQL and more</source>
        <translation>Diese Anfrage als Programm für curl, die OpenAI- oder Databricks-Clients, SQL und mehr</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="60"/>
        <source>Copy a curl command for this request; the token is an environment variable</source>
        <translation>Einen curl-Befehl für diese Anfrage kopieren; das Token steht darin als Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="61"/>
        <source>Edit the raw request and send it again</source>
        <translation>Die Rohanfrage bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="71"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="107"/>
        <source>Requests appear here as they are sent. Select one to see its request, response, stream events and timings.</source>
        <translation>Anfragen erscheinen hier, sobald sie gesendet werden. Wählen Sie eine aus, um Anfrage, Antwort, Stream-Ereignisse und Zeitablauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="41"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="117"/>
        <source>Show all requests</source>
        <translation>Alle Anfragen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="118"/>
        <source>List the requests of every source again</source>
        <translation>Die Anfragen aller Quellen wieder auflisten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="207"/>
        <source>Opened %1 requests from %2. They are imported: Edit and Resend sends one again over the current connection.</source>
        <translation>%1 Anfragen aus %2 geöffnet. Sie sind importiert: „Bearbeiten und erneut senden“ sendet eine davon erneut über die aktuelle Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="215"/>
        <source>Exported %1 requests to %2.</source>
        <translation>%1 Anfragen nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspectorwidget.cpp" line="304"/>
        <source>Showing only: %1</source>
        <translation>Angezeigt wird nur: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::JsonTreeModel</name>
    <message>
        <location filename="../ui/inspector/jsontreemodel.cpp" line="205"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/inspector/jsontreemodel.cpp" line="205"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::LeaderboardDialog</name>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="23"/>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="28"/>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="65"/>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="34"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="36"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="45"/>
        <source>Votes from</source>
        <translation>Stimmen ab</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="46"/>
        <source>Votes until</source>
        <translation>Stimmen bis</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="120"/>
        <source>No votes yet. Vote in a comparison (blind mode keeps it fair) and the models are ranked here.</source>
        <translation>Noch keine Stimmen. Stimmen Sie in einem Vergleich ab (der Blindmodus hält es fair), und die Modelle werden hier gereiht.</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboarddialog.cpp" line="122"/>
        <source>%1 votes, %2 models. Elo starts at 1000; a win against a higher-rated model counts for more.</source>
        <translation>%1 Stimmen, %2 Modelle. Elo beginnt bei 1000; ein Sieg gegen ein höher bewertetes Modell zählt mehr.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::LeaderboardModel</name>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="65"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="67"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="69"/>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="71"/>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="73"/>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="75"/>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <location filename="../ui/compare/leaderboardmodel.cpp" line="77"/>
        <source>Games</source>
        <translation>Spiele</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="73"/>
        <source>Parlance</source>
        <translation>Parlance</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="136"/>
        <source>The extra parameters are not valid JSON (%1); fix them to send.</source>
        <translation>Die zusätzlichen Parameter sind kein gültiges JSON (%1); korrigieren Sie sie, um zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="142"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="156"/>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="167"/>
        <source>Earlier comparison</source>
        <translation>Früherer Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="220"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="228"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="234"/>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="236"/>
        <source>Answers come from the demo gateway on this computer, not from a real model.</source>
        <translation>Die Antworten kommen vom Demo-Gateway auf diesem Computer, nicht von einem echten Modell.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="245"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="251"/>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="257"/>
        <source>&amp;Compare models</source>
        <translation>Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="258"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="261"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="263"/>
        <source>Compare models side by side (%1)</source>
        <translation>Modelle nebeneinander vergleichen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="280"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="285"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="290"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="298"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="299"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="301"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="302"/>
        <source>Try the &amp;demo gateway</source>
        <translation>&amp;Demo-Gateway ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="303"/>
        <source>Model &amp;prices…</source>
        <translation>Modell&amp;preise…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="313"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="316"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="317"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="322"/>
        <source>&amp;Refresh models</source>
        <translation>Modelle &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="325"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="327"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="331"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="339"/>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="350"/>
        <source>Comparison &amp;sets</source>
        <translation>Vergleichs&amp;sets</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="358"/>
        <source>&amp;Export comparison</source>
        <translation>Vergleich &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="372"/>
        <source>&amp;About Parlance</source>
        <translation>Ü&amp;ber Parlance</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="373"/>
        <source>About Parlance</source>
        <translation>Über Parlance</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="374"/>
        <source>&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for LLM gateways: chat with models, compare them side by side and inspect the raw API traffic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für LLM-Gateways: mit Modellen chatten, sie nebeneinander vergleichen und den rohen API-Verkehr untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="453"/>
        <source>Opening the batch run “%1”…</source>
        <translation>Der Batch-Lauf „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="607"/>
        <source>There is no request to turn into code yet: send a message first.</source>
        <translation>Es gibt noch keine Anfrage, aus der Code werden kann: Senden Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for LLM gateways: chat with models and inspect the raw API traffic.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für LLM-Gateways: mit Modellen chatten und den rohen API-Verkehr untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for LLM gateways: chat, inspect the raw API traffic, compare models.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Parlance %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für LLM-Gateways: chatten, den rohen API-Verkehr untersuchen, Modelle vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="401"/>
        <source>Listing models of %1…</source>
        <translation>Modelle von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="407"/>
        <source>Could not list models: %1</source>
        <translation>Die Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="517"/>
        <source>%1: %2 models listed</source>
        <translation>%1: %2 Modelle aufgelistet</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="538"/>
        <source>Demo gateway (simulated)</source>
        <translation>Demo-Gateway (simuliert)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="539"/>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsql.cpp" line="22"/>
        <source>&amp;SQL console</source>
        <translation>&amp;SQL-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsql.cpp" line="25"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsql.cpp" line="26"/>
        <source>Run SQL on a Databricks SQL warehouse (%1)</source>
        <translation>SQL auf einem Databricks-SQL-Warehouse ausführen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/window/batchwiring.cpp" line="50"/>
        <source>&amp;Batch run</source>
        <translation>&amp;Batch-Lauf</translation>
    </message>
    <message>
        <location filename="../ui/window/batchwiring.cpp" line="53"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/window/batchwiring.cpp" line="55"/>
        <source>Run a prompt set against several models (%1)</source>
        <translation>Ein Prompt-Set mit mehreren Modellen ausführen (%1)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MessagePanel</name>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="27"/>
        <source>Copy headers</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="29"/>
        <source>Copy the headers as &quot;Name: value&quot; lines (secrets stay masked)</source>
        <translation>Die Header als Zeilen der Form „Name: Wert“ kopieren (Geheimnisse bleiben maskiert)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="65"/>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/messagepanel.cpp" line="73"/>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MetricsStrip</name>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="17"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="45"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="52"/>
        <source>Metrics</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="61"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="63"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="65"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="67"/>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="69"/>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="71"/>
        <source>Reasoning</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="73"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="93"/>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="94"/>
        <source>Best of the columns</source>
        <translation>Bester Wert der Spalten</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="95"/>
        <source>%1: %2, best of the columns</source>
        <translation>%1: %2, bester Wert der Spalten</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="98"/>
        <source>Not known for this answer</source>
        <translation>Für diese Antwort nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/metricsstrip.cpp" line="104"/>
        <source>Finish reason: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelItemDelegate</name>
    <message>
        <location filename="../ui/controls/modelitemdelegate.cpp" line="60"/>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelListModel</name>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="113"/>
        <source>Also answers as: %1</source>
        <translation>Antwortet auch als: %1</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="117"/>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="119"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="121"/>
        <source>Owned by: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="123"/>
        <source>Not in the model list the server sent last.</source>
        <translation>Nicht in der zuletzt vom Server gesendeten Modellliste.</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="172"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="174"/>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="176"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="178"/>
        <source>Other endpoints (not for chat)</source>
        <translation>Weitere Endpunkte (nicht für Chat)</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="186"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/controls/modellistmodel.cpp" line="188"/>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelPicker</name>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="48"/>
        <source>Model or endpoint name</source>
        <translation>Modell- oder Endpunktname</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="49"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="69"/>
        <source>Show the models (F4)</source>
        <translation>Modelle anzeigen (F4)</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="76"/>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="77"/>
        <location filename="../ui/controls/modelpicker.cpp" line="137"/>
        <source>Reload the model list from the server</source>
        <translation>Die Modellliste neu vom Server laden</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="127"/>
        <location filename="../ui/controls/modelpicker.cpp" line="385"/>
        <source>Could not load the model list: %1</source>
        <translation>Die Modellliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="136"/>
        <location filename="../ui/controls/modelpicker.cpp" line="383"/>
        <source>Loading the model list…</source>
        <translation>Modellliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="389"/>
        <source>No listed model matches “%1”.</source>
        <translation>Kein aufgelistetes Modell passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="391"/>
        <source>No model list yet: refresh to ask the server, or type a name.</source>
        <translation>Noch keine Modellliste: Aktualisieren Sie, um den Server zu fragen, oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpicker.cpp" line="394"/>
        <source>The server lists no models.</source>
        <translation>Der Server listet keine Modelle auf.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelPickerPopup</name>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="58"/>
        <source>Send requests to this name even though the server&apos;s list does not show it (Shift+Enter)</source>
        <translation>Anfragen an diesen Namen senden, obwohl die Liste des Servers ihn nicht enthält (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="64"/>
        <source>Also list embeddings and other endpoints that cannot chat</source>
        <translation>Auch Embeddings und andere Endpunkte auflisten, die nicht chatten können</translation>
    </message>
    <message>
        <location filename="../ui/controls/modelpickerpopup.cpp" line="104"/>
        <source>Use “%1” as the model name</source>
        <translation>„%1“ als Modellnamen verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/controls/modelpickerpopup.cpp" line="110"/>
        <source>Show all endpoints (%n not for chat)</source>
        <translation>
            <numerusform>Alle Endpunkte anzeigen (%n nicht für Chat)</numerusform>
            <numerusform>Alle Endpunkte anzeigen (%n nicht für Chat)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ModelRouteWarning</name>
    <message>
        <location filename="../ui/window/modelroutewarning.cpp" line="36"/>
        <source>%1 is a Unity Catalog model service. REST invocations address a serving endpoint by its name: choose Chat Completions or Responses, or an endpoint name.</source>
        <translation>%1 ist ein Modelldienst aus Unity Catalog. REST-Aufrufe sprechen einen Serving-Endpunkt über seinen Namen an: Wählen Sie Chat Completions oder Responses oder einen Endpunktnamen.</translation>
    </message>
    <message>
        <location filename="../ui/window/modelroutewarning.cpp" line="41"/>
        <source>%1 is a Unity Catalog model service. REST invocations address a serving endpoint by its name: choose Chat Completions or Responses, or the endpoint %2.</source>
        <translation>%1 ist ein Modelldienst aus Unity Catalog. REST-Aufrufe sprechen einen Serving-Endpunkt über seinen Namen an: Wählen Sie Chat Completions oder Responses oder den Endpunkt %2.</translation>
    </message>
    <message>
        <location filename="../ui/window/modelroutewarning.cpp" line="48"/>
        <source>%1 is a Unity Catalog model service, and this connection&apos;s route (%2) takes serving endpoint names. Set the connection&apos;s gateway path to /ai-gateway/mlflow/v1, or choose an endpoint name.</source>
        <translation>%1 ist ein Modelldienst aus Unity Catalog, und der Pfad dieser Verbindung (%2) nimmt Namen von Serving-Endpunkten an. Setzen Sie den Gateway-Pfad der Verbindung auf /ai-gateway/mlflow/v1 oder wählen Sie einen Endpunktnamen.</translation>
    </message>
    <message>
        <location filename="../ui/window/modelroutewarning.cpp" line="52"/>
        <source>%1 is a Unity Catalog model service, and this connection&apos;s route (%2) takes serving endpoint names. Choose the endpoint %3, or set the connection&apos;s gateway path to /ai-gateway/mlflow/v1.</source>
        <translation>%1 ist ein Modelldienst aus Unity Catalog, und der Pfad dieser Verbindung (%2) nimmt Namen von Serving-Endpunkten an. Wählen Sie den Endpunkt %3 oder setzen Sie den Gateway-Pfad der Verbindung auf /ai-gateway/mlflow/v1.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ParametersPanel</name>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="51"/>
        <location filename="../ui/controls/parameterspanel.cpp" line="108"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="53"/>
        <location filename="../ui/controls/parameterspanel.cpp" line="115"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="55"/>
        <location filename="../ui/controls/parameterspanel.cpp" line="119"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="58"/>
        <source>Stream the reply</source>
        <translation>Antwort streamen</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="60"/>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="98"/>
        <source>You are a helpful assistant.</source>
        <translation>Du bist ein hilfreicher Assistent.</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="101"/>
        <source>&amp;System prompt</source>
        <translation>&amp;System-Prompt</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="104"/>
        <source>Unticked, nothing is sent and the server&apos;s default applies.</source>
        <translation>Ohne Häkchen wird nichts gesendet, und es gilt die Vorgabe des Servers.</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="122"/>
        <source>Show the reply as it is written (server-sent events)</source>
        <translation>Die Antwort anzeigen, während sie geschrieben wird (Server-Sent Events)</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="126"/>
        <source>E&amp;xtra parameters (JSON)</source>
        <translation>&amp;Zusätzliche Parameter (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="130"/>
        <source>Clear the system prompt, stops and extra parameters, and unset every value</source>
        <translation>System-Prompt, Stoppsequenzen und zusätzliche Parameter leeren und alle Werte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="133"/>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="162"/>
        <source>Generation parameters</source>
        <translation>Generierungsparameter</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="189"/>
        <source>Server default</source>
        <translation>Servervorgabe</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="309"/>
        <source>Choose a model to keep these settings with it.</source>
        <translation>Wählen Sie ein Modell, um diese Einstellungen dafür zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/controls/parameterspanel.cpp" line="311"/>
        <source>Saved for %1</source>
        <translation>Gespeichert für %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::PriceTableDialog</name>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="24"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="25"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="28"/>
        <source>Model Prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="31"/>
        <source>Prices in US dollars per million tokens, to show what each answer cost. Parlance ships no prices, as they change: models without one show no cost.</source>
        <translation>Preise in US-Dollar je Million Token, um zu zeigen, was jede Antwort gekostet hat. Parlance liefert keine Preise mit, da sie sich ändern: Bei Modellen ohne Preis werden keine Kosten angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="37"/>
        <source>Prices per model</source>
        <translation>Preise je Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="52"/>
        <source>Remove Price</source>
        <translation>Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="59"/>
        <source>Add a price</source>
        <translation>Einen Preis hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="62"/>
        <source>Remove the selected price</source>
        <translation>Den ausgewählten Preis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetabledialog.cpp" line="114"/>
        <source>Row %1 has no model name: type one, or remove the row.</source>
        <translation>Zeile %1 hat keinen Modellnamen: Geben Sie einen ein oder entfernen Sie die Zeile.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::PriceTableModel</name>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="47"/>
        <source>Type the model name exactly as the gateway lists it.</source>
        <translation>Geben Sie den Modellnamen genau so ein, wie das Gateway ihn auflistet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="64"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="66"/>
        <source>Input $ / 1M tokens</source>
        <translation>Eingabe $ / 1 Mio. Token</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="68"/>
        <source>Output $ / 1M tokens</source>
        <translation>Ausgabe $ / 1 Mio. Token</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="97"/>
        <source>A price needs a model name.</source>
        <translation>Ein Preis braucht einen Modellnamen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="102"/>
        <source>&quot;%1&quot; already has a price.</source>
        <translation>„%1“ hat bereits einen Preis.</translation>
    </message>
    <message>
        <location filename="../ui/settings/pricetablemodel.cpp" line="118"/>
        <source>&quot;%1&quot; is not an amount of dollars of zero or more; the price stays %2.</source>
        <translation>„%1“ ist kein Dollarbetrag von null oder mehr; der Preis bleibt %2.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ResendDialog</name>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="38"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="41"/>
        <source>Edit and Resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="50"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="58"/>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="59"/>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="72"/>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="73"/>
        <source>Re-indent the JSON body</source>
        <translation>Den JSON-Body neu einrücken</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="53"/>
        <location filename="../ui/inspector/resenddialog.cpp" line="81"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="47"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="48"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="64"/>
        <location filename="../ui/inspector/resenddialog.cpp" line="91"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="150"/>
        <source>(from connection)</source>
        <translation>(aus der Verbindung)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="157"/>
        <source>Added from the connection when the request is sent</source>
        <translation>Wird beim Senden der Anfrage aus der Verbindung ergänzt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="222"/>
        <source>Enter an http:// or https:// URL.</source>
        <translation>Geben Sie eine http://- oder https://-URL ein.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="224"/>
        <source>Enter a method, such as POST.</source>
        <translation>Geben Sie eine Methode ein, zum Beispiel POST.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="227"/>
        <source>No body.</source>
        <translation>Kein Body.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="231"/>
        <source>Invalid JSON at line %1, column %2: the body must be a JSON object or array.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: Der Body muss ein JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="235"/>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/resenddialog.cpp" line="242"/>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::RetryNotice</name>
    <message>
        <location filename="../ui/conversation/retrynotice.cpp" line="38"/>
        <source>Rate limited, retrying in %1 s…</source>
        <translation>Anfragerate begrenzt, nächster Versuch in %1 s…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/retrynotice.cpp" line="40"/>
        <source>The gateway is busy (503), retrying in %1 s…</source>
        <translation>Das Gateway ist ausgelastet (503), nächster Versuch in %1 s…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/retrynotice.cpp" line="42"/>
        <source>The gateway answered %1, retrying in %2 s…</source>
        <translation>Das Gateway hat mit %1 geantwortet, nächster Versuch in %2 s…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/retrynotice.cpp" line="43"/>
        <source>The gateway could not be reached, retrying in %1 s…</source>
        <translation>Das Gateway ist nicht erreichbar, nächster Versuch in %1 s…</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="14"/>
        <location filename="../ui/settings/settingsdialog.ui" line="58"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="79"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="86"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="93"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="100"/>
        <source>Import from .&amp;databrickscfg…</source>
        <translation>Aus .databrickscfg i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="114"/>
        <source>No saved connections yet. Add one, or import the profiles of the Databricks CLI.</source>
        <translation>Noch keine gespeicherten Verbindungen. Fügen Sie eine hinzu, oder importieren Sie die Profile der Databricks-CLI.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="128"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="237"/>
        <source>Waiting for the keychain.</source>
        <translation>Warten auf den Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="237"/>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="245"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="257"/>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="278"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="279"/>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="282"/>
        <source>Its token is removed from the keychain when you press OK; Cancel keeps everything.</source>
        <translation>Ihr Token wird aus dem Schlüsselbund entfernt, wenn Sie auf „OK“ klicken; „Abbrechen“ behält alles bei.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="284"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="349"/>
        <source>Fix the marked fields of &quot;%1&quot; before saving.</source>
        <translation>Korrigieren Sie vor dem Speichern die markierten Felder von „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="356"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="407"/>
        <source>Kept for this session only, and forgotten when Parlance quits: the secrets of %1.</source>
        <translation>Nur für diese Sitzung aufbewahrt und beim Beenden von Parlance vergessen: die Geheimnisse von %1.</translation>
    </message>
    <message>
        <source>Kept for this session only, and forgotten when Parlance quits: the token of %1.</source>
        <translation type="vanished">Nur für diese Sitzung aufbewahrt und beim Beenden von Parlance vergessen: das Token von %1.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SignInPanel</name>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="18"/>
        <source>&amp;Sign in with Databricks</source>
        <translation>Bei Databricks &amp;anmelden</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="19"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="20"/>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="21"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="33"/>
        <source>Forgets this connection&apos;s tokens, the one kept in the keychain too.</source>
        <translation>Vergisst die Tokens dieser Verbindung, auch das im Schlüsselbund gespeicherte.</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="42"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="49"/>
        <source>Sign-in details</source>
        <translation>Details der Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="132"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="132"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="134"/>
        <source>Signing in… (a browser window is open)</source>
        <translation>Anmeldung läuft… (ein Browserfenster ist offen)</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="134"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="140"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="140"/>
        <source>Signed in until %1</source>
        <translation>Angemeldet bis %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="141"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/signinpanel.cpp" line="142"/>
        <source>Signed in as %1 until %2</source>
        <translation>Angemeldet als %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SignInStatusLabel</name>
    <message>
        <location filename="../ui/window/signinstatus.cpp" line="39"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/window/signinstatus.cpp" line="40"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/window/signinstatus.cpp" line="42"/>
        <source>%1 · until %2</source>
        <translation>%1 · bis %2</translation>
    </message>
    <message>
        <location filename="../ui/window/signinstatus.cpp" line="51"/>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SqlConsole</name>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="40"/>
        <source>&amp;Run statement</source>
        <translation>Anweisung &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="41"/>
        <source>&amp;Cancel statement</source>
        <translation>Anweisung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="80"/>
        <source>Waiting for the warehouse…</source>
        <translation>Warten auf das Warehouse…</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="105"/>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="120"/>
        <source>Insert &amp;ai_query template</source>
        <translation>&amp;ai_query-Vorlage einfügen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="122"/>
        <source>A statement that asks the current model through ai_query, with its generation parameters</source>
        <translation>Eine Anweisung, die das aktuelle Modell über ai_query fragt, mit seinen Generierungsparametern</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="124"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="127"/>
        <source>Run the statement, or the selected part of it (%1)</source>
        <translation>Die Anweisung oder den markierten Teil davon ausführen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="129"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="131"/>
        <source>Ask the warehouse to stop the statement (Esc)</source>
        <translation>Das Warehouse bitten, die Anweisung anzuhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="139"/>
        <source>SELECT … (Ctrl+Enter runs it; :name marks a parameter)</source>
        <translation>SELECT … (Strg+Eingabe führt sie aus; :name kennzeichnet einen Parameter)</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="141"/>
        <source>SQL statement</source>
        <translation>SQL-Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="148"/>
        <source>Run a statement to see its result here.</source>
        <translation>Führen Sie eine Anweisung aus, um hier ihr Ergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="240"/>
        <source>The SQL console runs statements on the SQL warehouses of a Databricks workspace. Choose a Databricks connection in the toolbar, or add one.</source>
        <translation>Die SQL-Konsole führt Anweisungen auf den SQL-Warehouses eines Databricks-Arbeitsbereichs aus. Wählen Sie in der Werkzeugleiste eine Databricks-Verbindung, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="244"/>
        <source>The SQL console runs statements on the SQL warehouses of a Databricks workspace, and &quot;%1&quot; is not a Databricks connection. Choose a Databricks connection in the toolbar, or add one.</source>
        <translation>Die SQL-Konsole führt Anweisungen auf den SQL-Warehouses eines Databricks-Arbeitsbereichs aus, und „%1“ ist keine Databricks-Verbindung. Wählen Sie in der Werkzeugleiste eine Databricks-Verbindung, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="290"/>
        <source>Describe a SQL warehouse in one sentence.</source>
        <translation>Beschreibe ein SQL-Warehouse in einem Satz.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="308"/>
        <source>Choose a model in the toolbar, or type the endpoint&apos;s name as the endpoint parameter.</source>
        <translation>Wählen Sie in der Werkzeugleiste ein Modell, oder tragen Sie den Namen des Endpunkts als Parameter endpoint ein.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="319"/>
        <source>Choose a warehouse first (refresh the list if it is empty).</source>
        <translation>Wählen Sie zuerst ein Warehouse (aktualisieren Sie die Liste, wenn sie leer ist).</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="328"/>
        <source>Type a statement first.</source>
        <translation>Geben Sie zuerst eine Anweisung ein.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="360"/>
        <location filename="../ui/sql/sqlconsole.cpp" line="371"/>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="360"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="367"/>
        <source>%1 · 1 row · %2 s</source>
        <translation>%1 · 1 Zeile · %2 s</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="368"/>
        <source>%1 · %2 rows · %3 s</source>
        <translation>%1 · %2 Zeilen · %3 s</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlconsole.cpp" line="371"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SqlErrorPanel</name>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="35"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="36"/>
        <source>Show the body the error came in</source>
        <translation>Den Body zeigen, in dem der Fehler kam</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="41"/>
        <source>Error body</source>
        <translation>Fehler-Body</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="64"/>
        <source>The statement %1 (%2).</source>
        <translation>Die Anweisung: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="65"/>
        <source>The statement %1: SQL state %2 (%3).</source>
        <translation>Die Anweisung: %1, SQL-Status %2 (%3).</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="69"/>
        <source>The statement was cancelled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="71"/>
        <source>The warehouse was asked to stop it; what it had done so far is not shown.</source>
        <translation>Das Warehouse wurde gebeten, sie anzuhalten; was sie bis dahin ergeben hatte, wird nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="73"/>
        <source>It was cancelled before the warehouse answered.</source>
        <translation>Sie wurde abgebrochen, bevor das Warehouse antwortete.</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlerrorpanel.cpp" line="79"/>
        <source>SQL state %1.</source>
        <translation>SQL-Status %1.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SqlParametersTable</name>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="27"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="35"/>
        <source>Statement parameters</source>
        <translation>Parameter der Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="37"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="38"/>
        <source>Add a parameter</source>
        <translation>Einen Parameter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="40"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="41"/>
        <source>Remove the selected parameters</source>
        <translation>Die markierten Parameter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlparameterstable.cpp" line="43"/>
        <source>&amp;Parameters (bound to :name as strings)</source>
        <translation>&amp;Parameter (als Zeichenketten an :name gebunden)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SqlResultModel</name>
    <message>
        <location filename="../ui/sql/sqlresultmodel.cpp" line="93"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlresultmodel.cpp" line="100"/>
        <source>NULL: no value</source>
        <translation>NULL: kein Wert</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::SqlResultView</name>
    <message>
        <location filename="../ui/sql/sqlresultview.cpp" line="13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/sql/sqlresultview.cpp" line="24"/>
        <source>Statement result</source>
        <translation>Ergebnis der Anweisung</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StopSequenceEditor</name>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="29"/>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="30"/>
        <source>New stop sequence</source>
        <translation>Neue Stoppsequenz</translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="37"/>
        <source>Add a stop sequence</source>
        <translation>Stoppsequenz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="38"/>
        <source>Enter adds it. Type \n for a new line, \t for a tab, \\ for a backslash.</source>
        <translation>Die Eingabetaste fügt sie hinzu. Schreiben Sie \n für einen Zeilenumbruch, \t für einen Tabulator, \\ für einen Backslash.</translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="42"/>
        <source>Add the stop sequence (Enter)</source>
        <translation>Die Stoppsequenz hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/controls/stopsequenceeditor.cpp" line="45"/>
        <source>Remove the selected stop sequences (Delete)</source>
        <translation>Die ausgewählten Stoppsequenzen entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StreamEventModel</name>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="118"/>
        <source>Milliseconds since the request was sent</source>
        <translation>Millisekunden seit dem Senden der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="123"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="125"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="127"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streameventmodel.cpp" line="129"/>
        <source>Parsed</source>
        <translation>Interpretiert</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::StreamPanel</name>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="43"/>
        <source>Select an event to see its data</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Daten zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="71"/>
        <source>A stream was requested, but no events arrived.</source>
        <translation>Ein Stream wurde angefordert, aber es sind keine Ereignisse angekommen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="68"/>
        <source>Not a streamed response.</source>
        <translation>Keine gestreamte Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="30"/>
        <source>Stream events</source>
        <translation>Stream-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="69"/>
        <source>The stream is still arriving; its events show here once it ends.</source>
        <translation>Der Stream wird noch empfangen; seine Ereignisse erscheinen hier, sobald er endet.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="77"/>
        <source>Events: %1 (%2), the first after %3 ms, the last after %4 ms.</source>
        <translation>Ereignisse: %1 (%2), das erste nach %3 ms, das letzte nach %4 ms.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/streampanel.cpp" line="88"/>
        <source>No exchange selected.</source>
        <translation>Keine Anfrage ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TimingBar</name>
    <message>
        <location filename="../ui/inspector/timingbar.cpp" line="26"/>
        <source>Headers after %1 ms, first byte after %2 ms, done after %3 ms</source>
        <translation>Header nach %1 ms, erstes Byte nach %2 ms, fertig nach %3 ms</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TimingPanel</name>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="17"/>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="19"/>
        <source>Error in the stream</source>
        <translation>Fehler im Stream</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="21"/>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="23"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="25"/>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="34"/>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="34"/>
        <source>Attempt:</source>
        <translation>Versuch:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="35"/>
        <source>Headers received:</source>
        <translation>Header empfangen:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="35"/>
        <source>First body byte:</source>
        <translation>Erstes Body-Byte:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="36"/>
        <source>Complete:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="36"/>
        <source>Receiving body:</source>
        <translation>Body-Empfang:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="37"/>
        <source>Response size:</source>
        <translation>Antwortgröße:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="37"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="38"/>
        <source>Redirected to:</source>
        <translation>Weitergeleitet nach:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="38"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="52"/>
        <source>waiting for headers</source>
        <translation>Warten auf Header</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="53"/>
        <source>waiting for the body</source>
        <translation>Warten auf den Body</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="54"/>
        <source>receiving (ticks: events)</source>
        <translation>Empfang (Striche: Ereignisse)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="63"/>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="66"/>
        <source>Times are measured from when the request was handed to the network stack. DNS lookup, connection and TLS handshake times are not reported separately by Qt 6.4&apos;s network stack; they are part of &quot;Headers received&quot;.</source>
        <translation>Die Zeiten werden ab der Übergabe der Anfrage an den Netzwerkstack gemessen. Die Zeiten für DNS-Auflösung, Verbindungsaufbau und TLS-Handshake meldet der Netzwerkstack von Qt 6.4 nicht getrennt; sie sind in „Header empfangen“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="81"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="100"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="107"/>
        <location filename="../ui/inspector/timingpanel.cpp" line="115"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="81"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="96"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/timingpanel.cpp" line="102"/>
        <source>%1, first after %2 ms</source>
        <translation>%1, das erste nach %2 ms</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnAccessible</name>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="119"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="119"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="124"/>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="129"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnaccessible.cpp" line="130"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnActionAccessible</name>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="58"/>
        <source>Hide reasoning</source>
        <translation>Denkprozess ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="59"/>
        <source>Show reasoning</source>
        <translation>Denkprozess einblenden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="61"/>
        <source>Copy code block %1</source>
        <translation>Codeblock %1 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="63"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="65"/>
        <source>Show in inspector</source>
        <translation>Im Inspektor anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="67"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="69"/>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="71"/>
        <source>Regenerate reply</source>
        <translation>Antwort neu generieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="73"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnactionaccessible.cpp" line="75"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnData</name>
    <message>
        <location filename="../ui/conversation/figureformat.cpp" line="29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/conversation/figureformat.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/conversation/figureformat.cpp" line="47"/>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="69"/>
        <source>generating…</source>
        <translation>wird generiert…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="73"/>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 Eingabe- / %2 Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="77"/>
        <source>%1 out tokens</source>
        <translation>%1 Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="79"/>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="81"/>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="83"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="93"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="95"/>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="99"/>
        <source>Input tokens: %1</source>
        <translation>Eingabe-Tokens: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="101"/>
        <source>Output tokens: %1</source>
        <translation>Ausgabe-Tokens: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="103"/>
        <source>Time to first token: %1</source>
        <translation>Zeit bis zum ersten Token: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="105"/>
        <source>Total time: %1</source>
        <translation>Gesamtzeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="107"/>
        <source>Speed: %1 tokens/s</source>
        <translation>Geschwindigkeit: %1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turndata.cpp" line="109"/>
        <source>Finish reason: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnEditor</name>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="15"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="22"/>
        <source>Edited message</source>
        <translation>Bearbeitete Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="25"/>
        <source>Replace this message and ask again (Ctrl+Enter). The turns after it are dropped.</source>
        <translation>Diese Nachricht ersetzen und erneut fragen (Strg+Eingabetaste). Die nachfolgenden Beiträge werden verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turneditor.cpp" line="28"/>
        <source>Edit the message; the answers after it will be replaced.</source>
        <translation>Bearbeiten Sie die Nachricht; die nachfolgenden Antworten werden ersetzt.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnLayout</name>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="183"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="206"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="618"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="185"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="187"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="189"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="248"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="520"/>
        <source>Reasoning ▾</source>
        <translation>Denkprozess ▾</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="248"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="520"/>
        <source>Reasoning ▸</source>
        <translation>Denkprozess ▸</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="207"/>
        <location filename="../ui/conversation/turnlayout.cpp" line="660"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="273"/>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="275"/>
        <source>Stopped: the partial answer is kept.</source>
        <translation>Gestoppt: Die Teilantwort bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="276"/>
        <source>Stopped before the model answered.</source>
        <translation>Gestoppt, bevor das Modell geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="278"/>
        <source>Incomplete: the answer was cut off; what arrived is kept.</source>
        <translation>Unvollständig: Die Antwort wurde abgeschnitten; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="360"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="362"/>
        <source>Show in inspector</source>
        <translation>Im Inspektor anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="603"/>
        <source>Tool call</source>
        <translation>Tool-Aufruf</translation>
    </message>
    <message>
        <location filename="../ui/conversation/turnlayout.cpp" line="616"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::TurnListView</name>
    <message>
        <location filename="../ui/conversation/turnlistview.cpp" line="54"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::VoteBar</name>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="14"/>
        <source>Which answer is best?</source>
        <translation>Welche Antwort ist die beste?</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="16"/>
        <source>&amp;Tie</source>
        <translation>&amp;Unentschieden</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="20"/>
        <source>Vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="28"/>
        <source>Vote: a tie</source>
        <translation>Stimme: unentschieden</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="29"/>
        <source>Vote: none is good</source>
        <translation>Stimme: keine ist gut</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="61"/>
        <source>&amp;%1 is better</source>
        <translation>&amp;%1 ist besser</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="62"/>
        <source>&amp;%1 is best</source>
        <translation>&amp;%1 ist die beste</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="63"/>
        <source>Vote: answer %1 is best</source>
        <translation>Stimme: Antwort %1 ist die beste</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="66"/>
        <source>B&amp;oth bad</source>
        <translation>Beide schlecht (&amp;o)</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="66"/>
        <source>A&amp;ll bad</source>
        <translation>A&amp;lle schlecht</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="92"/>
        <source>You chose %1: %2.</source>
        <translation>Sie haben %1 gewählt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="95"/>
        <source>You called it a tie.</source>
        <translation>Sie haben auf unentschieden gestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/compare/votebar.cpp" line="98"/>
        <source>You found none good.</source>
        <translation>Sie fanden keine gut.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::WarehouseBar</name>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="46"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="52"/>
        <source>No warehouse listed</source>
        <translation>Kein Warehouse aufgelistet</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="54"/>
        <source>Start the stopped warehouse (it takes a few minutes)</source>
        <translation>Das angehaltene Warehouse starten (das dauert einige Minuten)</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="56"/>
        <source>List the warehouses again</source>
        <translation>Die Warehouses erneut auflisten</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="57"/>
        <source>Refresh warehouses</source>
        <translation>Warehouses aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="59"/>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Warehouse:</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="85"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="87"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="89"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="91"/>
        <source>Stopping</source>
        <translation>Hält an</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="93"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="95"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="96"/>
        <source>State unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/sql/warehousebar.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::WelcomePanel</name>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="20"/>
        <source>Welcome to Parlance</source>
        <translation>Willkommen bei Parlance</translation>
    </message>
    <message>
        <source>Chat with the models your gateway serves, see every byte that goes over the wire, and compare models side by side.
Connect to a Databricks workspace or any OpenAI-compatible server to begin.</source>
        <translation type="vanished">Chatten Sie mit den Modellen Ihres Gateways, sehen Sie jedes übertragene Byte und vergleichen Sie Modelle direkt nebeneinander.
Verbinden Sie sich zum Start mit einem Databricks-Arbeitsbereich oder einem beliebigen OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <source>Chat with the models your gateway serves and see every byte that goes over the wire.
Connect to a Databricks workspace or any OpenAI-compatible server to begin.</source>
        <translation type="vanished">Chatten Sie mit den Modellen Ihres Gateways und sehen Sie jedes übertragene Byte.
Verbinden Sie sich zum Start mit einem Databricks-Arbeitsbereich oder einem beliebigen OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="27"/>
        <source>Chat with the models your gateway serves, compare them side by side and see every byte that goes over the wire.
Connect to a Databricks workspace or any OpenAI-compatible server to begin.</source>
        <translation>Chatten Sie mit den Modellen Ihres Gateways, vergleichen Sie sie nebeneinander und sehen Sie jedes Byte, das über die Leitung geht.
Verbinden Sie sich mit einem Databricks-Workspace oder einem OpenAI-kompatiblen Server, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="40"/>
        <source>Add connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="43"/>
        <source>Try the demo gateway</source>
        <translation>Demo-Gateway ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="45"/>
        <source>A simulated gateway on this computer: demo models, no account, nothing leaves the machine.</source>
        <translation>Ein simuliertes Gateway auf diesem Computer: Demo-Modelle, kein Konto, nichts verlässt den Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/window/welcomepanel.cpp" line="85"/>
        <source>Use profile “%1” from ~/.databrickscfg</source>
        <translation>Profil „%1“ aus ~/.databrickscfg verwenden</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::BatchKeeper</name>
    <message>
        <location filename="../app/workspace/batchkeeper.cpp" line="160"/>
        <source>The batch run &apos;%1&apos; could not be opened: %2. The history keeps it as it is; delete it from the history if it cannot be read.</source>
        <translation>Der Batch-Lauf „%1“ konnte nicht geöffnet werden: %2. Der Verlauf behält ihn unverändert; löschen Sie ihn aus dem Verlauf, wenn er nicht lesbar ist.</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchkeeper.cpp" line="170"/>
        <source>The batch run &apos;%1&apos; could not be opened while another run goes on.</source>
        <translation>Der Batch-Lauf „%1“ kann nicht geöffnet werden, solange ein anderer Lauf läuft.</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::BatchRecord</name>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="67"/>
        <source>its index, prompt or messages are missing or of the wrong type</source>
        <translation>Index, Prompt oder Nachrichten fehlen oder haben den falschen Typ</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="80"/>
        <source>message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="111"/>
        <source>its answer is missing</source>
        <translation>die Antwort fehlt</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="132"/>
        <source>a check result has no name or outcome</source>
        <translation>ein Prüfergebnis hat keinen Namen oder kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="213"/>
        <source>it has no models or no prompts</source>
        <translation>er hat keine Modelle oder keine Prompts</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="220"/>
        <source>its settings: %1</source>
        <translation>seine Einstellungen: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="239"/>
        <source>prompt %1: %2</source>
        <translation>Prompt %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="249"/>
        <source>an answer belongs to no prompt and model of the table</source>
        <translation>eine Antwort gehört zu keinem Prompt und Modell der Tabelle</translation>
    </message>
    <message>
        <location filename="../app/workspace/batchrecord.cpp" line="254"/>
        <source>the answer of %1 to prompt %2: %3</source>
        <translation>die Antwort von %1 auf Prompt %2: %3</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::CompareKeeper</name>
    <message>
        <location filename="../app/workspace/comparekeeper.cpp" line="98"/>
        <source>The comparison &apos;%1&apos; could not be opened: it has fewer than %2 or more than %3 columns.</source>
        <translation>Der Vergleich „%1“ konnte nicht geöffnet werden: Er hat weniger als %2 oder mehr als %3 Spalten.</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::CompareSession</name>
    <message>
        <location filename="../app/workspace/comparesession.cpp" line="196"/>
        <source>There is no saved connection named &apos;%1&apos;. Choose another connection for this column.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“. Wählen Sie eine andere Verbindung für diese Spalte.</translation>
    </message>
    <message>
        <location filename="../app/workspace/comparesession.cpp" line="276"/>
        <source>Opening the connection &apos;%1&apos;…</source>
        <translation>Die Verbindung „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/workspace/comparesession.cpp" line="277"/>
        <source>No connection. Choose one in the toolbar.</source>
        <translation>Keine Verbindung. Wählen Sie eine in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../app/workspace/comparesession.cpp" line="280"/>
        <source>No model. Choose one for this column.</source>
        <translation>Kein Modell. Wählen Sie eines für diese Spalte.</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::SignInState</name>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="75"/>
        <source>A new sign-in started.</source>
        <translation>Eine neue Anmeldung hat begonnen.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="88"/>
        <location filename="../app/workspace/signinstate.cpp" line="94"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="104"/>
        <source>Signed out for this session, but the sign-in could not be removed from the keychain; it may sign in again on the next start. Unlock the keychain and sign out again.</source>
        <translation>Für diese Sitzung abgemeldet, aber die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden; beim nächsten Start meldet sie sich womöglich wieder an. Entsperren Sie den Schlüsselbund und melden Sie sich erneut ab.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="118"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="149"/>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="153"/>
        <source>The sign-in server of %1 could not be reached or is unavailable. Check the host, your network and proxy, or wait a moment, then retry.</source>
        <translation>Der Anmeldeserver von %1 ist nicht erreichbar oder nicht verfügbar. Prüfen Sie den Host, Ihr Netzwerk und den Proxy, oder warten Sie einen Moment, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="159"/>
        <source>The browser sign-in did not finish. Retry, and complete the sign-in in the browser window that opens.</source>
        <translation>Die Anmeldung im Browser wurde nicht abgeschlossen. Versuchen Sie es erneut und schließen Sie die Anmeldung im Browserfenster ab, das sich öffnet.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="162"/>
        <source>The service principal could not sign in. If its client ID or secret is wrong, correct them and save; if the workspace&apos;s sign-in server is down, wait. Then retry.</source>
        <translation>Der Dienstprinzipal konnte sich nicht anmelden. Sind Client-ID oder Secret falsch, korrigieren und speichern Sie sie; ist der Anmeldeserver des Workspace ausgefallen, warten Sie. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="166"/>
        <source>The Databricks CLI gave no token. Run &quot;databricks auth login --host %1&quot; in a terminal, then retry.</source>
        <translation>Die Databricks-CLI hat kein Token geliefert. Führen Sie „databricks auth login --host %1“ in einem Terminal aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/workspace/signinstate.cpp" line="172"/>
        <source>The sign-in failed. Retry.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::SqlSession</name>
    <message>
        <location filename="../app/workspace/sqlsession.cpp" line="104"/>
        <source>The SQL warehouses could not be listed.</source>
        <translation>Die SQL-Warehouses konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../app/workspace/sqlsession.cpp" line="113"/>
        <source>The warehouse list is not in a format Parlance knows.</source>
        <translation>Die Liste der Warehouses hat kein Format, das Parlance kennt.</translation>
    </message>
    <message>
        <location filename="../app/workspace/sqlsession.cpp" line="143"/>
        <source>The SQL warehouse list did not end: the warehouses up to page %1 are listed.</source>
        <translation>Die Liste der SQL-Warehouses endete nicht: Die Warehouses bis Seite %1 werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/workspace/sqlsession.cpp" line="145"/>
        <source>After page %1 the server named a page it had sent already, or yet another one.</source>
        <translation>Nach Seite %1 nannte der Server eine Seite, die er schon gesendet hatte, oder immer wieder eine weitere.</translation>
    </message>
    <message>
        <location filename="../app/workspace/sqlsession.cpp" line="167"/>
        <source>The SQL warehouse could not be started.</source>
        <translation>Das SQL-Warehouse konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Parlance::Workspace::Workbench</name>
    <message>
        <location filename="../app/workspace/workbench.cpp" line="110"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/workspace/workbench.cpp" line="144"/>
        <source>There is no saved connection named &apos;%1&apos;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Could not read the token of &apos;%1&apos; from the keychain: %2</source>
        <translation type="vanished">Das Token von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/workbench.cpp" line="179"/>
        <source>Demo gateway (simulated)</source>
        <translation>Demo-Gateway (simuliert)</translation>
    </message>
    <message>
        <location filename="../app/workspace/workbench.cpp" line="186"/>
        <source>The demo gateway could not start: %1</source>
        <translation>Das Demo-Gateway konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/workbench.cpp" line="195"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
</context>
<context>
    <name>ResponsesDialect</name>
    <message>
        <location filename="../app/api/responses.cpp" line="211"/>
        <source>The response body is not a JSON object.</source>
        <translation>Der Antwort-Body ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="217"/>
        <source>The response body has no output.</source>
        <translation>Der Antwort-Body enthält keine Ausgabe (output).</translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="383"/>
        <source>The model failed to generate a response.</source>
        <translation>Das Modell konnte keine Antwort generieren.</translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="404"/>
        <source>The server sent an event that is not valid JSON: %1.</source>
        <translation>Der Server hat ein Ereignis gesendet, das kein gültiges JSON ist: %1.</translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="410"/>
        <source>The server sent an event that is not a JSON object.</source>
        <translation>Der Server hat ein Ereignis gesendet, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <location filename="../app/api/responses.cpp" line="427"/>
        <source>The server sent a %1 event without a text delta.</source>
        <translation>Der Server hat ein %1-Ereignis ohne Text-Delta gesendet.</translation>
    </message>
</context>
<context>
    <name>SqlStatements</name>
    <message>
        <location filename="../app/api/sqlstatements.cpp" line="260"/>
        <source>The SQL statement failed without an error message.</source>
        <translation>Die SQL-Anweisung ist ohne Fehlermeldung fehlgeschlagen.</translation>
    </message>
</context>
</TS>
