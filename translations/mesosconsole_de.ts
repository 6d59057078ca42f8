<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClusterAddresses</name>
    <message>
        <source>Give one zk:// URL (it lists the whole ensemble).</source>
        <translation>Eine einzige zk://-URL angeben (sie führt das ganze Ensemble auf).</translation>
    </message>
    <message>
        <source>Name at least one Mesos master (or a zk:// URL) or a Marathon.</source>
        <translation>Mindestens einen Mesos-Master (oder eine zk://-URL) oder ein Marathon angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: %2. Write host, host:port or http(s)://host:port.</source>
        <translation>„%1“ ist keine Adresse: %2. Host, Host:Port oder http(s)://Host:Port schreiben.</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>sie enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>the scheme must be http or https, not %1</source>
        <translation>das Schema muss http oder https sein, nicht %1</translation>
    </message>
    <message>
        <source>a user goes in the sign-in fields, not in the address</source>
        <translation>ein Benutzer gehört in die Anmeldefelder, nicht in die Adresse</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>der IPv6-Adresse fehlt die schließende ]</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the IPv6 address</source>
        <translation>unerwartetes „%1“ nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, as [::1]:5050</source>
        <translation>eine IPv6-Adresse in Klammern schreiben, z. B. [::1]:5050</translation>
    </message>
    <message>
        <source>the port after the colon is missing</source>
        <translation>der Port nach dem Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>„%1“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <source>the port %1 is not a number between 1 and 65535</source>
        <translation>der Port %1 ist keine Zahl zwischen 1 und 65535</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No leading master</source>
        <translation>Kein führender Master</translation>
    </message>
    <message>
        <source>%1 no longer leads; the masters are electing a new leader.</source>
        <translation>%1 führt nicht mehr; die Master wählen einen neuen Leader.</translation>
    </message>
    <message>
        <source>Leader changed</source>
        <translation>Leader gewechselt</translation>
    </message>
    <message>
        <source>%1 was elected leading master.</source>
        <translation>%1 wurde zum führenden Master gewählt.</translation>
    </message>
    <message>
        <source>%1 now leads instead of %2.</source>
        <translation>%1 führt jetzt anstelle von %2.</translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation>Deployment abgeschlossen</translation>
    </message>
    <message>
        <source>Deployment %1 finished.</source>
        <translation>Deployment %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>The deployment of %1 finished.</source>
        <translation>Das Deployment von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Task of %1 failed</source>
        <translation>Task von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3.</source>
        <translation>%1 endete als %2 auf %3.</translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3: %4</source>
        <translation>%1 endete als %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Master reachable again</source>
        <translation>Master wieder erreichbar</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 antwortet wieder.</translation>
    </message>
    <message>
        <source>Master unreachable</source>
        <translation>Master nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation>%1 antwortet nicht.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Marathon unreachable</source>
        <translation>Marathon nicht erreichbar</translation>
    </message>
    <message>
        <source>The routing domain &quot;%1&quot; is not a valid DNS name. Set it in the workspace (e.g. apps.example.com).</source>
        <translation>Die Routing-Domain „%1“ ist kein gültiger DNS-Name. Im Arbeitsbereich festlegen (z. B. apps.example.com).</translation>
    </message>
    <message>
        <source>App id &quot;%1&quot; is not a valid Marathon id; it is not routed.</source>
        <translation>App-ID „%1“ ist keine gültige Marathon-ID; sie wird nicht geroutet.</translation>
    </message>
    <message>
        <source>Task %1 of %2 reports the host &quot;%3&quot;, which HAProxy cannot use; it is left out.</source>
        <translation>Task %1 von %2 meldet den Host „%3“, den HAProxy nicht verwenden kann; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>App %1 has no ports; it cannot be routed.</source>
        <translation>App %1 hat keine Ports; sie kann nicht geroutet werden.</translation>
    </message>
    <message>
        <source>Apps %1 and %2 both map to %3; %1 keeps it.</source>
        <translation>Die Apps %1 und %2 werden beide auf %3 abgebildet; %1 behält es.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file to check the HAProxy configuration.</source>
        <translation>Temporäre Datei zum Prüfen der HAProxy-Konfiguration kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot run %1 to check the configuration; install HAProxy or check it on a master.</source>
        <translation>%1 kann zum Prüfen der Konfiguration nicht ausgeführt werden; HAProxy installieren oder auf einem Master prüfen.</translation>
    </message>
    <message>
        <source>haproxy -c did not finish in time.</source>
        <translation>haproxy -c wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>HAProxy rejects the configuration.</source>
        <translation>HAProxy lehnt die Konfiguration ab.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generiert</translation>
    </message>
    <message>
        <source>would change (check mode)</source>
        <translation>würde sich ändern (Prüfmodus)</translation>
    </message>
    <message>
        <source>Cannot create %1 on the host.</source>
        <translation>%1 kann auf dem Host nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot stage the new config: %1</source>
        <translation>Die neue Konfiguration kann nicht bereitgelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot run haproxy -c on the host: %1</source>
        <translation>haproxy -c kann auf dem Host nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>HAProxy on this host rejects the new config; it was not put in place: %1</source>
        <translation>HAProxy auf diesem Host lehnt die neue Konfiguration ab; sie wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed: %1</source>
        <translation>Die Konfiguration ist übernommen, aber das Neuladen von HAProxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed (exit %1): %2</source>
        <translation>Die Konfiguration ist übernommen, aber das Neuladen von HAProxy ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>config updated, HAProxy reloaded</source>
        <translation>Konfiguration aktualisiert, HAProxy neu geladen</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Template %1:%2 uses &quot;%3&quot;, which has no value.</source>
        <translation>Vorlage %1:%2 verwendet „%3“, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>Template %1:%2 is not valid: %3</source>
        <translation>Vorlage %1:%2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>Template %1 failed to render: %2</source>
        <translation>Vorlage %1 konnte nicht gerendert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Marathon leader changed</source>
        <translation>Marathon-Leader gewechselt</translation>
    </message>
    <message>
        <source>Marathon %1 now leads instead of %2.</source>
        <translation>Marathon %1 führt jetzt anstelle von %2.</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>Deployment %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The deployment of %1 failed.</source>
        <translation>Das Deployment von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Last task failure: %1</source>
        <translation>Letzter Task-Fehler: %1</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Deployment fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deployment of %1 failing</source>
        <translation>Deployment von %1 schlägt fehl</translation>
    </message>
    <message>
        <source>%1
Marathon retries with back-off; fix the app or roll the deployment back.</source>
        <translation>%1
Marathon versucht es mit Back-off erneut; die App korrigieren oder das Deployment zurückrollen.</translation>
    </message>
    <message>
        <source>%1 tasks failed</source>
        <translation>%1 Tasks fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 and %2 more ended as failed, lost or in error.</source>
        <translation>%1 und %2 weitere endeten als fehlgeschlagen, verloren oder mit Fehler.</translation>
    </message>
    <message>
        <source>Task %1 failed</source>
        <translation>Task %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (framework %2) ended as %3 on %4.</source>
        <translation>%1 (Framework %2) endete als %3 auf %4.</translation>
    </message>
    <message>
        <source>Marathon reachable again</source>
        <translation>Marathon wieder erreichbar</translation>
    </message>
    <message>
        <source>Marathon answers again.</source>
        <translation>Marathon antwortet wieder.</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent nicht erreichbar</translation>
    </message>
    <message>
        <source>The master no longer lists agent %1 (%2): it is unreachable or was removed.</source>
        <translation>Der Master führt Agent %1 (%2) nicht mehr: Er ist nicht erreichbar oder wurde entfernt.</translation>
    </message>
    <message>
        <source>Agent %1 is no longer active: the master lost contact with it; its tasks become unreachable.</source>
        <translation>Agent %1 ist nicht mehr aktiv: Der Master hat den Kontakt zu ihm verloren; seine Tasks werden unerreichbar.</translation>
    </message>
    <message>
        <source>Agent back</source>
        <translation>Agent wieder da</translation>
    </message>
    <message>
        <source>Agent %1 is active again.</source>
        <translation>Agent %1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Agent registered</source>
        <translation>Agent registriert</translation>
    </message>
    <message>
        <source>Agent %1 (%2) registered with the master.</source>
        <translation>Agent %1 (%2) hat sich beim Master registriert.</translation>
    </message>
    <message>
        <source>ZooKeeper member back</source>
        <translation>ZooKeeper-Mitglied wieder da</translation>
    </message>
    <message>
        <source>ZooKeeper %1 answers again (%2).</source>
        <translation>ZooKeeper %1 antwortet wieder (%2).</translation>
    </message>
    <message>
        <source>ZooKeeper member down</source>
        <translation>ZooKeeper-Mitglied ausgefallen</translation>
    </message>
    <message>
        <source>ZooKeeper %1 does not answer.</source>
        <translation>ZooKeeper %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 does not answer: %2</source>
        <translation>ZooKeeper %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor es begann</translation>
    </message>
    <message>
        <source>%1 ran, but the wait for %2 to answer again was cancelled; check it</source>
        <translation>%1 lief, aber das Warten darauf, dass %2 wieder antwortet, wurde abgebrochen; bitte prüfen</translation>
    </message>
    <message>
        <source>%1 ran, but the wait for %2 to answer again was cancelled (last: %3); check it</source>
        <translation>%1 lief, aber das Warten darauf, dass %2 wieder antwortet, wurde abgebrochen (zuletzt: %3); bitte prüfen</translation>
    </message>
    <message>
        <source>The health check path &quot;%1&quot; of %2 cannot go into HAProxy&apos;s configuration; HAProxy only checks that its tasks accept connections.</source>
        <translation>Der Health-Check-Pfad „%1“ von %2 kann nicht in die HAProxy-Konfiguration; HAProxy prüft nur, ob seine Tasks Verbindungen annehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) destroyed</source>
        <translation>
            <numerusform>%n App gelöscht</numerusform>
            <numerusform>%n Apps gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: destroyed (its tasks were killed and its definition removed from Marathon).</source>
        <translation>%1: gelöscht (seine Tasks wurden beendet und seine Definition aus Marathon entfernt).</translation>
    </message>
    <message>
        <source>%1 no longer leads and left the masters (it stopped, or lost its ZooKeeper session); the masters are electing a new leader.</source>
        <translation>%1 führt nicht mehr und hat die Master verlassen (er wurde beendet oder hat seine ZooKeeper-Sitzung verloren); die Master wählen einen neuen Leader.</translation>
    </message>
    <message>
        <source>%1 now leads instead of %2, which left the masters (it stopped, or lost its ZooKeeper session).</source>
        <translation>%1 führt jetzt anstelle von %2, der die Master verlassen hat (er wurde beendet oder hat seine ZooKeeper-Sitzung verloren).</translation>
    </message>
    <message>
        <source>Master left</source>
        <translation>Master gegangen</translation>
    </message>
    <message>
        <source>%1 left the masters: it stopped, or lost its ZooKeeper session. Check that it runs.</source>
        <translation>%1 hat die Master verlassen: er wurde beendet oder hat seine ZooKeeper-Sitzung verloren. Prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <source>Master joined</source>
        <translation>Master hinzugekommen</translation>
    </message>
    <message>
        <source>%1 joined the masters and leads.</source>
        <translation>%1 ist zu den Mastern hinzugekommen und führt.</translation>
    </message>
    <message>
        <source>%1 joined the masters as a standby.</source>
        <translation>%1 ist als Standby zu den Mastern hinzugekommen.</translation>
    </message>
    <message>
        <source>%1 running again</source>
        <translation>%1 läuft wieder</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) running, with no new failure for %1 s.</source>
        <translation>
            <numerusform>%n Instanz läuft, seit %1 s ohne neuen Fehlschlag.</numerusform>
            <numerusform>Alle %n Instanzen laufen, seit %1 s ohne neuen Fehlschlag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--smoke checks the demo cluster: give --demo too.</source>
        <translation>--smoke prüft den Demo-Cluster: auch --demo angeben.</translation>
    </message>
    <message>
        <source>--smoke-timeout wants a number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--smoke-timeout erwartet eine Anzahl Sekunden über 0, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>mc::app::ClusterConnection</name>
    <message>
        <source>The audit log was not written: %1</source>
        <translation>Das Audit-Log wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>Connect to a running cluster, or open a workspace whose masters are running, to watch the leading master, ZooKeeper, agents and frameworks live.</source>
        <translation>Mit einem laufenden Cluster verbinden oder einen Arbeitsbereich öffnen, dessen Master laufen, um den führenden Master, ZooKeeper, Agents und Frameworks live zu beobachten.</translation>
    </message>
    <message>
        <source>No Marathon apps to show</source>
        <translation>Keine Marathon-Apps vorhanden</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its Marathon apps and launch Docker apps from a form.</source>
        <translation>Mit einem Cluster verbinden, um seine Marathon-Apps zu sehen und Docker-Apps über ein Formular zu starten.</translation>
    </message>
    <message>
        <source>No tasks to show</source>
        <translation>Keine Tasks vorhanden</translation>
    </message>
    <message>
        <source>Connect to a cluster to see every task, filter by app, agent or state, and kill tasks.</source>
        <translation>Mit einem Cluster verbinden, um alle Tasks zu sehen, nach App, Agent oder Zustand zu filtern und Tasks zu beenden.</translation>
    </message>
    <message>
        <source>Connect to Cluster…</source>
        <translation>Mit Cluster verbinden…</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>All Clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Cluster (%1)</source>
        <translation>Cluster (%1)</translation>
    </message>
    <message>
        <source>close cluster %1</source>
        <translation>Cluster %1 schließen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Cannot watch the cluster: %1</source>
        <translation>Cluster kann nicht beobachtet werden: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Still watching %3.</source>
        <translation>Keine Verbindung zu %1: %2. %3 wird weiter überwacht.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos: %1</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon: %1</translation>
    </message>
    <message>
        <source>Connecting to %1… (still watching %2 until it answers)</source>
        <translation>Verbindung zu %1… (%2 wird weiter überwacht, bis es antwortet)</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Mesos refused</source>
        <translation>Mesos hat abgelehnt</translation>
    </message>
    <message>
        <source>Mesos %1 (leader %2)</source>
        <translation>Mesos %1 (Leader %2)</translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation>Mesos %1</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
</context>
<context>
    <name>mc::app::ClusterSession</name>
    <message>
        <source>%1 · %2</source>
        <comment>cluster name · notice title</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mc::app::Composition</name>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>No log open</source>
        <translation>Kein Log geöffnet</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Cannot open the logs of %1: its agent %2 is not known (yet).</source>
        <translation>Die Logs von %1 können nicht geöffnet werden: Sein Agent %2 ist (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications (%1 unread)</source>
        <translation>Benachrichtigungen (%1 ungelesen)</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Connect to Cluster…</source>
        <translation>Mit Cluster verbinden…</translation>
    </message>
    <message>
        <source>Host reachable again</source>
        <translation>Host wieder erreichbar</translation>
    </message>
    <message>
        <source>%1 answers over SSH again.</source>
        <translation>%1 antwortet wieder über SSH.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH.</source>
        <translation>%1 antwortet nicht über SSH.</translation>
    </message>
    <message>
        <source>Over SSH: %1</source>
        <translation>Über SSH: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>%1 is not listed any more.</source>
        <translation>%1 wird nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Select a task in Tasks and press Logs (or double-click it) to tail its STDOUT and STDERR, or pick a service on a host in Services.</source>
        <translation>Einen Task unter „Tasks“ auswählen und „Logs“ drücken (oder ihn doppelklicken), um STDOUT und STDERR zu verfolgen, oder unter „Dienste“ einen Dienst auf einem Host wählen.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The cluster&apos;s tasks are not known (yet).</source>
        <translation>Die Tasks des Clusters sind (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>task log tab: task · cluster</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoCluster</name>
    <message>
        <source>The demo cluster program (localcluster) was not found next to mesos-console or on PATH. Build it with the rest of the project (target localcluster).</source>
        <translation>Das Demo-Cluster-Programm (localcluster) wurde weder neben mesos-console noch im PATH gefunden. Es mit dem restlichen Projekt bauen (Target localcluster).</translation>
    </message>
    <message>
        <source>The demo cluster could not be started: %1</source>
        <translation>Der Demo-Cluster konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1).</source>
        <translation>Der Demo-Cluster wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1): %2</source>
        <translation>Der Demo-Cluster wurde beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The demo cluster answered with something other than its endpoints.</source>
        <translation>Der Demo-Cluster hat nicht mit seinen Endpunkten geantwortet.</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoController</name>
    <message>
        <source>Mesos leader %1 of %2 masters · Marathon %3 · agents %4</source>
        <translation>Mesos-Leader %1 von %2 Mastern · Marathon %3 · Agents %4</translation>
    </message>
    <message>
        <source>Demo cluster running (localcluster), its masters registered in ZooKeeper %1: %2. It stops when you close Mesos Console.</source>
        <translation>Demo-Cluster läuft (localcluster), seine Master sind in ZooKeeper %1 registriert: %2. Er stoppt, wenn Mesos Console geschlossen wird.</translation>
    </message>
    <message>
        <source>Demo cluster running (localcluster): %1. It stops when you close Mesos Console.</source>
        <translation>Demo-Cluster läuft (localcluster): %1. Er stoppt, wenn Mesos Console geschlossen wird.</translation>
    </message>
    <message>
        <source>Not watched: the demo runs without ZooKeeper. %1</source>
        <translation>Nicht überwacht: Die Demo läuft ohne ZooKeeper. %1</translation>
    </message>
    <message>
        <source>Starting the demo cluster (localcluster)…</source>
        <translation>Demo-Cluster wird gestartet (localcluster)…</translation>
    </message>
    <message>
        <source>ZooKeeper serves (%1, after %2 s). Starting the demo cluster (localcluster)…</source>
        <translation>ZooKeeper antwortet (%1, nach %2 s). Demo-Cluster wird gestartet (localcluster)…</translation>
    </message>
    <message>
        <source>Not watched: the demo&apos;s ZooKeeper ensemble did not start, so the demo runs without it. %1</source>
        <translation>Nicht überwacht: Das ZooKeeper-Ensemble der Demo ist nicht gestartet, daher läuft die Demo ohne es. %1</translation>
    </message>
    <message>
        <source>The demo&apos;s ZooKeeper ensemble did not start; the demo runs without it. %1</source>
        <translation>Das ZooKeeper-Ensemble der Demo ist nicht gestartet; die Demo läuft ohne es. %1</translation>
    </message>
    <message>
        <source>Starting a three-member ZooKeeper ensemble, then the demo cluster (localcluster)…</source>
        <translation>Ein ZooKeeper-Ensemble aus drei Mitgliedern wird gestartet, danach der Demo-Cluster (localcluster)…</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n Mesos master(s): %1</source>
        <translation>
            <numerusform>%n Mesos-Master: %1</numerusform>
            <numerusform>%n Mesos-Master: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): %1</source>
        <translation>
            <numerusform>%n Agent: %1</numerusform>
            <numerusform>%n Agents: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon: %1</translation>
    </message>
    <message>
        <source>Quit and stop the demo cluster?</source>
        <translation>Beenden und den Demo-Cluster stoppen?</translation>
    </message>
    <message>
        <source>Quit Mesos Console and stop the demo cluster?</source>
        <translation>Mesos Console beenden und den Demo-Cluster stoppen?</translation>
    </message>
    <message numerus="yes">
        <source>The demo cluster runs only as long as the console: its %n task(s) are killed and its sandboxes removed.</source>
        <translation>
            <numerusform>Der Demo-Cluster läuft nur so lange wie die Konsole: Sein %n Task wird beendet und seine Sandboxes werden entfernt.</numerusform>
            <numerusform>Der Demo-Cluster läuft nur so lange wie die Konsole: Seine %n Tasks werden beendet und seine Sandboxes entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit and stop it</source>
        <translation>Beenden und ihn stoppen</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Kill leading master</source>
        <translation>Führenden Master &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the demo&apos;s leading Mesos master and watch the console follow the failover to the next one.</source>
        <translation>Den führenden Mesos-Master der Demo stoppen und zusehen, wie die Konsole dem Failover zum nächsten folgt.</translation>
    </message>
    <message>
        <source>&amp;Restart stopped masters</source>
        <translation>Gestoppte Master neu &amp;starten</translation>
    </message>
    <message>
        <source>The demo cluster did not answer: %1</source>
        <translation>Der Demo-Cluster hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>No master leads right now: an election is under way, or every master is stopped (Help ▸ Demo ▸ Restart stopped masters).</source>
        <translation>Gerade führt kein Master: Eine Wahl läuft, oder alle Master sind gestoppt (Hilfe ▸ Demo ▸ Gestoppte Master neu starten).</translation>
    </message>
    <message>
        <source>Killed the leading master %1 (%2). The Cluster page follows the election of the next leader.</source>
        <translation>Führender Master %1 (%2) beendet. Die Seite „Cluster“ verfolgt die Wahl des nächsten Leaders.</translation>
    </message>
    <message>
        <source>Every master of the demo is running.</source>
        <translation>Alle Master der Demo laufen.</translation>
    </message>
    <message>
        <source>Restarted master(s) %1: they register again as standbys.</source>
        <translation>Master %1 neu gestartet: Sie registrieren sich wieder als Standby.</translation>
    </message>
    <message>
        <source>no master leads</source>
        <translation>kein Master führt</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoSmokeCheck</name>
    <message>
        <source>the console is not watching the demo cluster yet</source>
        <translation>die Konsole überwacht den Demo-Cluster noch nicht</translation>
    </message>
    <message>
        <source>Mesos is %1</source>
        <translation>Mesos ist %1</translation>
    </message>
    <message>
        <source>no leading Mesos master</source>
        <translation>kein führender Mesos-Master</translation>
    </message>
    <message>
        <source>Marathon is %1</source>
        <translation>Marathon ist %1</translation>
    </message>
    <message>
        <source>Marathon lists no apps</source>
        <translation>Marathon führt keine Apps</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Mesos has not listed its tasks yet</source>
        <translation>Mesos hat seine Tasks noch nicht aufgeführt</translation>
    </message>
    <message>
        <source>no running task of %1</source>
        <translation>kein laufender Task von %1</translation>
    </message>
    <message>
        <source>Mesos live (leader %1, %L2 masters), Marathon live (%3), running tasks: %4</source>
        <translation>Mesos live (Leader %1, %L2 Master), Marathon live (%3), laufende Tasks: %4</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>Demo smoke check failed: the console was not started with --demo.</source>
        <translation>Demo-Smoke-Check fehlgeschlagen: Die Konsole wurde nicht mit --demo gestartet.</translation>
    </message>
    <message>
        <source>Demo smoke check failed: %1</source>
        <translation>Demo-Smoke-Check fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Demo smoke check passed after %L1 s: %2</source>
        <translation>Demo-Smoke-Check bestanden nach %L1 s: %2</translation>
    </message>
    <message>
        <source>Demo smoke check failed: not up after %L1 s (--smoke-timeout): %2.</source>
        <translation>Demo-Smoke-Check fehlgeschlagen: nach %L1 s nicht bereit (--smoke-timeout): %2.</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoZooKeeper</name>
    <message>
        <source>ZooKeeper is not installed (%1 is missing; Debian package zookeeper, which scripts/install-deps.sh installs).</source>
        <translation>ZooKeeper ist nicht installiert (%1 fehlt; Debian-Paket zookeeper, das scripts/install-deps.sh installiert).</translation>
    </message>
    <message>
        <source>Java is not installed (no java on PATH; Debian package default-jre-headless).</source>
        <translation>Java ist nicht installiert (kein java im PATH; Debian-Paket default-jre-headless).</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the configuration in %1</source>
        <translation>die Konfiguration in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no temporary directory or free loopback ports for ZooKeeper.</source>
        <translation>kein temporäres Verzeichnis oder keine freien Loopback-Ports für ZooKeeper.</translation>
    </message>
    <message>
        <source>ZooKeeper member %1 exited with code %2.</source>
        <translation>ZooKeeper-Mitglied %1 endete mit Code %2.</translation>
    </message>
    <message>
        <source>the ensemble did not serve within %1 s.</source>
        <translation>das Ensemble hat innerhalb von %1 s nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>mc::app::RoutingController</name>
    <message>
        <source>No routing to show</source>
        <translation>Kein Routing vorhanden</translation>
    </message>
    <message>
        <source>HAProxy on the masters routes &lt;app&gt;.&lt;domain&gt; to the app&apos;s tasks. Open a workspace with masters and a routing domain to see and sync it.</source>
        <translation>HAProxy auf den Mastern leitet &lt;app&gt;.&lt;domain&gt; an die Tasks der App weiter. Einen Arbeitsbereich mit Mastern und Routing-Domain öffnen, um es zu sehen und zu synchronisieren.</translation>
    </message>
    <message>
        <source>Routing needs the workspace&apos;s masters and Marathon.</source>
        <translation>Routing benötigt die Master und Marathon des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Following Marathon at %1 · read %2 · %3</source>
        <translation>Marathon unter %1 wird verfolgt · gelesen %2 · %3</translation>
    </message>
    <message>
        <source>event stream connected</source>
        <translation>Event-Stream verbunden</translation>
    </message>
    <message>
        <source>event stream reconnecting</source>
        <translation>Event-Stream verbindet sich neu</translation>
    </message>
    <message>
        <source>%1 The last good config stays on screen and on the masters.</source>
        <translation>%1 Die letzte funktionierende Konfiguration bleibt auf dem Bildschirm und auf den Mastern.</translation>
    </message>
    <message>
        <source>Reading Marathon at %1…</source>
        <translation>Marathon unter %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing to push yet: Marathon has not been read.</source>
        <translation>Noch nichts zu übertragen: Marathon wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Check done: see the changes per master.</source>
        <translation>Prüfung fertig: Änderungen je Master ansehen.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done on %n master(s).</source>
        <translation>
            <numerusform>Synchronisierung auf %n Master fertig.</numerusform>
            <numerusform>Synchronisierung auf %n Mastern fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) failed; see Last sync.</source>
        <translation>
            <numerusform>%n Master fehlgeschlagen; siehe „Letzte Synchronisierung“.</numerusform>
            <numerusform>%n Master fehlgeschlagen; siehe „Letzte Synchronisierung“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n master(s)…</source>
        <translation>
            <numerusform>%n Master wird geprüft…</numerusform>
            <numerusform>%n Master werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n master(s)…</source>
        <translation>
            <numerusform>%n Master wird synchronisiert…</numerusform>
            <numerusform>%n Master werden synchronisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced automatically: %1 is %2. Sync Now does it on request.</source>
        <translation>Nicht automatisch synchronisiert: %1 ist im Modus %2. „Jetzt synchronisieren“ erledigt das auf Anfrage.</translation>
    </message>
</context>
<context>
    <name>mc::app::TerminalController</name>
    <message>
        <source>%1 (root)</source>
        <translation>%1 (root)</translation>
    </message>
    <message>
        <source>Cannot open a shell in %1: its agent %2 is not known (yet).</source>
        <translation>Shell in %1 kann nicht geöffnet werden: Sein Agent %2 ist (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>Cannot open a shell in %1: %2</source>
        <translation>Shell in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot forward a port of %1: its agent is not known (yet).</source>
        <translation>Port von %1 kann nicht weitergeleitet werden: Sein Agent ist (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 has no host port to forward.</source>
        <translation>%1 hat keinen Host-Port zum Weiterleiten.</translation>
    </message>
    <message>
        <source>Cannot forward a port of %1: %2</source>
        <translation>Port von %1 kann nicht weitergeleitet werden: %2</translation>
    </message>
    <message>
        <source>Shell %1</source>
        <translation>Shell %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Root shell %1</source>
        <translation>Root-Shell %1</translation>
    </message>
    <message>
        <source>No terminal open</source>
        <translation>Kein Terminal geöffnet</translation>
    </message>
    <message>
        <source>Shells open here, one tab each. Open one on a host with Shell on the Services page, on an agent&apos;s host from Cluster &gt; Agents, in a task (or forward its port) from Tasks, or press Ctrl+K and type “shell” and a host&apos;s name.</source>
        <translation>Shells werden hier geöffnet, jede in einem eigenen Tab. Eine Shell auf einem Host über „Shell“ auf der Seite „Dienste“ öffnen, auf dem Host eines Agents unter Cluster &gt; Agents, in einem Task (oder seinen Port weiterleiten) unter Tasks, oder Strg+K drücken und „shell“ und den Namen eines Hosts eingeben.</translation>
    </message>
    <message>
        <source>Shell on a Host… (Ctrl+K)</source>
        <translation>Shell auf einem Host… (Strg+K)</translation>
    </message>
    <message>
        <source>Go to Services</source>
        <translation>Zur Seite „Dienste“</translation>
    </message>
    <message>
        <source>Go to Tasks</source>
        <translation>Zur Seite „Tasks“</translation>
    </message>
    <message>
        <source>%1 · shell on %2</source>
        <translation>%1 · Shell auf %2</translation>
    </message>
</context>
<context>
    <name>mc::app::WorkspaceSession</name>
    <message>
        <source>No inventory yet</source>
        <translation>Noch kein Inventar</translation>
    </message>
    <message>
        <source>Describe your machines: add masters (each with a ZooKeeper id) and agents, or import the Ansible inventory you already have.</source>
        <translation>Die Maschinen beschreiben: Master (jeweils mit ZooKeeper-ID) und Agents hinzufügen oder ein vorhandenes Ansible-Inventar importieren.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Import Ansible Inventory…</source>
        <translation>Ansible-Inventar importieren…</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: the file does not exist or is not readable.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: Die Datei existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Cannot open the workspace or inventory: %1</source>
        <translation>Arbeitsbereich oder Inventar kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opened the Ansible inventory %1 as a new workspace; Save Workspace asks where to keep it (the inventory file stays as it is).</source>
        <translation>Das Ansible-Inventar %1 wurde als neuer Arbeitsbereich geöffnet; „Arbeitsbereich speichern“ fragt, wo er abgelegt werden soll (die Inventardatei bleibt unverändert).</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Mesos Console was closed with unsaved changes to %1. Recover them? (The workspace file stays as it is until you save.)</source>
        <translation>Mesos Console wurde mit ungespeicherten Änderungen an %1 geschlossen. Wiederherstellen? (Die Arbeitsbereichsdatei bleibt unverändert, bis gespeichert wird.)</translation>
    </message>
    <message>
        <source>Cannot recover the unsaved changes of %1: %2</source>
        <translation>Die ungespeicherten Änderungen an %1 können nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>Wiederhergestellte Änderungen</translation>
    </message>
    <message>
        <source>Cannot recover the unsaved changes of a workspace that was never saved (%1): %2</source>
        <translation>Die ungespeicherten Änderungen eines nie gespeicherten Arbeitsbereichs können nicht wiederhergestellt werden (%1): %2</translation>
    </message>
    <message>
        <source>Mesos Console was closed with unsaved changes to a workspace that was never saved. Recover them? (Save Workspace then asks where to keep it.)</source>
        <translation>Mesos Console wurde mit ungespeicherten Änderungen an einem nie gespeicherten Arbeitsbereich geschlossen. Wiederherstellen? („Arbeitsbereich speichern“ fragt dann, wo er abgelegt werden soll.)</translation>
    </message>
    <message>
        <source>Connection path</source>
        <translation>Verbindungsweg</translation>
    </message>
    <message>
        <source>Cannot reach the cluster through the jump host: %1 Fix it in Cluster Settings.</source>
        <translation>Der Cluster ist über den Jump-Host nicht erreichbar: %1 In den Cluster-Einstellungen beheben.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>direct (the jump host setting is invalid)</source>
        <translation>direkt (die Jump-Host-Einstellung ist ungültig)</translation>
    </message>
    <message>
        <source>Cannot start the SSH tunnel: %1</source>
        <translation>Der SSH-Tunnel kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>How the console reaches the masters, agents and Marathon (Cluster Settings).</source>
        <translation>Wie die Konsole die Master, Agents und Marathon erreicht (Cluster-Einstellungen).</translation>
    </message>
    <message>
        <source>Connections: %1 — jump host unreachable</source>
        <translation>Verbindungen: %1 — Jump-Host nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>mc::audit::ActionGate</name>
    <message>
        <source>this cluster</source>
        <translation>dieser Cluster</translation>
    </message>
    <message>
        <source>Refused: %1 is read-only, so %2 was not sent.</source>
        <translation>Abgelehnt: Die Aktion %2 wurde nicht gesendet, da %1 schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Refused: %1 is protected and %2 was not confirmed by typing the cluster&apos;s name.</source>
        <translation>Abgelehnt: Die Aktion %2 wurde nicht gesendet, da %1 geschützt ist und sie nicht durch Eintippen des Cluster-Namens bestätigt wurde.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts did not succeed</source>
        <translation>Auf %1 von %2 Hosts nicht erfolgreich</translation>
    </message>
</context>
<context>
    <name>mc::audit::AuditExport</name>
    <message>
        <source>Cannot export the audit lines to %1: %2</source>
        <translation>Die Audit-Zeilen können nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>mc::audit::AuditLog</name>
    <message>
        <source>Could not lock the audit log %1: %2.</source>
        <translation>Das Audit-Log %1 konnte nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: another process has held %2 for over %3 s while writing to it. If no console or CLI is running, remove that lock file.</source>
        <translation>Das Audit-Log %1 konnte nicht geschrieben werden: Ein anderer Prozess hält %2 seit über %3 s, während er in das Log schreibt. Wenn weder eine Konsole noch die CLI läuft, diese Sperrdatei entfernen.</translation>
    </message>
    <message>
        <source>Could not start a new audit log: %1 cannot be removed.</source>
        <translation>Es konnte kein neues Audit-Log begonnen werden: %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not rotate the audit log %1: it cannot be renamed.</source>
        <translation>Das Audit-Log %1 konnte nicht rotiert werden: Es kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not write the audit log: the folder %1 cannot be made.</source>
        <translation>Das Audit-Log konnte nicht geschrieben werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2.</source>
        <translation>Das Audit-Log %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: %2.</source>
        <translation>Das Audit-Log %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not read the audit log %1: %2.</source>
        <translation>Das Audit-Log %1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>mc::cluster</name>
    <message>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <source>GET %1: no answer within %2 ms</source>
        <translation>GET %1: keine Antwort innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>GET %1: the connection was closed without an answer</source>
        <translation>GET %1: die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ClusterWatcher</name>
    <message>
        <source>No leading master: no master is registered in ZooKeeper under %1; the masters are electing one or are all down.</source>
        <translation>Kein führender Master: Kein Master ist in ZooKeeper unter %1 registriert; die Master wählen gerade einen oder sind alle ausgefallen.</translation>
    </message>
    <message>
        <source>No Mesos master answers. %1</source>
        <translation>Kein Mesos-Master antwortet. %1</translation>
    </message>
    <message>
        <source>No leading master: the masters are electing one.</source>
        <translation>Kein führender Master: Die Master wählen gerade einen.</translation>
    </message>
    <message>
        <source>No leading master: %1 says no leader is elected.</source>
        <translation>Kein führender Master: %1 meldet, dass kein Leader gewählt ist.</translation>
    </message>
    <message>
        <source>No leading master: %1 knows no leader.</source>
        <translation>Kein führender Master: %1 kennt keinen Leader.</translation>
    </message>
    <message>
        <source>via ZooKeeper %1 (learned from the cluster)</source>
        <translation>über ZooKeeper %1 (vom Cluster ermittelt)</translation>
    </message>
    <message>
        <source>via ZooKeeper %1</source>
        <translation>über ZooKeeper %1</translation>
    </message>
    <message>
        <source>via masters %1</source>
        <translation>über die Master %1</translation>
    </message>
    <message>
        <source>the leader&apos;s state is polled</source>
        <translation>der Zustand des Leaders wird abgefragt</translation>
    </message>
    <message>
        <source>the leader&apos;s event stream is followed</source>
        <translation>der Event-Stream des Leaders wird verfolgt</translation>
    </message>
    <message>
        <source>The masters&apos; flags cannot be read (HTTP %1), so their ZooKeeper is not known; the console follows the masters it knows.</source>
        <translation>Die Flags der Master können nicht gelesen werden (HTTP %1), daher ist ihr ZooKeeper unbekannt; die Konsole folgt den ihr bekannten Mastern.</translation>
    </message>
    <message>
        <source>The masters&apos; --zk flag is not a ZooKeeper URL the console can read; it follows the masters it knows instead.</source>
        <translation>Das Flag --zk der Master ist keine ZooKeeper-URL, die die Konsole lesen kann; sie folgt stattdessen den ihr bekannten Mastern.</translation>
    </message>
    <message>
        <source>The masters read their ZooKeeper URL from the file %1 on their own hosts (--zk=file://…), which cannot be read from here; the console follows the masters it knows instead. Give the zk:// URL to follow them through ZooKeeper.</source>
        <translation>Die Master lesen ihre ZooKeeper-URL aus der Datei %1 auf ihren eigenen Hosts (--zk=file://…), die von hier aus nicht gelesen werden kann; die Konsole folgt stattdessen den ihr bekannten Mastern. Die zk://-URL angeben, um ihnen über ZooKeeper zu folgen.</translation>
    </message>
    <message>
        <source>No Mesos master known yet: Marathon does not name one (%1).</source>
        <translation>Noch kein Mesos-Master bekannt: Marathon nennt keinen (%1).</translation>
    </message>
    <message>
        <source>Marathon names no Mesos master the console can reach (marathon_config.master is &quot;%1&quot;); give a master or a zk:// URL.</source>
        <translation>Marathon nennt keinen Mesos-Master, den die Konsole erreichen kann (marathon_config.master ist „%1“); einen Master oder eine zk://-URL angeben.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 cannot be reached from here, so the console polls the masters it learned instead. %2</source>
        <translation>ZooKeeper %1 ist von hier aus nicht erreichbar, daher fragt die Konsole stattdessen die ermittelten Master ab. %2</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ConnectionState</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>last update %1 s ago</source>
        <translation>letzte Aktualisierung vor %1 s</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>stale (%1)</source>
        <translation>veraltet (%1)</translation>
    </message>
    <message>
        <source>error: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mc::cluster::MasterSubscription</name>
    <message>
        <source>The event stream of %1 missed its heartbeats (none for %2 s); subscribing again.</source>
        <translation>Der Event-Stream von %1 hat seine Heartbeats verpasst (keiner seit %2 s); neues Abonnement.</translation>
    </message>
    <message>
        <source>The event stream of %1 sent nothing for %2 s; subscribing again.</source>
        <translation>Der Event-Stream von %1 hat %2 s lang nichts gesendet; neues Abonnement.</translation>
    </message>
    <message>
        <source>%1 has no event stream (SUBSCRIBE answered HTTP %2); polling its state instead.</source>
        <translation>%1 hat keinen Event-Stream (SUBSCRIBE antwortete mit HTTP %2); stattdessen wird sein Zustand abgefragt.</translation>
    </message>
    <message>
        <source>%1 refused the event stream (HTTP %2): check the user and password or token of the cluster profile.</source>
        <translation>%1 hat den Event-Stream abgelehnt (HTTP %2): Benutzer und Passwort oder Token des Cluster-Profils prüfen.</translation>
    </message>
    <message>
        <source>The event stream of %1 was refused with HTTP %2.</source>
        <translation>Der Event-Stream von %1 wurde mit HTTP %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed its event stream.</source>
        <translation>%1 hat seinen Event-Stream geschlossen.</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ServiceControl</name>
    <message>
        <source>%1 is not installed here (no systemd unit, init script or container)</source>
        <translation>%1 ist hier nicht installiert (keine systemd-Unit, kein Init-Skript, kein Container)</translation>
    </message>
    <message>
        <source>%1 %2 (%3) exited with status %4</source>
        <translation>%1 %2 (%3) endete mit Status %4</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s after %3 (%4); the rolling %3 stops here</source>
        <translation>%1 hat nicht innerhalb von %2 s nach %3 (%4) geantwortet; das rollierende %3 stoppt hier</translation>
    </message>
    <message>
        <source>%1 answers again (%2)</source>
        <translation>%1 antwortet wieder (%2)</translation>
    </message>
    <message>
        <source>%1 is %2 after %3</source>
        <translation>%1 ist %2 nach %3</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ServiceProbe</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer within %3 ms</source>
        <translation>%1 %2: keine Antwort innerhalb von %3 ms</translation>
    </message>
    <message>
        <source>%1 %2: the connection was closed without an answer</source>
        <translation>%1 %2: die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>mc::cluster::UsageSampler</name>
    <message>
        <source>the agent answered %1</source>
        <translation>der Agent antwortete %1</translation>
    </message>
</context>
<context>
    <name>mc::http::EventStreamReader</name>
    <message>
        <source>The event stream of %1 went silent for %2 s; reconnecting.</source>
        <translation>Der Event-Stream von %1 war %2 s lang still; neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <source>The event stream of %1 was closed by the server.</source>
        <translation>Der Event-Stream von %1 wurde vom Server geschlossen.</translation>
    </message>
    <message>
        <source>The event stream of %1 was refused with HTTP %2.</source>
        <translation>Der Event-Stream von %1 wurde mit HTTP %2 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>mc::http::HttpClient</name>
    <message>
        <source>Cannot use the CA file %1: it is missing, unreadable or holds no PEM certificate. Choose a PEM file with the cluster&apos;s CA certificate.</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden: Sie fehlt, ist nicht lesbar oder enthält kein PEM-Zertifikat. Eine PEM-Datei mit dem CA-Zertifikat des Clusters wählen.</translation>
    </message>
    <message>
        <source>Cannot request &quot;%1&quot;: not an http:// or https:// URL with a host.</source>
        <translation>„%1“ kann nicht angefragt werden: keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or unreachable; check it is running, or raise the timeout.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Der Server ist eventuell überlastet oder nicht erreichbar; prüfen, ob er läuft, oder das Zeitlimit erhöhen.</translation>
    </message>
    <message>
        <source>Too many redirects from %1 (more than %2): the servers send the request in a loop.</source>
        <translation>Zu viele Weiterleitungen von %1 (mehr als %2): Die Server schicken die Anfrage im Kreis.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the host and port and that the service runs.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht nichts. Host und Port prüfen und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The host of %1 is unknown: check the name, or use an IP address.</source>
        <translation>Der Host von %1 ist unbekannt: Namen prüfen oder eine IP-Adresse verwenden.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403): the user may not see this.</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403): Der Benutzer darf dies nicht sehen.</translation>
    </message>
    <message>
        <source>%1 does not exist on this server (HTTP 404).</source>
        <translation>%1 existiert auf diesem Server nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP 503): %2</source>
        <translation>%1 ist nicht verfügbar (HTTP 503): %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 kam leer zurück, obwohl JSON erwartet wurde.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>A password needs a user name (HTTP Basic authentication).</source>
        <translation>Ein Passwort braucht einen Benutzernamen (HTTP-Basic-Authentifizierung).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Add the cluster&apos;s CA certificate file in File &gt; Connect to Cluster….</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2. Die CA-Zertifikatsdatei des Clusters unter Datei &gt; Mit Cluster verbinden… angeben.</translation>
    </message>
    <message>
        <source>%1 asks for credentials (HTTP 401). Enter the user and password, or the token, in File &gt; Connect to Cluster….</source>
        <translation>%1 verlangt Anmeldedaten (HTTP 401). Benutzer und Passwort oder das Token unter Datei &gt; Mit Cluster verbinden… eingeben.</translation>
    </message>
</context>
<context>
    <name>mc::http::HttpStream</name>
    <message>
        <source>The request to %1 was not sent: its header %2 holds a line break.</source>
        <translation>Die Anfrage an %1 wurde nicht gesendet: ihr Header %2 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>%1 sent a line of more than %2 KB where HTTP has a short one.</source>
        <translation>%1 hat eine Zeile von mehr als %2 KB gesendet, wo HTTP eine kurze hat.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KB of HTTP headers.</source>
        <translation>%1 hat mehr als %2 KB HTTP-Header gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: %2</source>
        <translation>%1 hat nicht in HTTP geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked body: &quot;%2&quot; is no chunk size.</source>
        <translation>%1 hat einen kaputten Chunked-Body gesendet: „%2“ ist keine Chunk-Größe.</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked body: a chunk is longer than its size says.</source>
        <translation>%1 hat einen kaputten Chunked-Body gesendet: ein Chunk ist länger, als seine Größe angibt.</translation>
    </message>
    <message>
        <source>%1 closed the connection inside its answer.</source>
        <translation>%1 hat die Verbindung mitten in seiner Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>mc::http::RecordIoReader</name>
    <message>
        <source>The event stream is not RecordIO: expected a record length at byte %1, got &quot;%2&quot;.</source>
        <translation>Der Event-Stream ist kein RecordIO: An Byte %1 wurde eine Record-Länge erwartet, „%2“ gefunden.</translation>
    </message>
    <message>
        <source>The event stream announced a record of %1 bytes, more than the %2 bytes the console accepts; the stream is dropped.</source>
        <translation>Der Event-Stream kündigte einen Record von %1 Bytes an, mehr als die %2 Bytes, die die Konsole annimmt; der Stream wird verworfen.</translation>
    </message>
    <message>
        <source>The event stream ended inside a record (%1 of %2 bytes arrived).</source>
        <translation>Der Event-Stream endete mitten in einem Record (%1 von %2 Bytes angekommen).</translation>
    </message>
    <message>
        <source>The event stream ended inside a record length (&quot;%1&quot;).</source>
        <translation>Der Event-Stream endete mitten in einer Record-Länge („%1“).</translation>
    </message>
</context>
<context>
    <name>mc::inventory::HostPattern</name>
    <message>
        <source>a host range needs the form [begin:end] or [begin:end:step]</source>
        <translation>ein Host-Bereich braucht die Form [Anfang:Ende] oder [Anfang:Ende:Schritt]</translation>
    </message>
    <message>
        <source>host range [%1] must be begin:end or begin:end:step</source>
        <translation>der Host-Bereich [%1] muss Anfang:Ende oder Anfang:Ende:Schritt sein</translation>
    </message>
    <message>
        <source>host range [%1] must specify an end value</source>
        <translation>der Host-Bereich [%1] muss einen Endwert angeben</translation>
    </message>
    <message>
        <source>host range [%1] must specify equal-length begin and end formats (zero-padded: write [%2:%3])</source>
        <translation>der Host-Bereich [%1] muss Anfang und Ende gleich lang angeben (mit Nullen aufgefüllt: [%2:%3] schreiben)</translation>
    </message>
    <message>
        <source>host range [%1] needs a positive whole step, not &quot;%2&quot;</source>
        <translation>der Host-Bereich [%1] braucht eine positive ganze Schrittweite, nicht „%2“</translation>
    </message>
    <message>
        <source>host range [%1] must have begin &lt;= end</source>
        <translation>der Host-Bereich [%1] muss Anfang &lt;= Ende haben</translation>
    </message>
    <message>
        <source>host range [%1] mixes letters and numbers; write [1:9] or [a:f]</source>
        <translation>der Host-Bereich [%1] mischt Buchstaben und Zahlen; [1:9] oder [a:f] schreiben</translation>
    </message>
    <message>
        <source>host range [%1] is empty: it starts after it ends; write [%2:%3]</source>
        <translation>der Host-Bereich [%1] ist leer: Er beginnt nach seinem Ende; [%2:%3] schreiben</translation>
    </message>
    <message>
        <source>host range [%1] gives more than %2 hosts</source>
        <translation>der Host-Bereich [%1] ergibt mehr als %2 Hosts</translation>
    </message>
    <message>
        <source>the pattern gives more than %1 hosts</source>
        <translation>das Muster ergibt mehr als %1 Hosts</translation>
    </message>
    <message>
        <source>invalid host pattern &quot;%1&quot;: a &apos;:&apos; at the end is reserved for a port number</source>
        <translation>ungültiges Host-Muster „%1“: Ein &apos;:&apos; am Ende ist für eine Portnummer reserviert</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>leerer Hostname</translation>
    </message>
    <message>
        <source>invalid host pattern &quot;---&quot;: this looks like a YAML file</source>
        <translation>ungültiges Host-Muster „---“: Das sieht nach einer YAML-Datei aus</translation>
    </message>
</context>
<context>
    <name>mc::inventory::IniExporter</name>
    <message>
        <source>Cannot write this inventory as INI: %1 Export it as YAML instead.</source>
        <translation>Dieses Inventar kann nicht als INI geschrieben werden: %1 Stattdessen als YAML exportieren.</translation>
    </message>
    <message>
        <source>the group name &quot;%1&quot; has characters INI section names cannot hold.</source>
        <translation>der Gruppenname „%1“ enthält Zeichen, die in INI-Abschnittsnamen nicht stehen können.</translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; would be read as something else (a range, a port or several words).</source>
        <translation>der Hostname „%1“ würde als etwas anderes gelesen (ein Bereich, ein Port oder mehrere Wörter).</translation>
    </message>
    <message>
        <source>the variable name &quot;%1&quot; cannot be written on a host line.</source>
        <translation>der Variablenname „%1“ kann nicht in einer Host-Zeile stehen.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; (NaN) has no INI form.</source>
        <translation>der Wert von „%1“ (NaN) hat keine INI-Form.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; does not survive INI quoting.</source>
        <translation>der Wert von „%1“ übersteht das INI-Quoting nicht.</translation>
    </message>
    <message>
        <source>the variable name &quot;%1&quot; cannot be written in a [group:vars] section.</source>
        <translation>der Variablenname „%1“ kann nicht in einem [group:vars]-Abschnitt stehen.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::IniImporter</name>
    <message>
        <source>section [%1:%2] has an unknown type &quot;%2&quot;; use [%1], [%1:vars] or [%1:children]</source>
        <translation>der Abschnitt [%1:%2] hat einen unbekannten Typ „%2“; [%1], [%1:vars] oder [%1:children] verwenden</translation>
    </message>
    <message>
        <source>invalid section header %1: a group name cannot contain spaces, &apos;:&apos; or &apos;]&apos; (for example [my_group])</source>
        <translation>ungültige Abschnittsüberschrift %1: Ein Gruppenname darf keine Leerzeichen, &apos;:&apos; oder &apos;]&apos; enthalten (zum Beispiel [my_group])</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got &quot;%2&quot;</source>
        <translation>key=value in [%1:vars] erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>expected one group name per line in [%1:children], got &quot;%2&quot;</source>
        <translation>ein Gruppenname pro Zeile in [%1:children] erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>section [%1:vars] is for a group that is never defined; add a [%1] or [%1:children] section, or remove it</source>
        <translation>der Abschnitt [%1:vars] gehört zu einer Gruppe, die nirgends definiert wird; einen Abschnitt [%1] oder [%1:children] hinzufügen oder ihn entfernen</translation>
    </message>
    <message>
        <source>section [%1:children] includes the group &quot;%2&quot;, which is never defined; add a [%2] section or remove the line</source>
        <translation>der Abschnitt [%1:children] enthält die Gruppe „%2“, die nirgends definiert wird; einen Abschnitt [%2] hinzufügen oder die Zeile entfernen</translation>
    </message>
    <message>
        <source>%1:%2:%3: the group name &quot;%4&quot; has characters Ansible warns about; letters, digits and _ are safe</source>
        <translation>%1:%2:%3: der Gruppenname „%4“ enthält Zeichen, vor denen Ansible warnt; Buchstaben, Ziffern und _ sind sicher</translation>
    </message>
    <message>
        <source>a quote opened here is never closed; close it or escape it with \</source>
        <translation>ein hier geöffnetes Anführungszeichen wird nie geschlossen; es schließen oder mit \ maskieren</translation>
    </message>
    <message>
        <source>the line ends with a backslash that escapes nothing</source>
        <translation>die Zeile endet mit einem Backslash, der nichts maskiert</translation>
    </message>
    <message>
        <source>expected key=value after the host name, got &quot;%1&quot; (quote values that contain spaces)</source>
        <translation>key=value nach dem Hostnamen erwartet, „%1“ gefunden (Werte mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>%1:%2:%3: &quot;%4&quot; is both a group and a host name; Ansible mixes them up</source>
        <translation>%1:%2:%3: „%4“ ist sowohl ein Gruppen- als auch ein Hostname; Ansible verwechselt sie</translation>
    </message>
</context>
<context>
    <name>mc::inventory::Inventory</name>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>Es gibt keine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>Adding the group &quot;%1&quot; under &quot;%2&quot; would make a loop: &quot;%2&quot; is already inside &quot;%1&quot;.</source>
        <translation>Die Gruppe „%1“ unter „%2“ einzufügen, ergäbe eine Schleife: „%2“ liegt bereits in „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known host nor a known group.</source>
        <translation>„%1“ ist weder ein bekannter Host noch eine bekannte Gruppe.</translation>
    </message>
    <message>
        <source>A host needs a name.</source>
        <translation>Ein Host braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Host namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a host named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Host namens „%1“.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and cannot be renamed.</source>
        <translation>Die Gruppe „%1“ ist eingebaut und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and cannot be removed.</source>
        <translation>Die Gruppe „%1“ ist eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of a group; Ansible would mix the two up. Choose another host name.</source>
        <translation>„%1“ ist bereits der Name einer Gruppe; Ansible würde beide verwechseln. Einen anderen Hostnamen wählen.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and stays at the top.</source>
        <translation>Die Gruppe „%1“ ist eingebaut und bleibt ganz oben.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::InventoryExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write group_vars for the group &quot;%1&quot;.</source>
        <translation>group_vars für die Gruppe „%1“ können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write host_vars for the host &quot;%1&quot;.</source>
        <translation>host_vars für den Host „%1“ können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::InventoryValidator</name>
    <message>
        <source>There are no masters. Put 3 hosts into a group named &quot;%1&quot; (each with a zoo_id from 1 to 255).</source>
        <translation>Es gibt keine Master. 3 Hosts in eine Gruppe namens „%1“ aufnehmen (jeder mit einer zoo_id von 1 bis 255).</translation>
    </message>
    <message>
        <source>A single master has no failover: if it stops, the cluster stops. Use 3 masters for a cluster that survives one failure.</source>
        <translation>Ein einzelner Master hat kein Failover: Fällt er aus, steht der Cluster. 3 Master verwenden, damit der Cluster einen Ausfall übersteht.</translation>
    </message>
    <message>
        <source>There are %1 masters. ZooKeeper needs an odd number (3 or 5) for a quorum: %1 masters survive no more failures than %2. Add or remove one.</source>
        <translation>Es gibt %1 Master. ZooKeeper braucht für ein Quorum eine ungerade Anzahl (3 oder 5): %1 Master überstehen nicht mehr Ausfälle als %2. Einen hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>There are no agents, so tasks have nowhere to run. Add hosts to the group &quot;%1&quot;.</source>
        <translation>Es gibt keine Agents, daher können Tasks nirgends laufen. Hosts zur Gruppe „%1“ hinzufügen.</translation>
    </message>
    <message>
        <source>The master %1 has no zoo_id. Give every master a unique zoo_id from %2 to %3 (its ZooKeeper myid).</source>
        <translation>Der Master %1 hat keine zoo_id. Jedem Master eine eindeutige zoo_id von %2 bis %3 geben (seine ZooKeeper-myid).</translation>
    </message>
    <message>
        <source>The zoo_id of %1 is %2; it must be a whole number from %3 to %4.</source>
        <translation>Die zoo_id von %1 ist %2; sie muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>The zoo_id %1 of %2 is already used by %3; every master needs its own.</source>
        <translation>Die zoo_id %1 von %2 wird bereits von %3 verwendet; jeder Master braucht seine eigene.</translation>
    </message>
    <message>
        <source>%1 is both a master and an agent. That is allowed: it runs the master services and takes tasks.</source>
        <translation>%1 ist sowohl Master als auch Agent. Das ist erlaubt: Er führt die Master-Dienste aus und übernimmt Tasks.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &apos;_&apos;, which is not valid in a DNS name; resolving it may fail. Set ansible_host to an IP address or use &apos;-&apos;.</source>
        <translation>„%1“ enthält &apos;_&apos;, das in einem DNS-Namen nicht gültig ist; die Namensauflösung kann fehlschlagen. ansible_host auf eine IP-Adresse setzen oder &apos;-&apos; verwenden.</translation>
    </message>
    <message>
        <source>ansible_host &quot;%1&quot; of %2 is neither an IP address nor a host name.</source>
        <translation>ansible_host „%1“ von %2 ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name. Rename the host or set ansible_host.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Hostname. Den Host umbenennen oder ansible_host setzen.</translation>
    </message>
    <message>
        <source>ansible_port of %1 is &quot;%2&quot;; use a port from 1 to 65535 (22 for SSH).</source>
        <translation>ansible_port von %1 ist „%2“; einen Port von 1 bis 65535 verwenden (22 für SSH).</translation>
    </message>
    <message>
        <source>%1 and %2 both connect to %3. If they are one machine, keep one host and put it in both groups.</source>
        <translation>%1 und %2 verbinden sich beide mit %3. Ist es eine Maschine, einen Host behalten und ihn in beide Gruppen aufnehmen.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in upper/lower case; DNS treats them as the same host.</source>
        <translation>%1 und %2 unterscheiden sich nur in der Groß-/Kleinschreibung; DNS behandelt sie als denselben Host.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::TextFile</name>
    <message>
        <source>this is not a text file (it contains a NUL byte). Choose the inventory or workspace file itself.</source>
        <translation>dies ist keine Textdatei (sie enthält ein NUL-Byte). Die Inventar- oder Arbeitsbereichsdatei selbst wählen.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (byte 0x%1 cannot start or continue a character). Save the file as UTF-8.</source>
        <translation>dies ist kein UTF-8-Text (Byte 0x%1 kann kein Zeichen beginnen oder fortsetzen). Die Datei als UTF-8 speichern.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>the file is %1 MB; files over %2 MB are not read. Is this the right file?</source>
        <translation>die Datei ist %1 MB groß; Dateien über %2 MB werden nicht gelesen. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB and is not read.</source>
        <translation>die Datei ist größer als %1 MB und wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::Workspace</name>
    <message>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>„%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of group names</source>
        <translation>„%1“ muss eine Liste von Gruppennamen sein</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>this is not a Mesos Console workspace (expected a mapping with &quot;%1: 1&quot;).</source>
        <translation>dies ist kein Mesos-Console-Arbeitsbereich (erwartet wird ein Mapping mit „%1: 1“).</translation>
    </message>
    <message>
        <source>this is not a Mesos Console workspace (no &quot;%1:&quot; line). To use an Ansible inventory, import it.</source>
        <translation>dies ist kein Mesos-Console-Arbeitsbereich (keine Zeile „%1:“). Ein Ansible-Inventar stattdessen importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a format version number</source>
        <translation>„%1“ muss eine Formatversionsnummer sein</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Mesos Console (format %1; this one reads %2). Update the console.</source>
        <translation>dieser Arbeitsbereich wurde von einer neueren Mesos Console geschrieben (Format %1; diese liest %2). Die Konsole aktualisieren.</translation>
    </message>
    <message>
        <source>&quot;jump_host&quot; must be a mapping (via, host, user, port, key, known_hosts)</source>
        <translation>„jump_host“ muss ein Mapping sein (via, host, user, port, key, known_hosts)</translation>
    </message>
    <message>
        <source>&quot;via&quot; must be direct, host (an inventory host) or bastion, not &quot;%1&quot;</source>
        <translation>„via“ muss direct, host (ein Host des Inventars) oder bastion sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;jump_host&quot; says via %1 but names no host</source>
        <translation>„jump_host“ sagt via %1, nennt aber keinen Host</translation>
    </message>
    <message>
        <source>Cannot autosave the unsaved workspace: cannot create the folder %1</source>
        <translation>Der ungespeicherte Arbeitsbereich kann nicht automatisch gesichert werden: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>An empty host pattern matches nothing; use &quot;all&quot; or a group name.</source>
        <translation>Ein leeres Host-Muster trifft nichts; „all“ oder einen Gruppennamen verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a group nor a host of this workspace.</source>
        <translation>„%1“ ist weder eine Gruppe noch ein Host dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be read-write, protected or read-only, not &quot;%1&quot;</source>
        <translation>„mode“ muss read-write, protected oder read-only sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;colour&quot; must be a colour written #rrggbb (e.g. &quot;#d93025&quot;), not &quot;%1&quot;</source>
        <translation>„colour“ muss eine als #rrggbb geschriebene Farbe sein (z. B. „#d93025“), nicht „%1“</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlExporter</name>
    <message>
        <source>Cannot write the host &quot;%1&quot; to YAML: Ansible would read the name as a range or a port. Rename the host.</source>
        <translation>Der Host „%1“ kann nicht als YAML geschrieben werden: Ansible würde den Namen als Bereich oder Port lesen. Den Host umbenennen.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlImporter</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>das YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the YAML file is empty; an inventory starts with &quot;all:&quot;</source>
        <translation>die YAML-Datei ist leer; ein Inventar beginnt mit „all:“</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of group names (starting with &quot;all:&quot;), not %1</source>
        <translation>ein YAML-Inventar muss ein Mapping von Gruppennamen sein (beginnend mit „all:“), nicht %1</translation>
    </message>
    <message>
        <source>this is an inventory plugin configuration (it has a &quot;plugin:&quot; key), not an inventory; run ansible-inventory --list on it and import that instead</source>
        <translation>dies ist die Konfiguration eines Inventar-Plugins (sie hat einen Schlüssel „plugin:“), kein Inventar; ansible-inventory --list darauf ausführen und stattdessen dessen Ausgabe importieren</translation>
    </message>
    <message>
        <source>a group name must be text, not %1; quote it</source>
        <translation>ein Gruppenname muss Text sein, nicht %1; ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>groups are nested too deeply</source>
        <translation>Gruppen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>skipping &quot;%1&quot;: a group must be a mapping (with hosts, vars, children) or empty, not %2</source>
        <translation>„%1“ wird übersprungen: Eine Gruppe muss ein Mapping (mit hosts, vars, children) oder leer sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of the group &quot;%2&quot; must be a mapping, not %3</source>
        <translation>„%1“ der Gruppe „%2“ muss ein Mapping sein, nicht %3</translation>
    </message>
    <message>
        <source>skipping the key &quot;%1&quot; in the group &quot;%2&quot;: it is not a mapping</source>
        <translation>der Schlüssel „%1“ in der Gruppe „%2“ wird übersprungen: Er ist kein Mapping</translation>
    </message>
    <message>
        <source>skipping the unexpected key &quot;%1&quot; in the group &quot;%2&quot;; only vars, children and hosts are read</source>
        <translation>der unerwartete Schlüssel „%1“ in der Gruppe „%2“ wird übersprungen; nur vars, children und hosts werden gelesen</translation>
    </message>
    <message>
        <source>the host pattern %1 must be text; put numbers in quotes</source>
        <translation>das Host-Muster %1 muss Text sein; Zahlen in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>the variables of host &quot;%1&quot; must be a mapping (name: value), not %2</source>
        <translation>die Variablen des Hosts „%1“ müssen ein Mapping (Name: Wert) sein, nicht %2</translation>
    </message>
    <message>
        <source>a variables file must hold a mapping (name: value), not a list or a single value</source>
        <translation>eine Variablendatei muss ein Mapping (Name: Wert) enthalten, keine Liste und keinen Einzelwert</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlSyntax</name>
    <message>
        <source>out of memory while reading the YAML</source>
        <translation>kein Speicher mehr beim Lesen des YAML</translation>
    </message>
    <message>
        <source>not valid YAML: %1: %2 at line %3, column %4</source>
        <translation>kein gültiges YAML: %1: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (a second &apos;---&apos;); keep one</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument (ein zweites &apos;---&apos;); nur eines behalten</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlValue</name>
    <message>
        <source>this value expands to more than %1 values (aliases repeated too often)</source>
        <translation>dieser Wert ergibt mehr als %1 Werte (Aliase zu oft wiederholt)</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>vault-encrypted values are not supported; decrypt them with ansible-vault first</source>
        <translation>mit Vault verschlüsselte Werte werden nicht unterstützt; sie zuerst mit ansible-vault entschlüsseln</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>ein Merge-Schlüssel (&lt;&lt;) braucht ein Mapping oder eine Liste von Mappings</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>ein Mapping-Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!int but is not a whole number</source>
        <translation>„%1“ ist als !!int markiert, aber keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!float but is not a number</source>
        <translation>„%1“ ist als !!float markiert, aber keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!bool but is not yes/no/true/false/on/off</source>
        <translation>„%1“ ist als !!bool markiert, aber nicht yes/no/true/false/on/off</translation>
    </message>
</context>
<context>
    <name>mc::logs</name>
    <message>
        <source>The agent answered /files/read with something that is not a {&quot;data&quot;, &quot;offset&quot;} object.</source>
        <translation>Der Agent hat auf /files/read mit etwas geantwortet, das kein {&quot;data&quot;, &quot;offset&quot;}-Objekt ist.</translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation>der Agent antwortete %1</translation>
    </message>
    <message>
        <source>The agent answered %1 for its state.</source>
        <translation>Der Agent antwortete %1 auf die Zustandsabfrage.</translation>
    </message>
</context>
<context>
    <name>mc::logs::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Nothing was saved to %1.</source>
        <translation>In %1 wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled. %2</source>
        <translation>Der Download von %1 wurde abgebrochen. %2</translation>
    </message>
    <message>
        <source>%1 did not answer the download of %2 within %3 s. %4</source>
        <translation>%1 hat auf den Download von %2 nicht innerhalb von %3 s geantwortet. %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The agent answered %1 to the download of %2. %3</source>
        <translation>Der Agent antwortete %1 auf den Download von %2. %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The download of %1 stalled after %2: no data for %3 s. %4</source>
        <translation>Der Download von %1 blieb nach %2 stehen: %3 s lang keine Daten. %4</translation>
    </message>
    <message>
        <source>The download of %1 broke off after %2: %3. %4</source>
        <translation>Der Download von %1 brach nach %2 ab: %3. %4</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2. %3</source>
        <translation>Der Download von %1 endete nach %2. %3</translation>
    </message>
</context>
<context>
    <name>mc::logs::LogSource</name>
    <message>
        <source>This log cannot be read by position.</source>
        <translation>Dieses Log kann nicht nach Position gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mc::logs::LogTail</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation>der Agent antwortete %1</translation>
    </message>
    <message>
        <source>Cannot read %1: the agent answered %2.</source>
        <translation>%1 kann nicht gelesen werden: Der Agent antwortete %2.</translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox (garbage-collected, or the agent was replaced).</source>
        <translation>%1 ist weg: Der Agent hat diese Sandbox nicht mehr (per Garbage Collection entfernt oder der Agent wurde ersetzt).</translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox.</source>
        <translation>%1 ist weg: Der Agent hat diese Sandbox nicht mehr.</translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes at %4 (truncated or rotated); reading it again from the start.</source>
        <translation>%1 ist bei %4 von %2 auf %3 Bytes geschrumpft (gekürzt oder rotiert); wird erneut von vorn gelesen.</translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation>Agent nicht erreichbar (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Task finished; all %1 bytes read.</source>
        <translation>Task beendet; alle %1 Bytes gelesen.</translation>
    </message>
    <message>
        <source>The agent answered %1.</source>
        <translation>Der Agent antwortete %1.</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
</context>
<context>
    <name>mc::logs::SandboxBrowser</name>
    <message>
        <source>The agent&apos;s listing of the sandbox is not a JSON array.</source>
        <translation>Die Sandbox-Auflistung des Agents ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The agent %1 did not answer: %2</source>
        <translation>Der Agent %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>The sandbox of %1 is gone: the agent %2 has removed it (garbage collection of completed tasks&apos; sandboxes).</source>
        <translation>Die Sandbox von %1 ist weg: Der Agent %2 hat sie entfernt (Garbage Collection der Sandboxes beendeter Tasks).</translation>
    </message>
    <message>
        <source>The sandbox of %1 is gone from the agent %2.</source>
        <translation>Die Sandbox von %1 ist auf dem Agent %2 nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 is no longer in the sandbox of %2.</source>
        <translation>%1 ist nicht mehr in der Sandbox von %2.</translation>
    </message>
    <message>
        <source>The agent %1 answered %2 to the listing of %3.</source>
        <translation>Der Agent %1 antwortete %2 auf die Auflistung von %3.</translation>
    </message>
</context>
<context>
    <name>mc::logs::SandboxLocator</name>
    <message>
        <source>The agent&apos;s state is not valid JSON.</source>
        <translation>Der Zustand des Agents ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The agent does not know the task %1 (its sandbox may have been garbage-collected).</source>
        <translation>Der Agent kennt den Task %1 nicht (seine Sandbox wurde eventuell per Garbage Collection entfernt).</translation>
    </message>
</context>
<context>
    <name>mc::logs::ServiceLogSource</name>
    <message>
        <source>Paused; new lines are held</source>
        <translation>Angehalten; neue Zeilen werden zurückgehalten</translation>
    </message>
    <message>
        <source>[… %1 bytes dropped while paused …]
</source>
        <translation>[… %1 Bytes während der Pause verworfen …]
</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Wird verfolgt</translation>
    </message>
    <message>
        <source>Paused; %1 bytes of older lines dropped</source>
        <translation>Angehalten; %1 Bytes älterer Zeilen verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The log command failed on %1 (exit %2).</source>
        <translation>Der Log-Befehl ist auf %1 fehlgeschlagen (Exit %2).</translation>
    </message>
    <message>
        <source>the log command ended</source>
        <translation>der Log-Befehl wurde beendet</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>mc::logs::TaskLogSource</name>
    <message>
        <source>Looking up the sandbox of %1 on %2</source>
        <translation>Sandbox von %1 auf %2 wird gesucht</translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation>Agent nicht erreichbar (%1); neuer Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>mc::marathon</name>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 kam leer zurück, obwohl JSON erwartet wurde.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
</context>
<context>
    <name>mc::marathon::AppDefinition</name>
    <message>
        <source>The app definition is not valid JSON: %1 at offset %2.</source>
        <translation>Die App-Definition ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The app definition must be a JSON object ({&quot;id&quot;: ...}).</source>
        <translation>Die App-Definition muss ein JSON-Objekt sein ({&quot;id&quot;: ...}).</translation>
    </message>
    <message>
        <source>Give the app an id, e.g. /prod/web.</source>
        <translation>Der App eine ID geben, z. B. /prod/web.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits, &apos;-&apos; and &apos;.&apos; in path segments separated by &apos;/&apos;, each starting and ending with a letter or digit (e.g. /prod/web-1).</source>
        <translation>Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; in durch &apos;/&apos; getrennten Pfadsegmenten verwenden, jedes mit einem Buchstaben oder einer Ziffer am Anfang und Ende (z. B. /prod/web-1).</translation>
    </message>
    <message>
        <source>CPUs must be 0 or more.</source>
        <translation>CPUs müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>Memory must be 0 MiB or more.</source>
        <translation>Der Speicher muss 0 MiB oder mehr betragen.</translation>
    </message>
    <message>
        <source>Disk must be 0 MiB or more.</source>
        <translation>Die Festplatte muss 0 MiB oder mehr betragen.</translation>
    </message>
    <message>
        <source>Instances must be 0 or more.</source>
        <translation>Instanzen müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>Give a Docker image or a command (cmd or args).</source>
        <translation>Ein Docker-Image oder einen Befehl (cmd oder args) angeben.</translation>
    </message>
    <message>
        <source>Use either a command or arguments, not both.</source>
        <translation>Entweder einen Befehl oder Argumente verwenden, nicht beides.</translation>
    </message>
    <message>
        <source>User networking needs the name of the network.</source>
        <translation>User-Networking braucht den Namen des Netzwerks.</translation>
    </message>
    <message>
        <source>Bridge and user networking need a Docker image.</source>
        <translation>Bridge- und User-Networking brauchen ein Docker-Image.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 65535.</source>
        <translation>%1 muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>Der Port</translation>
    </message>
    <message>
        <source>The container port</source>
        <translation>Der Container-Port</translation>
    </message>
    <message>
        <source>The host port</source>
        <translation>Der Host-Port</translation>
    </message>
    <message>
        <source>The service port</source>
        <translation>Der Service-Port</translation>
    </message>
    <message>
        <source>The protocol is tcp, udp or udp,tcp.</source>
        <translation>Das Protokoll ist tcp, udp oder udp,tcp.</translation>
    </message>
    <message>
        <source>A port name uses lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Ein Portname besteht aus Kleinbuchstaben, Ziffern und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Port names must be unique.</source>
        <translation>Portnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>An environment variable needs a name.</source>
        <translation>Eine Umgebungsvariable braucht einen Namen.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>A constraint needs a field (hostname or an agent attribute).</source>
        <translation>Ein Constraint braucht ein Feld (hostname oder ein Agent-Attribut).</translation>
    </message>
    <message>
        <source>Unknown operator &apos;%1&apos;; use one of %2.</source>
        <translation>Unbekannter Operator &apos;%1&apos;; einen von %2 verwenden.</translation>
    </message>
    <message>
        <source>The %1 operator needs a value.</source>
        <translation>Der Operator %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The %1 operator needs a whole number of 1 or more.</source>
        <translation>Der Operator %1 braucht eine ganze Zahl von 1 oder mehr.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Eines von %1 verwenden.</translation>
    </message>
    <message>
        <source>A COMMAND health check needs a command.</source>
        <translation>Ein COMMAND-Health-Check braucht einen Befehl.</translation>
    </message>
    <message>
        <source>This health check needs a port: add one to the port table.</source>
        <translation>Dieser Health-Check braucht einen Port: einen in der Port-Tabelle hinzufügen.</translation>
    </message>
    <message>
        <source>The port index must be between 0 and %1.</source>
        <translation>Der Port-Index muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The path must start with &apos;/&apos;.</source>
        <translation>Der Pfad muss mit &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>The grace period must be 0 or more seconds.</source>
        <translation>Die Schonfrist muss 0 oder mehr Sekunden betragen.</translation>
    </message>
    <message>
        <source>The interval must be 1 second or more.</source>
        <translation>Das Intervall muss 1 Sekunde oder mehr betragen.</translation>
    </message>
    <message>
        <source>The timeout must be 1 second or more.</source>
        <translation>Der Timeout muss 1 Sekunde oder mehr betragen.</translation>
    </message>
    <message>
        <source>The timeout must be shorter than the interval.</source>
        <translation>Der Timeout muss kürzer als das Intervall sein.</translation>
    </message>
    <message>
        <source>Max consecutive failures must be 0 or more.</source>
        <translation>Max. aufeinanderfolgende Fehlschläge müssen 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>A volume needs a container path.</source>
        <translation>Ein Volume braucht einen Container-Pfad.</translation>
    </message>
    <message>
        <source>The mode is RW or RO.</source>
        <translation>Der Modus ist RW oder RO.</translation>
    </message>
    <message>
        <source>A fetch entry needs a URI.</source>
        <translation>Ein Fetch-Eintrag braucht eine URI.</translation>
    </message>
    <message>
        <source>A fraction between 0 and 1.</source>
        <translation>Ein Anteil zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression.</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck.</translation>
    </message>
</context>
<context>
    <name>mc::marathon::AppExport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an app export is far smaller. Is it the right file?</source>
        <translation>%1 ist %2 MB groß; ein App-Export ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into a new or empty folder, so that an import of it finds only this export&apos;s files.</source>
        <translation>Der Ordner %1 ist nicht leer. In einen neuen oder leeren Ordner exportieren, damit ein Import daraus nur die Dateien dieses Exports findet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Marathon id (lower-case a-z, 0-9, &apos;-&apos; and &apos;.&apos; between slashes), so it cannot name a file; nothing was written. Export to one .json file instead.</source>
        <translation>„%1“ ist keine Marathon-ID (Kleinbuchstaben a-z, 0-9, &apos;-&apos; und &apos;.&apos; zwischen Schrägstrichen) und kann daher keine Datei benennen; nichts wurde geschrieben. Stattdessen in eine einzelne .json-Datei exportieren.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: definition %2 has no id</source>
        <translation>%1: Definition %2 hat keine ID</translation>
    </message>
    <message>
        <source>%1 holds no app or pod definitions</source>
        <translation>%1 enthält keine App- oder Pod-Definitionen</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>3 apps and 1 pod</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>die App %1</translation>
    </message>
    <message>
        <source>%1 and the pod %2 would both be %3; nothing was written. Export to one .json file instead.</source>
        <translation>%1 und der Pod %2 wären beide %3; nichts wurde geschrieben. Exportieren Sie stattdessen in eine einzige .json-Datei.</translation>
    </message>
    <message>
        <source>the pod %1</source>
        <translation>der Pod %1</translation>
    </message>
    <message>
        <source>%1 is not an app or pod definition (a JSON object with an id)</source>
        <translation>%1 ist keine App- oder Pod-Definition (ein JSON-Objekt mit einer ID)</translation>
    </message>
    <message>
        <source>%1 is named as a pod but has no containers: a pod needs at least one</source>
        <translation>%1 ist als Pod benannt, hat aber keine Container: ein Pod braucht mindestens einen</translation>
    </message>
    <message>
        <source>The folder %1 holds no app or pod definitions (*.json)</source>
        <translation>Der Ordner %1 enthält keine App- oder Pod-Definitionen (*.json)</translation>
    </message>
</context>
<context>
    <name>mc::marathon::ApplySummary</name>
    <message numerus="yes">
        <source>Created %1, updated %2, failed %3, %4 left as they were; %n deployment(s)</source>
        <translation>
            <numerusform>Angelegt %1, aktualisiert %2, fehlgeschlagen %3, %4 unverändert gelassen; %n Deployment</numerusform>
            <numerusform>Angelegt %1, aktualisiert %2, fehlgeschlagen %3, %4 unverändert gelassen; %n Deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::marathon::ImportApplier</name>
    <message>
        <source>Importing app %1</source>
        <translation>App %1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Updating group %1 (%n app(s))</source>
        <translation>
            <numerusform>Gruppe %1 wird aktualisiert (%n App)</numerusform>
            <numerusform>Gruppe %1 wird aktualisiert (%n Apps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply again with force to cancel the running deployment, or wait for it.</source>
        <translation>Erneut mit Erzwingen anwenden, um das laufende Deployment abzubrechen, oder auf dessen Ende warten.</translation>
    </message>
    <message>
        <source>Not applied: Marathon refused the update of group %1 for another of its apps.</source>
        <translation>Nicht angewendet: Marathon hat die Aktualisierung der Gruppe %1 wegen einer anderen ihrer Apps abgelehnt.</translation>
    </message>
    <message>
        <source>Importing pod %1</source>
        <translation>Pod %1 wird importiert</translation>
    </message>
</context>
<context>
    <name>mc::marathon::ImportPlan</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 skipped, %5 in conflict</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 übersprungen, %5 im Konflikt</translation>
    </message>
    <message>
        <source>%1 is a group in the target, an app cannot have its id</source>
        <translation>%1 ist im Ziel eine Gruppe, eine App kann nicht deren ID haben</translation>
    </message>
    <message>
        <source>%1 is an app in the target, it cannot hold the app %2</source>
        <translation>%1 ist im Ziel eine App, sie kann die App %2 nicht enthalten</translation>
    </message>
    <message>
        <source>the target has %1 already</source>
        <translation>das Ziel hat %1 bereits</translation>
    </message>
    <message>
        <source>%1 is being deployed in the target (deployment %2): wait for it to finish, or apply with force to cancel it</source>
        <translation>%1 wird im Ziel gerade deployt (Deployment %2): auf dessen Ende warten oder mit Erzwingen anwenden, um es abzubrechen</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>%1 (import)</source>
        <translation>%1 (Import)</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, it cannot hold the pod %2</source>
        <translation>%1 ist im Ziel ein Pod und kann den Pod %2 nicht enthalten</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, it cannot hold the app %2</source>
        <translation>%1 ist im Ziel ein Pod und kann die App %2 nicht enthalten</translation>
    </message>
    <message>
        <source>%1 is an app in the target, it cannot hold the pod %2</source>
        <translation>%1 ist im Ziel eine App und kann den Pod %2 nicht enthalten</translation>
    </message>
    <message>
        <source>%1 is a group in the target, a pod cannot have its id</source>
        <translation>%1 ist im Ziel eine Gruppe; ein Pod kann nicht ihre ID haben</translation>
    </message>
    <message>
        <source>%1 is an app in the target, a pod cannot have its id</source>
        <translation>%1 ist im Ziel eine App; ein Pod kann nicht ihre ID haben</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, an app cannot have its id</source>
        <translation>%1 ist im Ziel ein Pod; eine App kann nicht seine ID haben</translation>
    </message>
</context>
<context>
    <name>mc::marathon::LaunchQueue</name>
    <message>
        <source>Marathon&apos;s launch queue (/v2/queue) is not the JSON it should be (%1).</source>
        <translation>Die Launch-Queue von Marathon (/v2/queue) ist nicht das erwartete JSON (%1).</translation>
    </message>
</context>
<context>
    <name>mc::marathon::MarathonClient</name>
    <message>
        <source>Reading app %1</source>
        <translation>App %1 wird gelesen</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>Die App %1</translation>
    </message>
    <message>
        <source>Creating app %1</source>
        <translation>App %1 wird angelegt</translation>
    </message>
    <message>
        <source>Updating app %1</source>
        <translation>App %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Scaling app %1 to %2</source>
        <translation>App %1 wird auf %2 skaliert</translation>
    </message>
    <message>
        <source>Restarting app %1</source>
        <translation>App %1 wird neu gestartet</translation>
    </message>
    <message>
        <source>Destroying app %1</source>
        <translation>App %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Killing task %1</source>
        <translation>Task %1 wird beendet</translation>
    </message>
    <message>
        <source>Killing %1 tasks</source>
        <translation>%1 Tasks werden beendet</translation>
    </message>
    <message>
        <source>Stopping deployment %1</source>
        <translation>Deployment %1 wird gestoppt</translation>
    </message>
    <message>
        <source>Rolling back deployment %1</source>
        <translation>Deployment %1 wird zurückgerollt</translation>
    </message>
    <message>
        <source>Importing app %1</source>
        <translation>App %1 wird importiert</translation>
    </message>
    <message>
        <source>Updating group %1</source>
        <translation>Gruppe %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Scaling group %1 by %2</source>
        <translation>Gruppe %1 wird mit %2 skaliert</translation>
    </message>
    <message>
        <source>Destroying group %1</source>
        <translation>Gruppe %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the launch queue</source>
        <translation>Die Launch-Queue wird gelesen</translation>
    </message>
    <message>
        <source>Reading the tasks of %1</source>
        <translation>Tasks von %1 werden gelesen</translation>
    </message>
    <message>
        <source>Resetting the launch delay of %1</source>
        <translation>Startverzögerung von %1 wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Applying version %1 of %2</source>
        <translation>Version %1 von %2 wird angewendet</translation>
    </message>
    <message>
        <source>Reading the pods</source>
        <translation>Pods werden gelesen</translation>
    </message>
    <message>
        <source>Reading the status of pod %1</source>
        <translation>Status von Pod %1 wird gelesen</translation>
    </message>
    <message>
        <source>Creating pod %1</source>
        <translation>Pod %1 wird angelegt</translation>
    </message>
    <message>
        <source>Updating pod %1</source>
        <translation>Pod %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Scaling pod %1 to %2</source>
        <translation>Pod %1 wird auf %2 skaliert</translation>
    </message>
    <message>
        <source>Restarting pod %1</source>
        <translation>Pod %1 wird neu gestartet</translation>
    </message>
    <message>
        <source>Destroying pod %1</source>
        <translation>Pod %1 wird gelöscht</translation>
    </message>
    <message>
        <source>Killing instance %1 of pod %2</source>
        <translation>Instanz %1 von Pod %2 wird beendet</translation>
    </message>
    <message>
        <source>%1 failed: Marathon wants credentials (401). Set the HTTP user and password (or the DC/OS token) in the cluster settings and try again.</source>
        <translation>%1 — fehlgeschlagen: Marathon verlangt Anmeldedaten (401). HTTP-Benutzer und -Passwort (oder das DC/OS-Token) in den Cluster-Einstellungen festlegen und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 failed: Marathon refused it (403)%2. Ask for the permission, or wait until running deployments finish.</source>
        <translation>%1 — fehlgeschlagen: Marathon hat es verweigert (403)%2. Die Berechtigung anfordern oder warten, bis laufende Deployments beendet sind.</translation>
    </message>
    <message>
        <source>not found (404).</source>
        <translation>nicht gefunden (404).</translation>
    </message>
    <message>
        <source>%1 failed: the app is locked by deployment %2. Wait for it to finish, or force the change (this cancels the running deployment).</source>
        <translation>%1 — fehlgeschlagen: Die App ist durch Deployment %2 gesperrt. Auf dessen Ende warten oder die Änderung erzwingen (das bricht das laufende Deployment ab).</translation>
    </message>
    <message>
        <source>conflict (409).</source>
        <translation>Konflikt (409).</translation>
    </message>
    <message>
        <source>%1 failed: Marathon rejected the definition (%2): %3</source>
        <translation>%1 — fehlgeschlagen: Marathon hat die Definition abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>%1 failed: Marathon answered %2%3. If the leader is changing, try again in a few seconds.</source>
        <translation>%1 — fehlgeschlagen: Marathon hat mit %2%3 geantwortet. Wenn der Leader gerade wechselt, in einigen Sekunden erneut versuchen.</translation>
    </message>
    <message>
        <source>the group %1</source>
        <translation>die Gruppe %1</translation>
    </message>
    <message>
        <source>the versions of %1</source>
        <translation>die Versionen von %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
</context>
<context>
    <name>mc::marathon::MarathonParser</name>
    <message>
        <source>Marathon&apos;s app list</source>
        <translation>Die App-Liste von Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s app list has no &quot;apps&quot; array.</source>
        <translation>Die App-Liste von Marathon hat kein „apps“-Array.</translation>
    </message>
    <message>
        <source>Marathon&apos;s task list</source>
        <translation>Die Task-Liste von Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list</source>
        <translation>Die Deployment-Liste von Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list is not a JSON array.</source>
        <translation>Die Deployment-Liste von Marathon ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info</source>
        <translation>/v2/info von Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info names no version.</source>
        <translation>/v2/info von Marathon nennt keine Version.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader</source>
        <translation>/v2/leader von Marathon</translation>
    </message>
    <message>
        <source>Marathon has no leader right now.</source>
        <translation>Marathon hat gerade keinen Leader.</translation>
    </message>
    <message>
        <source>A Marathon event</source>
        <translation>Ein Marathon-Event</translation>
    </message>
</context>
<context>
    <name>mc::marathon::PodParser</name>
    <message>
        <source>%1 is not what Marathon answers there (Marathon 1.4 or later is needed for pods).</source>
        <translation>%1 ist nicht das, was Marathon dort antwortet (für Pods ist Marathon 1.4 oder neuer nötig).</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/pods</source>
        <translation>/v2/pods von Marathon</translation>
    </message>
    <message>
        <source>The pod</source>
        <translation>Der Pod</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/pods/::status</source>
        <translation>/v2/pods/::status von Marathon</translation>
    </message>
    <message>
        <source>The pod&apos;s status</source>
        <translation>Der Status des Pods</translation>
    </message>
</context>
<context>
    <name>mc::marathon::TaskHealth</name>
    <message>
        <source>Marathon&apos;s task list of the app is not the JSON it should be.</source>
        <translation>Die Task-Liste der App von Marathon ist nicht das erwartete JSON.</translation>
    </message>
</context>
<context>
    <name>mc::marathon::WhyNotRunning</name>
    <message>
        <source>resources of another role</source>
        <translation>Ressourcen einer anderen Rolle</translation>
    </message>
    <message>
        <source>placement constraints</source>
        <translation>Platzierungs-Constraints</translation>
    </message>
    <message>
        <source>no matching reservation</source>
        <translation>keine passende Reservierung</translation>
    </message>
    <message>
        <source>agent in maintenance</source>
        <translation>Agent in Wartung</translation>
    </message>
    <message>
        <source>not enough CPUs</source>
        <translation>nicht genug CPUs</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>not enough disk</source>
        <translation>nicht genug Festplatte</translation>
    </message>
    <message>
        <source>not enough GPUs</source>
        <translation>nicht genug GPUs</translation>
    </message>
    <message>
        <source>not enough ports</source>
        <translation>nicht genug Ports</translation>
    </message>
    <message>
        <source>scarce resources (GPU agents kept for GPU apps)</source>
        <translation>knappe Ressourcen (GPU-Agents bleiben GPU-Apps vorbehalten)</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (Agent %2)</translation>
    </message>
    <message>
        <source>Asks %1 host ports; the most free is %2 on %3.</source>
        <translation>Verlangt %1 Host-Ports; die meisten freien sind %2 auf %3.</translation>
    </message>
    <message>
        <source>Asks %1 CPUs; the largest free is %2 on %3.</source>
        <translation>Verlangt %1 CPUs; am meisten frei sind %2 auf %3.</translation>
    </message>
    <message>
        <source>Asks %1 of memory; the largest free is %2 on %3.</source>
        <translation>Verlangt %1 Speicher; am meisten frei sind %2 auf %3.</translation>
    </message>
    <message>
        <source>Asks %1 of disk; the largest free is %2 on %3.</source>
        <translation>Verlangt %1 Festplatte; am meisten frei sind %2 auf %3.</translation>
    </message>
    <message>
        <source>Asks %1 GPUs; the most free is %2 on %3.</source>
        <translation>Verlangt %1 GPUs; die meisten freien sind %2 auf %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: no agent offered matches (%2 has: %3).</source>
        <translation>%1: Kein angebotener Agent passt (%2 hat: %3).</translation>
    </message>
    <message>
        <source>%1: the agents offered already hold as many instances as it allows.</source>
        <translation>%1: Die angebotenen Agents haben bereits so viele Instanzen, wie erlaubt.</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>Accepts only roles %1; the agents offered other roles.</source>
        <translation>Akzeptiert nur die Rollen %1; die Agents boten andere Rollen an.</translation>
    </message>
    <message>
        <source>Unhealthy tasks by cause:</source>
        <translation>Ungesunde Tasks nach Ursache:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>(no cause given)</source>
        <translation>(keine Ursache angegeben)</translation>
    </message>
    <message>
        <source>  %1 on %2, check %3: not alive, %4 consecutive failures, last success %5, last failure %6: %7</source>
        <translation>  %1 auf %2, Check %3: nicht lebendig, %4 Fehlschläge in Folge, letzter Erfolg %5, letzter Fehlschlag %6: %7</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 is not in Marathon&apos;s launch queue: nothing waits to be launched.</source>
        <translation>%1 ist nicht in der Launch-Queue von Marathon: Nichts wartet auf den Start.</translation>
    </message>
    <message>
        <source>This Marathon (before 1.4) does not say why offers were declined; only the count and the delay are known.</source>
        <translation>Dieses Marathon (vor 1.4) sagt nicht, warum Angebote abgelehnt wurden; nur Anzahl und Verzögerung sind bekannt.</translation>
    </message>
    <message>
        <source>Last task failure: %1 (%2) on %3 at %4, version %5</source>
        <translation>Letzter Task-Fehlschlag: %1 (%2) auf %3 um %4, Version %5</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Delayed after failures: next launch in %1 s (back-off).</source>
        <translation>Nach Fehlschlägen verzögert: nächster Start in %1 s (Back-off).</translation>
    </message>
    <message>
        <source>Waiting for offers; left to launch: %1.</source>
        <translation>Wartet auf Angebote; noch zu starten: %1.</translation>
    </message>
    <message>
        <source>In the queue since %1.</source>
        <translation>In der Queue seit %1.</translation>
    </message>
    <message>
        <source>Offers processed: %1, unused: %2.</source>
        <translation>Verarbeitete Angebote: %1, ungenutzt: %2.</translation>
    </message>
    <message>
        <source>  %1: declined %2 of %3 last offers (%4)</source>
        <translation>  %1: %2 von %3 letzten Angeboten abgelehnt (%4)</translation>
    </message>
    <message>
        <source>  Unused offer of %1 (%2): %3</source>
        <translation>  Ungenutztes Angebot von %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>mc::mesos::ExecutorStatistics</name>
    <message>
        <source>The agent&apos;s resource statistics are not a JSON array.</source>
        <translation>Die Ressourcenstatistik des Agents ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>mc::mesos::MesosOperator</name>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Draining agent %1</source>
        <translation>Agent %1 wird geleert</translation>
    </message>
    <message>
        <source>Deactivating agent %1</source>
        <translation>Agent %1 wird deaktiviert</translation>
    </message>
    <message>
        <source>Reactivating agent %1</source>
        <translation>Agent %1 wird reaktiviert</translation>
    </message>
    <message>
        <source>Marking agent %1 gone</source>
        <translation>Agent %1 wird als entfernt markiert</translation>
    </message>
    <message>
        <source>Scheduling maintenance of %1</source>
        <translation>Wartung von %1 wird geplant</translation>
    </message>
    <message>
        <source>Bringing %1 down</source>
        <translation>%1 wird heruntergefahren</translation>
    </message>
    <message>
        <source>Bringing %1 up</source>
        <translation>%1 wird hochgefahren</translation>
    </message>
    <message>
        <source>Tearing down framework %1</source>
        <translation>Framework %1 wird abgebaut</translation>
    </message>
    <message>
        <source>Mesos %1 has no %2: it came with Mesos %3.%4.</source>
        <translation>Mesos %1 hat kein %2: Es kam mit Mesos %3.%4.</translation>
    </message>
    <message>
        <source>The master&apos;s /version</source>
        <translation>/version des Masters</translation>
    </message>
    <message>
        <source>The master&apos;s agents</source>
        <translation>Die Agents des Masters</translation>
    </message>
    <message>
        <source>The maintenance schedule</source>
        <translation>Der Wartungsplan</translation>
    </message>
    <message>
        <source>The maintenance status</source>
        <translation>Der Wartungsstatus</translation>
    </message>
    <message>
        <source>The master&apos;s roles</source>
        <translation>Die Rollen des Masters</translation>
    </message>
    <message>
        <source>%1: Mesos refused: %2</source>
        <translation>%1: Mesos hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mc::mesos::MesosParser</name>
    <message>
        <source>The master state</source>
        <translation>Der Master-Zustand</translation>
    </message>
    <message>
        <source>The master state summary</source>
        <translation>Die Zusammenfassung des Master-Zustands</translation>
    </message>
    <message>
        <source>The task list</source>
        <translation>Die Task-Liste</translation>
    </message>
    <message>
        <source>The metrics snapshot</source>
        <translation>Der Metrik-Snapshot</translation>
    </message>
    <message>
        <source>The metrics snapshot is not a JSON object.</source>
        <translation>Der Metrik-Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry</source>
        <translation>Der ZooKeeper-Eintrag des Masters</translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry names no address (no ip, hostname or pid).</source>
        <translation>Der ZooKeeper-Eintrag des Masters nennt keine Adresse (kein ip, hostname oder pid).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 kam leer zurück, obwohl JSON erwartet wurde.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream</source>
        <translation>Ein Ereignis aus dem Stream des Masters</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream has no type.</source>
        <translation>Ein Ereignis aus dem Stream des Masters hat keinen Typ.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream repeats the key &quot;%1&quot;.</source>
        <translation>Ein Ereignis des Master-Streams wiederholt den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>&apos;,&apos; where a task was expected</source>
        <translation>„,“, wo ein Task erwartet wurde</translation>
    </message>
    <message>
        <source>&apos;]&apos; after &apos;,&apos;</source>
        <translation>„]“ nach „,“</translation>
    </message>
    <message>
        <source>a task list&apos;s elements without &apos;,&apos;</source>
        <translation>Elemente einer Task-Liste ohne „,“</translation>
    </message>
    <message>
        <source>&apos;}&apos; in a task list</source>
        <translation>„}“ in einer Task-Liste</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a value where a key was expected</source>
        <translation>ein Wert, wo ein Schlüssel erwartet wurde</translation>
    </message>
</context>
<context>
    <name>mc::mesos::TaskState</name>
    <message>
        <source>staging</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>killing</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>gone by operator</source>
        <translation>vom Operator entfernt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiger</translation>
    </message>
</context>
<context>
    <name>mc::models::AgentsModel</name>
    <message>
        <source>recovering</source>
        <translation>wird wiederhergestellt</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>Agent-ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>mc::models::AppGroupTreeModel</name>
    <message>
        <source>Of all instances of the apps in %1</source>
        <translation>Aller Instanzen der Apps in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::AppsModel</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Staged</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Ungesund</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Im Deployment</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Image / command</source>
        <translation>Image / Befehl</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>im Deployment</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>delayed %1 s</source>
        <translation>um %1 s verzögert</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartend: %1</translation>
    </message>
    <message>
        <source>See the Why tab of the app&apos;s details for the reasons.</source>
        <translation>Die Gründe stehen im Tab „Warum“ der App-Details.</translation>
    </message>
    <message>
        <source>Launch queue</source>
        <translation>Launch-Queue</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>%1 CPUs · %2</source>
        <translation>%1 CPUs · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) measured: %1 of %2 CPUs, %3 of %4 memory</source>
        <translation>
            <numerusform>%n Task gemessen: %1 von %2 CPUs, %3 von %4 Speicher</numerusform>
            <numerusform>%n Tasks gemessen: %1 von %2 CPUs, %3 von %4 Speicher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::AuditModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mc::models::ClustersModel</name>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lesen/Schreiben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no leader</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no tasks</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>none waiting or failing</source>
        <translation>keine wartend oder fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Agents active / total</source>
        <translation>Agents aktiv / gesamt</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tasks nach Zustand</translation>
    </message>
    <message>
        <source>Apps waiting or failing</source>
        <translation>Apps wartend oder fehlerhaft</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>mc::models::DeploymentsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Aktuelle Aktionen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Deployment ID</source>
        <translation>Deployment-ID</translation>
    </message>
</context>
<context>
    <name>mc::models::FrameworksModel</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Aktive Tasks</translation>
    </message>
    <message>
        <source>CPUs used</source>
        <translation>Genutzte CPUs</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Genutzter Speicher</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>Framework-ID</translation>
    </message>
    <message>
        <source>The scheduler is disconnected: its tasks run on, nobody launches or kills any until it comes back (or its failover timeout ends)</source>
        <translation>Der Scheduler ist getrennt: Seine Tasks laufen weiter, niemand startet oder beendet welche, bis er zurückkommt (oder sein Failover-Timeout abläuft)</translation>
    </message>
    <message>
        <source>The framework is inactive: it gets no offers</source>
        <translation>Das Framework ist inaktiv: Es erhält keine Angebote</translation>
    </message>
</context>
<context>
    <name>mc::models::ImportPlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes / reason</source>
        <translation>Änderungen / Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (pod)</source>
        <translation>%1 (Pod)</translation>
    </message>
    <message>
        <source>%1 (pod, from %2)</source>
        <translation>%1 (Pod, aus %2)</translation>
    </message>
    <message>
        <source>App or pod</source>
        <translation>App oder Pod</translation>
    </message>
</context>
<context>
    <name>mc::models::InventoryTreeModel</name>
    <message>
        <source>1 host</source>
        <translation>1 Host</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <source> · zoo_id %1</source>
        <translation> · zoo_id %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address / hosts</source>
        <translation>Adresse / Hosts</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Gruppe %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation>Host %1 umbenennen</translation>
    </message>
    <message>
        <source>Copy hosts to %1</source>
        <translation>Hosts nach %1 kopieren</translation>
    </message>
    <message>
        <source>Move hosts to %1</source>
        <translation>Hosts nach %1 verschieben</translation>
    </message>
</context>
<context>
    <name>mc::models::PodsModel</name>
    <message numerus="yes">
        <source>%1 of %n wanted instance(s) stable</source>
        <translation>
            <numerusform>%1 von %n gewünschten Instanz stabil</numerusform>
            <numerusform>%1 von %n gewünschten Instanzen stabil</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>mc::models::ProfileEditCommand</name>
    <message>
        <source>Change cluster settings</source>
        <translation>Cluster-Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>mc::models::RolesModel</name>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>%1 Festplatte</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Quota guarantee</source>
        <translation>Quota-Garantie</translation>
    </message>
    <message>
        <source>Quota limit</source>
        <translation>Quota-Limit</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Verbraucht</translation>
    </message>
</context>
<context>
    <name>mc::models::RoutesModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No running, healthy task: requests get 503.</source>
        <translation>Kein laufender, gesunder Task: Anfragen erhalten 503.</translation>
    </message>
    <message>
        <source>Tasks that get no traffic: not running, or failing their health checks.</source>
        <translation>Tasks, die keinen Traffic erhalten: nicht laufend oder Health-Checks fehlgeschlagen.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation>Service-Ports</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
</context>
<context>
    <name>mc::models::SandboxModel</name>
    <message>
        <source>%1
%2 bytes · %3 %4:%5</source>
        <translation>%1
%2 Bytes · %3 %4:%5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>mc::models::ServicesModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 auf %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>unbekannter Host</translation>
    </message>
    <message>
        <source>SSH timeout</source>
        <translation>SSH-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>needs sudo</source>
        <translation>braucht sudo</translation>
    </message>
    <message>
        <source>no SSH</source>
        <translation>kein SSH</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mc::models::TasksModel</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Genutzter Speicher</translation>
    </message>
    <message>
        <source>measuring (two samples needed)</source>
        <translation>wird gemessen (zwei Messungen nötig)</translation>
    </message>
    <message>
        <source>%1 of %2 CPUs</source>
        <translation>%1 von %2 CPUs</translation>
    </message>
    <message>
        <source>%1; throttled %2 s in all</source>
        <translation>%1; insgesamt %2 s gedrosselt</translation>
    </message>
    <message>
        <source>%1 resident of a %2 limit</source>
        <translation>%1 resident bei einem Limit von %2</translation>
    </message>
</context>
<context>
    <name>mc::models::VariablesModel</name>
    <message>
        <source>this group</source>
        <translation>diese Gruppe</translation>
    </message>
    <message>
        <source>group_vars file</source>
        <translation>group_vars-Datei</translation>
    </message>
    <message>
        <source>group all</source>
        <translation>Gruppe all</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>group_vars/all</source>
        <translation>group_vars/all</translation>
    </message>
    <message>
        <source>group_vars/%1</source>
        <translation>group_vars/%1</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>dieser Host</translation>
    </message>
    <message>
        <source>host_vars file</source>
        <translation>host_vars-Datei</translation>
    </message>
    <message>
        <source>Inherited from %1; set it on this host to override.</source>
        <translation>Geerbt von %1; zum Überschreiben auf diesem Host setzen.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation>Eine Variable braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename variable %1</source>
        <translation>Variable %1 umbenennen</translation>
    </message>
    <message>
        <source>Select a host or group first.</source>
        <translation>Zuerst einen Host oder eine Gruppe auswählen.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The value is not valid YAML (quote text with &quot;...&quot;): %1</source>
        <translation>Der Wert ist kein gültiges YAML (Text in &quot;...&quot; setzen): %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>„%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>mc::provision::AgentDrain</name>
    <message>
        <source>No Mesos master to drain the agents through: give the cluster&apos;s master.</source>
        <translation>Kein Mesos-Master, über den die Agents geleert werden können: den Master des Clusters angeben.</translation>
    </message>
    <message>
        <source>No Mesos master answers: %1</source>
        <translation>Kein Mesos-Master antwortet: %1</translation>
    </message>
    <message>
        <source>Cannot read the state of agent %1: %2</source>
        <translation>Der Zustand von Agent %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Agent %1 left the master while it drained.</source>
        <translation>Agent %1 hat den Master verlassen, während er geleert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>agent %1: %2 (%n s)</source>
        <translation>
            <numerusform>Agent %1: %2 (%n s)</numerusform>
            <numerusform>Agent %1: %2 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not draining</source>
        <translation>wird nicht geleert</translation>
    </message>
    <message>
        <source>Agent %1 is no longer draining (reactivated meanwhile?).</source>
        <translation>Agent %1 wird nicht mehr geleert (inzwischen reaktiviert?).</translation>
    </message>
    <message>
        <source>Cancelled while agent %1 was still %2.</source>
        <translation>Abgebrochen, während Agent %1 noch %2 war.</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. It stays deactivated; tasks with a long kill grace period keep it draining: run again later, with a longer timeout or a shorter max grace period, or reactivate it.</source>
        <translation>
            <numerusform>Agent %1 ist nach %n s, dem Timeout für das Leeren, noch %2: Auf ihn wurde nichts angewendet. Er bleibt deaktiviert; Tasks mit langer Karenzzeit beim Beenden halten ihn im Leeren: später erneut ausführen, mit längerem Timeout oder kürzerer maximaler Karenzzeit, oder ihn reaktivieren.</numerusform>
            <numerusform>Agent %1 ist nach %n s, dem Timeout für das Leeren, noch %2: Auf ihn wurde nichts angewendet. Er bleibt deaktiviert; Tasks mit langer Karenzzeit beim Beenden halten ihn im Leeren: später erneut ausführen, mit längerem Timeout oder kürzerer maximaler Karenzzeit, oder ihn reaktivieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::provision::AgentIdentity</name>
    <message>
        <source>agent %1: %2 would change its attributes/resources%3: the agent keeps the old ones in /var/lib/mesos/meta and refuses to start until `%4` is run there; it then registers with a new agent id and its running tasks are lost</source>
        <translation>Agent %1: %2 würde seine Attribute/Ressourcen ändern%3: Der Agent behält die alten in /var/lib/mesos/meta und startet nicht, bis dort `%4` ausgeführt wird; danach registriert er sich mit einer neuen Agent-ID, und seine laufenden Tasks gehen verloren</translation>
    </message>
    <message>
        <source>agent %1: %2 changed its attributes/resources%3: the agent keeps the old ones in /var/lib/mesos/meta and refuses to start until `%4` is run there; it then registers with a new agent id and its running tasks are lost</source>
        <translation>Agent %1: %2 hat seine Attribute/Ressourcen geändert%3: Der Agent behält die alten in /var/lib/mesos/meta und startet nicht, bis dort `%4` ausgeführt wird; danach registriert er sich mit einer neuen Agent-ID, und seine laufenden Tasks gehen verloren</translation>
    </message>
    <message>
        <source> (if this agent has run before)</source>
        <translation> (falls dieser Agent schon gelaufen ist)</translation>
    </message>
    <message>
        <source>agent %1: %2 would change its attributes/resources: the agent would be drained first and its id removed; it registers under a new agent id and is reactivated</source>
        <translation>Agent %1: %2 würde seine Attribute/Ressourcen ändern: Der Agent würde zuerst geleert und seine ID entfernt; er registriert sich unter einer neuen Agent-ID und wird reaktiviert</translation>
    </message>
    <message>
        <source>agent %1: %2 changed its attributes/resources: the agent was drained first and its id removed; it registers under a new agent id and is reactivated</source>
        <translation>Agent %1: %2 hat seine Attribute/Ressourcen geändert: Der Agent wurde zuerst geleert und seine ID entfernt; er registriert sich unter einer neuen Agent-ID und wird reaktiviert</translation>
    </message>
</context>
<context>
    <name>mc::provision::Drift</name>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: check failed: %2</source>
        <translation>%1: Prüfung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>flag --%1 is not set in the running process (%2 writes &apos;%3&apos;; restart needed)</source>
        <translation>Flag --%1 ist im laufenden Prozess nicht gesetzt (%2 schreibt „%3“; Neustart nötig)</translation>
    </message>
    <message>
        <source>flag --%1 runs with &apos;%2&apos;, %3 says &apos;%4&apos; (restart needed)</source>
        <translation>Flag --%1 läuft mit „%2“, %3 sagt „%4“ (Neustart nötig)</translation>
    </message>
    <message>
        <source>running flags not read from %1: %2</source>
        <translation>laufende Flags nicht von %1 gelesen: %2</translation>
    </message>
    <message>
        <source>running flags not read from %1: HTTP %2</source>
        <translation>laufende Flags nicht von %1 gelesen: HTTP %2</translation>
    </message>
    <message>
        <source>running flags from %1 are not JSON: %2</source>
        <translation>laufende Flags von %1 sind kein JSON: %2</translation>
    </message>
    <message>
        <source>running flags read from %1: %2 of %3 as the files say</source>
        <translation>laufende Flags von %1 gelesen: %2 von %3 wie in den Dateien</translation>
    </message>
</context>
<context>
    <name>mc::provision::Planner</name>
    <message>
        <source>%1: ip is &apos;%2&apos;, not an IPv4 address (Mesos takes only an address for --ip). Set ip=&lt;IPv4 address&gt; for %1 in the inventory, or remove ip to use the address the host reports.</source>
        <translation>%1: ip ist „%2“, keine IPv4-Adresse (Mesos nimmt für --ip nur eine Adresse). Setzen Sie ip=&lt;IPv4-Adresse&gt; für %1 im Inventar, oder entfernen Sie ip, um die Adresse zu nehmen, die der Host meldet.</translation>
    </message>
    <message>
        <source>%1: no IPv4 address for ip: its address &apos;%2&apos; is a name and Mesos takes only an address for --ip. Run the host checks (they ask %1 for its address over SSH) or set ip=&lt;IPv4 address&gt; for %1 in the inventory.</source>
        <translation>%1: keine IPv4-Adresse für ip: seine Adresse „%2“ ist ein Name, und Mesos nimmt für --ip nur eine Adresse. Führen Sie die Host-Prüfungen aus (sie fragen %1 über SSH nach seiner Adresse) oder setzen Sie ip=&lt;IPv4-Adresse&gt; für %1 im Inventar.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is neither a host nor a group of the inventory.</source>
        <translation>--limit: &apos;%1&apos; ist weder ein Host noch eine Gruppe des Inventars.</translation>
    </message>
    <message>
        <source>The inventory has no masters or agents (groups %1 / %2).</source>
        <translation>Das Inventar hat keine Master oder Agents (Gruppen %1 / %2).</translation>
    </message>
    <message>
        <source>--limit %1 selects no master or agent.</source>
        <translation>--limit %1 wählt keinen Master und keinen Agent aus.</translation>
    </message>
    <message>
        <source>%1 rendering errors:
%2</source>
        <translation>%1 Renderfehler:
%2</translation>
    </message>
</context>
<context>
    <name>mc::provision::Postflight</name>
    <message>
        <source>cannot ask %1: %2</source>
        <translation>%1 kann nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>srvr is not allowed (4lw.commands.whitelist): %1</source>
        <translation>srvr ist nicht erlaubt (4lw.commands.whitelist): %1</translation>
    </message>
    <message>
        <source>running, but not serving: no quorum (%1)</source>
        <translation>läuft, bedient aber nicht: kein Quorum (%1)</translation>
    </message>
    <message>
        <source>unexpected answer to srvr: %1</source>
        <translation>unerwartete Antwort auf srvr: %1</translation>
    </message>
    <message>
        <source>leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation>Weiterleitung ohne Location-Header</translation>
    </message>
    <message>
        <source>no leader elected (503: %1)</source>
        <translation>kein Leader gewählt (503: %1)</translation>
    </message>
    <message>
        <source>/master/redirect answered HTTP %1</source>
        <translation>/master/redirect antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>/ping answered HTTP %1</source>
        <translation>/ping antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>one server, standalone</source>
        <translation>ein Server, eigenständig (standalone)</translation>
    </message>
    <message>
        <source>%1 leader, %2 followers of %3 servers</source>
        <translation>%1 Leader, %2 Follower von %3 Servern</translation>
    </message>
    <message>
        <source>: more than one leader (split ensemble: check server.N lines and myid)</source>
        <translation>: mehr als ein Leader (gespaltenes Ensemble: die server.N-Zeilen und myid prüfen)</translation>
    </message>
    <message>
        <source>: no quorum</source>
        <translation>: kein Quorum</translation>
    </message>
    <message>
        <source>; not serving: %1</source>
        <translation>; bedienen nicht: %1</translation>
    </message>
    <message>
        <source>ZooKeeper %1: no Mesos master registered</source>
        <translation>ZooKeeper %1: kein Mesos-Master registriert</translation>
    </message>
    <message>
        <source>ZooKeeper %1 names %2 (%3 registered)</source>
        <translation>ZooKeeper %1 nennt %2 (%3 registriert)</translation>
    </message>
    <message>
        <source>leader elected: %1 (%2 of %3 masters agree)</source>
        <translation>Leader gewählt: %1 (%2 von %3 Mastern stimmen überein)</translation>
    </message>
    <message>
        <source>; not answering: %1</source>
        <translation>; antworten nicht: %1</translation>
    </message>
    <message>
        <source>masters name different leaders: %1</source>
        <translation>die Master nennen verschiedene Leader: %1</translation>
    </message>
    <message>
        <source>leader elected per ZooKeeper: %1; the masters do not answer here: %2</source>
        <translation>Leader laut ZooKeeper gewählt: %1; die Master antworten hier nicht: %2</translation>
    </message>
    <message>
        <source>no leader elected: %1</source>
        <translation>kein Leader gewählt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 answer /ping</source>
        <translation>%1 von %2 antworten auf /ping</translation>
    </message>
</context>
<context>
    <name>mc::provision::Preflight</name>
    <message>
        <source>No masters: put 1, 3 or 5 hosts in the group %1.</source>
        <translation>Keine Master: 1, 3 oder 5 Hosts in die Gruppe %1 aufnehmen.</translation>
    </message>
    <message>
        <source>%1 masters: ZooKeeper and the Mesos registry need an odd count (1, 3 or 5); with %1 a single failure can still stop the cluster. Add or remove one.</source>
        <translation>%1 Master: ZooKeeper und die Mesos-Registry brauchen eine ungerade Anzahl (1, 3 oder 5); bei %1 kann ein einzelner Ausfall den Cluster trotzdem anhalten. Einen hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>No agents: tasks will have nowhere to run.</source>
        <translation>Keine Agents: Tasks können nirgends laufen.</translation>
    </message>
    <message>
        <source>has no zoo_id: give every master a unique zoo_id (1..255).</source>
        <translation>hat keine zoo_id: jedem Master eine eindeutige zoo_id (1..255) geben.</translation>
    </message>
    <message>
        <source>zoo_id &apos;%1&apos; is not a number in 1..255.</source>
        <translation>zoo_id „%1“ ist keine Zahl in 1..255.</translation>
    </message>
    <message>
        <source>zoo_id %1 is also %2&apos;s: ZooKeeper ids must be unique.</source>
        <translation>zoo_id %1 hat auch %2: ZooKeeper-IDs müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>%1=%2, but %3 masters need a quorum of %4 (a majority); remove the variable, the console computes it.</source>
        <translation>%1=%2, aber %3 Master brauchen ein Quorum von %4 (eine Mehrheit); die Variable entfernen, die Konsole berechnet es.</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s admin server and Marathon both want port %1: set zk_admin_server: false or another zk_admin_port.</source>
        <translation>Der Admin-Server von ZooKeeper und Marathon wollen beide Port %1: zk_admin_server: false oder einen anderen zk_admin_port setzen.</translation>
    </message>
    <message>
        <source>%1, init system %2</source>
        <translation>%1, Init-System %2</translation>
    </message>
    <message>
        <source>unknown OS (no /etc/os-release)</source>
        <translation>unbekanntes Betriebssystem (kein /etc/os-release)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>sudo does not work for the login user.</source>
        <translation>sudo funktioniert für den Login-Benutzer nicht.</translation>
    </message>
    <message>
        <source>its host name %1 resolves to %2 (Debian/Ubuntu&apos;s /etc/hosts default): ZooKeeper and Mesos would bind to loopback and the ensemble never forms. Map the name to the host&apos;s real address in /etc/hosts.</source>
        <translation>sein Hostname %1 wird zu %2 aufgelöst (Standard der /etc/hosts von Debian/Ubuntu): ZooKeeper und Mesos würden an Loopback binden, und das Ensemble kommt nie zustande. Den Namen in /etc/hosts auf die echte Adresse des Hosts abbilden.</translation>
    </message>
    <message>
        <source>its clock is %1 s off this machine&apos;s: run NTP (chrony) everywhere.</source>
        <translation>seine Uhr weicht %1 s von der dieses Rechners ab: überall NTP (chrony) einsetzen.</translation>
    </message>
    <message>
        <source>only %1 MiB free under /var (ZooKeeper, Mesos and Docker keep data there).</source>
        <translation>nur %1 MiB frei unter /var (ZooKeeper, Mesos und Docker legen dort Daten ab).</translation>
    </message>
    <message>
        <source>no systemd and no /etc/init.d: services cannot be managed.</source>
        <translation>kein systemd und kein /etc/init.d: Dienste können nicht verwaltet werden.</translation>
    </message>
    <message>
        <source> by %1 (pid %2%3)</source>
        <translation> von %1 (PID %2%3)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>port 8080 is held by ZooKeeper (its admin server): Marathon cannot start. Set admin.enableServer=false (recipe variable zk_admin_server: false).</source>
        <translation>Port 8080 ist von ZooKeeper (seinem Admin-Server) belegt: Marathon kann nicht starten. admin.enableServer=false setzen (Rezeptvariable zk_admin_server: false).</translation>
    </message>
    <message>
        <source>port %1 is already in use%2.</source>
        <translation>Port %1 ist bereits belegt%2.</translation>
    </message>
    <message>
        <source>it reports no IPv4 address (SSH_CONNECTION, hostname -I and its resolved name gave none)</source>
        <translation>er meldet keine IPv4-Adresse (SSH_CONNECTION, hostname -I und sein aufgelöster Name lieferten keine)</translation>
    </message>
    <message>
        <source>%1: cannot learn its IPv4 address: %2</source>
        <translation>%1: seine IPv4-Adresse kann nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>mc::provision::ProbeSocket</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>connected, but no answer within %1 ms</source>
        <translation>verbunden, aber keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>connected, but it closed without answering</source>
        <translation>verbunden, aber die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation>keine HTTP-Antwort: %1</translation>
    </message>
</context>
<context>
    <name>mc::provision::ProvisionRunner</name>
    <message>
        <source>A provisioning run is going on already.</source>
        <translation>Es läuft bereits eine Bereitstellung.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed or unreachable</source>
        <translation>
            <numerusform>%n Host fehlgeschlagen oder nicht erreichbar</numerusform>
            <numerusform>%n Hosts fehlgeschlagen oder nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>The attributes/resources of agent(s) %1 would change, and they cannot be drained first: %2 Nothing was changed.</source>
        <translation>Die Attribute/Ressourcen der Agents %1 würden sich ändern, und sie können nicht zuerst geleert werden: %2 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>drain agent</source>
        <translation>Agent leeren</translation>
    </message>
    <message>
        <source>remove the agent id</source>
        <translation>Agent-ID entfernen</translation>
    </message>
    <message>
        <source>reactivate agent</source>
        <translation>Agent reaktivieren</translation>
    </message>
    <message>
        <source>would drain agent %1 at %2 (Mesos %3) until DRAINED, remove %4, apply, reactivate it</source>
        <translation>würde Agent %1 über %2 (Mesos %3) bis DRAINED leeren, %4 entfernen, anwenden und ihn reaktivieren</translation>
    </message>
    <message>
        <source>no agent of %1 is registered at %2: nothing to drain; would remove %3 and apply</source>
        <translation>kein Agent von %1 ist bei %2 registriert: nichts zu leeren; würde %3 entfernen und anwenden</translation>
    </message>
    <message>
        <source>draining agent %1 before its attributes/resources change</source>
        <translation>Agent %1 wird geleert, bevor sich seine Attribute/Ressourcen ändern</translation>
    </message>
    <message numerus="yes">
        <source>agent %1 DRAINED after %n s</source>
        <translation>
            <numerusform>Agent %1 nach %n s DRAINED</numerusform>
            <numerusform>Agent %1 nach %n s DRAINED</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent of %1 is registered at %2: nothing to drain</source>
        <translation>kein Agent von %1 ist bei %2 registriert: nichts zu leeren</translation>
    </message>
    <message>
        <source> (agent %1 stays drained and deactivated)</source>
        <translation> (Agent %1 bleibt geleert und deaktiviert)</translation>
    </message>
    <message>
        <source>no agent of %1 is registered yet: it registers under a new id when it starts</source>
        <translation>noch kein Agent von %1 registriert: Er registriert sich beim Start unter einer neuen ID</translation>
    </message>
    <message>
        <source>agent %1 registered under a new id, active</source>
        <translation>Agent %1 unter einer neuen ID registriert, aktiv</translation>
    </message>
    <message>
        <source>agent %1 is active</source>
        <translation>Agent %1 ist aktiv</translation>
    </message>
    <message>
        <source>reactivated agent %1</source>
        <translation>Agent %1 reaktiviert</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ging verloren</translation>
    </message>
</context>
<context>
    <name>mc::provision::RecipeLoader</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no kind (one of package, repository, template, copy, directory, command, service, wait_for)</source>
        <translation>%1 &apos;%2&apos; hat keine Art (eine von package, repository, template, copy, directory, command, service, wait_for)</translation>
    </message>
    <message>
        <source>%1 needs a mapping of its options</source>
        <translation>%1 braucht ein Mapping seiner Optionen</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; (allowed: %3)</source>
        <translation>%1: unbekannte Option &apos;%2&apos; (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1 option &apos;%2&apos;</source>
        <translation>%1, Option &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: missing option &apos;%2&apos;</source>
        <translation>%1: Option &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: %2 must be one of %3, not &apos;%4&apos;</source>
        <translation>%1: %2 muss eines von %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number, not &apos;%3&apos;</source>
        <translation>%1: %2 muss eine ganze Zahl sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: mode must be octal digits in quotes, such as &quot;0644&quot;, not &apos;%2&apos;</source>
        <translation>%1: mode muss aus Oktalziffern in Anführungszeichen bestehen, etwa &quot;0644&quot;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: names is empty</source>
        <translation>%1: names ist leer</translation>
    </message>
    <message>
        <source>%1: give state and/or enabled</source>
        <translation>%1: state und/oder enabled angeben</translation>
    </message>
    <message>
        <source>%1: give either port or url</source>
        <translation>%1: entweder port oder url angeben</translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; has two handlers named &apos;%3&apos;</source>
        <translation>%1: Rolle &apos;%2&apos; hat zwei Handler namens &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Recipe %1 does not exist.</source>
        <translation>Das Rezept %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Recipe %1 is not valid YAML: %2</source>
        <translation>Das Rezept %1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1: a recipe is a mapping with name, variables, apply and roles</source>
        <translation>%1: Ein Rezept ist ein Mapping mit name, variables, apply und roles</translation>
    </message>
    <message>
        <source>%1: missing &apos;recipe: 1&apos; (the format version)</source>
        <translation>%1: &apos;recipe: 1&apos; fehlt (die Formatversion)</translation>
    </message>
    <message>
        <source>%1: missing &apos;roles&apos; (a mapping of role name to steps)</source>
        <translation>%1: &apos;roles&apos; fehlt (ein Mapping von Rollennamen auf Schritte)</translation>
    </message>
    <message>
        <source>%1: missing &apos;apply&apos; (which roles masters and agents get)</source>
        <translation>%1: &apos;apply&apos; fehlt (welche Rollen Master und Agents bekommen)</translation>
    </message>
    <message>
        <source>%1: template &apos;%2&apos; of step &apos;%3&apos; not found (looked for %4)</source>
        <translation>%1: Vorlage &apos;%2&apos; von Schritt &apos;%3&apos; nicht gefunden (gesucht: %4)</translation>
    </message>
    <message>
        <source>%1 errors in recipe %2:
%3</source>
        <translation>%1 Fehler in Rezept %2:
%3</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>a handler of role &apos;%1&apos; must be a mapping (name: ..., &lt;kind&gt;: ...)</source>
        <translation>ein Handler der Rolle &apos;%1&apos; muss ein Mapping sein (name: ..., &lt;kind&gt;: ...)</translation>
    </message>
    <message>
        <source>a step of role &apos;%1&apos; must be a mapping (name: ..., &lt;kind&gt;: ...)</source>
        <translation>ein Schritt der Rolle &apos;%1&apos; muss ein Mapping sein (name: ..., &lt;kind&gt;: ...)</translation>
    </message>
    <message>
        <source>a handler cannot notify other handlers</source>
        <translation>ein Handler kann keine anderen Handler benachrichtigen</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a handler (expected name, notify, when and one of: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in einem Handler (erwartet: name, notify, when und eines von: %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a step (expected name, notify, when and one of: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in einem Schritt (erwartet: name, notify, when und eines von: %2)</translation>
    </message>
    <message>
        <source>a handler has one kind; &apos;%1&apos; and &apos;%2&apos; both given</source>
        <translation>ein Handler hat nur eine Art; &apos;%1&apos; und &apos;%2&apos; sind beide angegeben</translation>
    </message>
    <message>
        <source>a step has one kind; &apos;%1&apos; and &apos;%2&apos; both given</source>
        <translation>ein Schritt hat nur eine Art; &apos;%1&apos; und &apos;%2&apos; sind beide angegeben</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; must be a mapping with &apos;steps&apos; (and &apos;handlers&apos;)</source>
        <translation>Rolle &apos;%1&apos; muss ein Mapping mit &apos;steps&apos; (und &apos;handlers&apos;) sein</translation>
    </message>
    <message>
        <source>role &apos;%1&apos;: unknown key &apos;%2&apos; (expected steps, handlers)</source>
        <translation>Rolle &apos;%1&apos;: unbekannter Schlüssel &apos;%2&apos; (erwartet: steps, handlers)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos;: %2 must be a list</source>
        <translation>Rolle &apos;%1&apos;: %2 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: step &apos;%2&apos; notifies &apos;%3&apos;, which is not a handler of role &apos;%4&apos;%5</source>
        <translation>%1: Schritt &apos;%2&apos; benachrichtigt &apos;%3&apos;, das kein Handler der Rolle &apos;%4&apos; ist%5</translation>
    </message>
    <message>
        <source> (handlers: %1)</source>
        <translation> (Handler: %1)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is defined twice</source>
        <translation>Rolle &apos;%1&apos; ist zweimal definiert</translation>
    </message>
    <message>
        <source>apply: unknown key &apos;%1&apos; (expected masters, agents)</source>
        <translation>apply: unbekannter Schlüssel &apos;%1&apos; (erwartet: masters, agents)</translation>
    </message>
    <message>
        <source>apply.%1 names role &apos;%2&apos;, which the recipe does not define</source>
        <translation>apply.%1 nennt die Rolle &apos;%2&apos;, die das Rezept nicht definiert</translation>
    </message>
    <message>
        <source>this console reads recipe format 1</source>
        <translation>diese Konsole liest das Rezeptformat 1</translation>
    </message>
    <message>
        <source>variables must be a mapping</source>
        <translation>variables muss ein Mapping sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected recipe, name, description, variables, apply, roles)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (erwartet: recipe, name, description, variables, apply, roles)</translation>
    </message>
</context>
<context>
    <name>mc::provision::RunProfile</name>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>stat/checksum</source>
        <translation>Stat/Prüfsumme</translation>
    </message>
    <message>
        <source>file upload</source>
        <translation>Datei-Upload</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>Warten</translation>
    </message>
    <message numerus="yes">
        <source>Time profile: %n host(s), %1 s from the first step to the last
</source>
        <translation>
            <numerusform>Zeitprofil: %n Host, %1 s vom ersten bis zum letzten Schritt
</numerusform>
            <numerusform>Zeitprofil: %n Hosts, %1 s vom ersten bis zum letzten Schritt
</numerusform>
        </translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>host-s</source>
        <translation>Host-s</translation>
    </message>
    <message>
        <source>wall-s</source>
        <translation>Echt-s</translation>
    </message>
    <message>
        <source>at once max / mean</source>
        <translation>gleichzeitig max / Mittel</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>mc::provision::StepExecutor</name>
    <message>
        <source>cannot record the pending handler in %1: %2</source>
        <translation>der ausstehende Handler kann nicht in %1 vermerkt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1: %2</source>
        <translation>der Ordner von %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 exists (left as it is)</source>
        <translation>%1 existiert (unverändert gelassen)</translation>
    </message>
    <message>
        <source>would create %1</source>
        <translation>würde %1 anlegen</translation>
    </message>
    <message>
        <source>would update %1</source>
        <translation>würde %1 aktualisieren</translation>
    </message>
    <message>
        <source>would mode/owner of %1</source>
        <translation>würde Modus/Eigentümer von %1 korrigieren</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>fixed mode/owner of %1</source>
        <translation>Modus/Eigentümer von %1 korrigiert</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>when: %1 is false</source>
        <translation>when: %1 ist falsch</translation>
    </message>
    <message>
        <source>would run: %1</source>
        <translation>würde ausführen: %1</translation>
    </message>
    <message>
        <source>not checked in check mode</source>
        <translation>im Prüfmodus nicht geprüft</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>port %1 open</source>
        <translation>Port %1 offen</translation>
    </message>
    <message>
        <source> (pending since an earlier run)</source>
        <translation> (seit einem früheren Lauf ausstehend)</translation>
    </message>
    <message>
        <source>%1 was started after the change; no restart needed%2</source>
        <translation>%1 wurde nach der Änderung gestartet; kein Neustart nötig%2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>mc::ssh</name>
    <message>
        <source>ProxyJump entry &quot;%1&quot;: &quot;]&quot; is missing</source>
        <translation>ProxyJump-Eintrag „%1“: „]“ fehlt</translation>
    </message>
    <message>
        <source>ProxyJump entry &quot;%1&quot; is not [user@]host[:port]</source>
        <translation>ProxyJump-Eintrag „%1“ ist nicht [user@]host[:port]</translation>
    </message>
    <message>
        <source>ProxyJump entry &quot;%1&quot;: %2 is not a port (1-65535)</source>
        <translation>ProxyJump-Eintrag „%1“: %2 ist kein Port (1-65535)</translation>
    </message>
</context>
<context>
    <name>mc::ssh::JumpRoute</name>
    <message>
        <source>via SSH %1:%2</source>
        <translation>über SSH %1:%2</translation>
    </message>
    <message>
        <source>Choose the inventory host to reach the cluster through.</source>
        <translation>Den Host des Inventars wählen, über den der Cluster erreicht wird.</translation>
    </message>
    <message>
        <source>Enter the bastion&apos;s host name or address.</source>
        <translation>Hostname oder Adresse der Bastion eingeben.</translation>
    </message>
    <message>
        <source>The jump host port %1 is not a port (1-65535).</source>
        <translation>Der Jump-Host-Port %1 ist kein Port (1-65535).</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not a host of this workspace&apos;s inventory. Pick one of its hosts, or choose a bastion for a host outside it.</source>
        <translation>Der Jump-Host „%1“ ist kein Host des Inventars dieses Arbeitsbereichs. Einen seiner Hosts auswählen oder für einen Host außerhalb davon eine Bastion wählen.</translation>
    </message>
    <message>
        <source>The bastion &quot;%1&quot; is not a host name or IP address (no port, user or spaces here: they have their own fields).</source>
        <translation>Die Bastion „%1“ ist kein Hostname und keine IP-Adresse (kein Port, Benutzer oder Leerzeichen hier: Dafür gibt es eigene Felder).</translation>
    </message>
</context>
<context>
    <name>mc::ssh::JumpTransport</name>
    <message>
        <source>the jump host %1 cannot open a channel</source>
        <translation>der Jump-Host %1 kann keinen Kanal öffnen</translation>
    </message>
    <message>
        <source>the jump host %1 cannot connect to %2:%3 (%4)</source>
        <translation>der Jump-Host %1 kann sich nicht mit %2:%3 verbinden (%4)</translation>
    </message>
    <message>
        <source>cannot make a socket pair for the jump host %1</source>
        <translation>kann kein Socket-Paar für den Jump-Host %1 anlegen</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SocksWorker</name>
    <message>
        <source>not a SOCKS5 client</source>
        <translation>kein SOCKS5-Client</translation>
    </message>
    <message>
        <source>it offered no username/password login</source>
        <translation>er bot keine Anmeldung mit Benutzername/Passwort an</translation>
    </message>
    <message>
        <source>wrong username or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>SSH tunnel: refused a local connection from port %1 (%2)</source>
        <translation>SSH-Tunnel: lokale Verbindung von Port %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>SSH connection to jump host %1 lost: %2</source>
        <translation>SSH-Verbindung zum Jump-Host %1 verloren: %2</translation>
    </message>
    <message>
        <source>its socket belongs to another user of this machine, uid %1</source>
        <translation>sein Socket gehört einem anderen Benutzer dieser Maschine, UID %1</translation>
    </message>
    <message>
        <source>the user its socket belongs to could not be found</source>
        <translation>der Benutzer, dem sein Socket gehört, wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot open the local SOCKS port for the SSH tunnel</source>
        <translation>Der lokale SOCKS-Port für den SSH-Tunnel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the forward</source>
        <translation>Auf 127.0.0.1:%1 kann für die Weiterleitung nicht gelauscht werden</translation>
    </message>
    <message>
        <source>SSH jump host %1 unreachable: %2</source>
        <translation>SSH-Jump-Host %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Forward to %1:%2 via %3: the SSH host could not connect there</source>
        <translation>Weiterleitung zu %1:%2 über %3: Der SSH-Host konnte dorthin keine Verbindung aufbauen</translation>
    </message>
    <message>
        <source>SSH connection to jump host %1 lost</source>
        <translation>SSH-Verbindung zum Jump-Host %1 verloren</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshPool</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>not started: an earlier host failed</source>
        <translation>nicht gestartet: ein früherer Host ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor es begann</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshSession</name>
    <message>
        <source>%1: more than %2 jump hosts in a row; does the SSH config make hosts jump through each other (ProxyJump)?</source>
        <translation>%1: mehr als %2 Jump-Hosts hintereinander; lässt die SSH-Konfiguration Hosts übereinander springen (ProxyJump)?</translation>
    </message>
    <message>
        <source>%1: through the jump host %2: %3</source>
        <translation>%1: über den Jump-Host %2: %3</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The host key of %1 (%2:%3) has CHANGED: %4 has %5 %6, the host offered %7 %8. Nothing was sent. If the machine was reinstalled, remove its old entry with `%9` and connect again to check and trust the new key; otherwise someone may be intercepting the connection.</source>
        <translation>Der Host-Schlüssel von %1 (%2:%3) hat sich GEÄNDERT: %4 enthält %5 %6, der Host bot %7 %8 an. Es wurde nichts gesendet. Wurde die Maschine neu installiert, entfernen Sie den alten Eintrag mit `%9` und verbinden Sie sich erneut, um den neuen Schlüssel zu prüfen und ihm zu vertrauen; andernfalls hört womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>(a key of another type)</source>
        <translation>(ein Schlüssel anderen Typs)</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came back for %2 s, not even an answer to SSH keepalives. The host, its SSH server or the network in between is down or stalled.</source>
        <translation>%1 antwortet nicht mehr: Seit %2 s kam nichts zurück, nicht einmal eine Antwort auf SSH-Keepalives. Der Host, sein SSH-Server oder das Netzwerk dazwischen ist ausgefallen oder hängt.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session</source>
        <translation>%1: SSH-Sitzung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot read the SSH config file %2</source>
        <translation>%1: SSH-Konfigurationsdatei %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>The host key of %1 (%2:%3) is not known (%4 %5) and was not trusted. Check the fingerprint on the machine (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and trust it.</source>
        <translation>Der Host-Schlüssel von %1 (%2:%3) ist unbekannt (%4 %5) und wurde nicht als vertrauenswürdig bestätigt. Den Fingerabdruck auf der Maschine prüfen (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) und ihm vertrauen.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>%1: cannot unlock the key %2: wrong or no passphrase</source>
        <translation>%1: Schlüssel %2 kann nicht entsperrt werden: falsche oder keine Passphrase</translation>
    </message>
    <message>
        <source>%1: cannot read the key %2</source>
        <translation>%1: Schlüssel %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>default keys</source>
        <translation>Standardschlüssel</translation>
    </message>
    <message>
        <source>%1 closed the connection during login</source>
        <translation>%1 hat die Verbindung während der Anmeldung geschlossen</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Passwort für %1@%2</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1: authentication as %2 failed (tried: %3)</source>
        <translation>%1: Authentifizierung als %2 fehlgeschlagen (versucht: %3)</translation>
    </message>
    <message>
        <source>nothing the server accepts</source>
        <translation>nichts, was der Server akzeptiert</translation>
    </message>
    <message>
        <source>%1: cannot open a channel</source>
        <translation>%1: Kanal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: cannot start the command</source>
        <translation>%1: Befehl kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: sudo rejected the become password</source>
        <translation>%1: sudo hat das become-Passwort abgelehnt</translation>
    </message>
    <message>
        <source>%1: the connection was lost while the command ran</source>
        <translation>%1: Die Verbindung ging verloren, während der Befehl lief</translation>
    </message>
    <message>
        <source>sudo password on %1</source>
        <translation>sudo-Passwort auf %1</translation>
    </message>
    <message>
        <source>%1: sudo asks for a password and none was given</source>
        <translation>%1: sudo verlangt ein Passwort, aber keines wurde angegeben</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s</source>
        <translation>%1: Der Befehl wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <source>%1: cannot start a shell</source>
        <translation>%1: Shell kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: cannot start a shell through sudo</source>
        <translation>%1: Shell kann nicht über sudo gestartet werden</translation>
    </message>
    <message>
        <source>%1: the shell ended while the command ran (killed on the host?)</source>
        <translation>%1: Die Shell endete, während der Befehl lief (auf dem Host beendet?)</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot put %2 in place</source>
        <translation>%1: %2 kann nicht an seinen Platz gebracht werden</translation>
    </message>
    <message>
        <source>%1: cannot start SFTP</source>
        <translation>%1: SFTP kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: cannot create %2</source>
        <translation>%1: %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: writing %2 failed</source>
        <translation>%1: Schreiben von %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshSocksProxy</name>
    <message>
        <source>via SSH %1</source>
        <translation>über SSH %1</translation>
    </message>
</context>
<context>
    <name>mc::terminal</name>
    <message>
        <source>Cannot read the state of the agent %1: %2</source>
        <translation>Der Zustand des Agents %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No Docker container of task %1 on this host (looked for %2)</source>
        <translation>Kein Docker-Container von Task %1 auf diesem Host (gesucht nach %2)</translation>
    </message>
    <message>
        <source>%1 · docker exec on %2</source>
        <translation>%1 · docker exec auf %2</translation>
    </message>
    <message>
        <source>%1 · nsenter on %2</source>
        <translation>%1 · nsenter auf %2</translation>
    </message>
    <message>
        <source>%1 · sandbox on %2</source>
        <translation>%1 · Sandbox auf %2</translation>
    </message>
</context>
<context>
    <name>mc::terminal::ShellSession</name>
    <message>
        <source>%1: cannot open a shell: %2</source>
        <translation>%1: Shell kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>sudo password on %1</source>
        <translation>sudo-Passwort auf %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>The shell ended with exit status %1</source>
        <translation>Die Shell endete mit Exit-Status %1</translation>
    </message>
    <message>
        <source>The shell ended</source>
        <translation>Die Shell wurde beendet</translation>
    </message>
</context>
<context>
    <name>mc::terminal::TaskForward</name>
    <message>
        <source>The agent of %1 is not known (yet).</source>
        <translation>Der Agent von %1 ist (noch) nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 has no host port number %2.</source>
        <translation>%1 hat keinen Host-Port Nummer %2.</translation>
    </message>
    <message>
        <source>%1 port %2 on %3</source>
        <translation>%1 Port %2 auf %3</translation>
    </message>
    <message>
        <source>%1 ended: the forward from 127.0.0.1:%2 stopped.</source>
        <translation>%1 beendet: Die Weiterleitung von 127.0.0.1:%2 wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 ended: waiting for the app&apos;s replacement task.</source>
        <translation>%1 beendet: Warten auf den Ersatz-Task der App.</translation>
    </message>
    <message>
        <source>Cannot follow %1 to %2: %3</source>
        <translation>Folgen von %1 zu %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>mc::util::Units</name>
    <message>
        <source>%1 %2</source>
        <extracomment>a quantity and its unit, &quot;7.5 GiB&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AdHocCommandDialog</name>
    <message>
        <source>Run Command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>e.g. df -h /var/lib/mesos</source>
        <translation>z. B. df -h /var/lib/mesos</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Run as root (sudo)</source>
        <translation>Als root ausführen (sudo)</translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation>Hosts gleichzeitig:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick at least one host.</source>
        <translation>Mindestens einen Host wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)…</source>
        <translation>
            <numerusform>Läuft auf %n Host…</numerusform>
            <numerusform>Läuft auf %n Hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: exit 0</source>
        <translation>%1: Exit 0</translation>
    </message>
    <message>
        <source>%1: exit %2</source>
        <translation>%1: Exit %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed. %3</source>
        <translation>%1 von %2 Hosts fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>Pick the hosts of a group</source>
        <translation>Die Hosts einer Gruppe wählen</translation>
    </message>
    <message>
        <source>Tick exactly the hosts of a group of the workspace</source>
        <translation>Genau die Hosts einer Gruppe des Arbeitsbereichs ankreuzen</translation>
    </message>
    <message>
        <source>Hosts to run the command on</source>
        <translation>Hosts, auf denen der Befehl läuft</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Pick a group…</source>
        <translation>Gruppe wählen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n Host)</numerusform>
            <numerusform>%1 (%n Hosts)</numerusform>
        </translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Run as root?</source>
        <translation>Als root ausführen?</translation>
    </message>
    <message numerus="yes">
        <source>Run this command as root on %n host(s)?</source>
        <translation>
            <numerusform>Diesen Befehl auf %n Host als root ausführen?</numerusform>
            <numerusform>Diesen Befehl auf %n Hosts als root ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” runs through sudo with every right on each host: what it stops, changes or removes cannot be taken back from here.</source>
        <translation>„%1“ läuft über sudo mit allen Rechten auf jedem Host: Was er stoppt, ändert oder entfernt, lässt sich von hier aus nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Run as root on %n host(s)</source>
        <translation>
            <numerusform>Als root auf %n Host ausführen</numerusform>
            <numerusform>Als root auf %n Hosts ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppActions</name>
    <message>
        <source>Launch…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Launch a new app (Docker image, resources, ports…)</source>
        <translation>Eine neue App starten (Docker-Image, Ressourcen, Ports…)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the app&apos;s definition</source>
        <translation>Die Definition der App ändern</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Set the number of instances</source>
        <translation>Die Anzahl der Instanzen festlegen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Replace every task, following the upgrade strategy</source>
        <translation>Jeden Task ersetzen, gemäß der Upgrade-Strategie</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Scale a suspended app up again</source>
        <translation>Eine pausierte App wieder hochskalieren</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove the app and kill its tasks</source>
        <translation>Die App entfernen und ihre Tasks beenden</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Start a deployment back to the previous version</source>
        <translation>Ein Deployment zurück zur vorherigen Version starten</translation>
    </message>
    <message>
        <source>Stop the deployment where it is (no rollback)</source>
        <translation>Das Deployment an der aktuellen Stelle stoppen (kein Rollback)</translation>
    </message>
    <message>
        <source>Kill the selected tasks; Marathon starts replacements</source>
        <translation>Die ausgewählten Tasks beenden; Marathon startet Ersatz</translation>
    </message>
    <message>
        <source>Kill the selected tasks and lower the instance count</source>
        <translation>Die ausgewählten Tasks beenden und die Anzahl der Instanzen senken</translation>
    </message>
    <message>
        <source>Launching %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>Deployment %1 started.</source>
        <translation>Deployment %1 gestartet.</translation>
    </message>
    <message>
        <source>Cannot edit %1</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation>Instanzen von %1:</translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <translation>%1 auf %2 skalieren</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Destroy %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down</source>
        <translation>
            <numerusform>%n Task beenden und herunterskalieren</numerusform>
            <numerusform>%n Tasks beenden und herunterskalieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>%n Task beenden</numerusform>
            <numerusform>%n Tasks beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop deployment %1</source>
        <translation>Deployment %1 stoppen</translation>
    </message>
    <message>
        <source>Roll back deployment %1</source>
        <translation>Deployment %1 zurückrollen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>%1: app locked</source>
        <translation>%1: App gesperrt</translation>
    </message>
    <message>
        <source>%1 is blocked by deployment %2, which is still running.

Wait for it to finish (see Deployments in progress), or force the change: that cancels the running deployment.</source>
        <translation>%1 wird durch Deployment %2 blockiert, das noch läuft.

Auf dessen Ende warten (siehe Laufende Deployments) oder die Änderung erzwingen: Das bricht das laufende Deployment ab.</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Wait, then retry</source>
        <translation>Warten, dann erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting for deployment %1 to finish; the change is sent then.</source>
        <translation>Es wird auf das Ende von Deployment %1 gewartet; die Änderung wird dann gesendet.</translation>
    </message>
    <message>
        <source>Update of %1</source>
        <translation>Aktualisierung von %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Neu starten…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Scale to 0 instances (its tasks are killed)</source>
        <translation>Auf 0 Instanzen skalieren (seine Tasks werden beendet)</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>No deployment is in progress.</source>
        <translation>Kein Deployment läuft.</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Zuerst ein Deployment auswählen.</translation>
    </message>
    <message>
        <source>Kill…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; scale down…</source>
        <translation>Beenden &amp;&amp; herunterskalieren…</translation>
    </message>
    <message>
        <source>Select the tasks to kill first.</source>
        <translation>Zuerst die zu beendenden Tasks auswählen.</translation>
    </message>
    <message>
        <source>The selected tasks have ended already.</source>
        <translation>Die ausgewählten Tasks sind bereits beendet.</translation>
    </message>
    <message>
        <source>Some selected tasks belong to no Marathon app: there is nothing to scale down.</source>
        <translation>Einige ausgewählte Tasks gehören zu keiner Marathon-App: Es gibt nichts herunterzuskalieren.</translation>
    </message>
    <message>
        <source>Kill and scale down…</source>
        <translation>Beenden und herunterskalieren…</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Zuerst eine App auswählen.</translation>
    </message>
    <message>
        <source>%1 is not listed (any more).</source>
        <translation>%1 wird nicht (mehr) aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is suspended: it has no task to restart.</source>
        <translation>%1 ist pausiert: Sie hat keinen Task zum Neustarten.</translation>
    </message>
    <message>
        <source>%1 is suspended already (0 instances).</source>
        <translation>%1 ist bereits pausiert (0 Instanzen).</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n instance(s): Resume is for a suspended app.</source>
        <translation>
            <numerusform>%1 läuft mit %n Instanz: Fortsetzen ist für eine pausierte App.</numerusform>
            <numerusform>%1 läuft mit %n Instanzen: Fortsetzen ist für eine pausierte App.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instance(s), %2 running</source>
        <translation>
            <numerusform>%1 — %n Instanz, %2 laufen</numerusform>
            <numerusform>%1 — %n Instanzen, %2 laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 von %2 auf %3</translation>
    </message>
    <message>
        <source>Scale %1 down?</source>
        <translation>%1 herunterskalieren?</translation>
    </message>
    <message>
        <source>Scale %1 down from %2 to %3 instances?</source>
        <translation>%1 von %2 auf %3 Instanzen herunterskalieren?</translation>
    </message>
    <message>
        <source>Marathon kills all its tasks (as Suspend does).</source>
        <translation>Marathon beendet alle ihre Tasks (wie beim Pausieren).</translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n of its tasks.</source>
        <translation>
            <numerusform>Marathon beendet %n ihrer Tasks.</numerusform>
            <numerusform>Marathon beendet %n ihrer Tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale down to %1</source>
        <translation>Auf %1 herunterskalieren</translation>
    </message>
    <message>
        <source>Scaling %1 to %2</source>
        <translation>%1 wird auf %2 skaliert</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of its %n task(s) with a new one, following the app&apos;s upgrade strategy.</source>
        <translation>
            <numerusform>Marathon ersetzt ihren %n Task durch einen neuen, gemäß der Upgrade-Strategie der App.</numerusform>
            <numerusform>Marathon ersetzt jeden ihrer %n Tasks durch einen neuen, gemäß der Upgrade-Strategie der App.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>%1 wird neu gestartet</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>%1 pausieren?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon scales it to 0 instances: its %n task(s) are killed. Resume scales it up again.</source>
        <translation>
            <numerusform>Marathon skaliert sie auf 0 Instanzen: Ihr %n Task wird beendet. Fortsetzen skaliert sie wieder hoch.</numerusform>
            <numerusform>Marathon skaliert sie auf 0 Instanzen: Ihre %n Tasks werden beendet. Fortsetzen skaliert sie wieder hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending %1 (0 instances)</source>
        <translation>%1 wird pausiert (0 Instanzen)</translation>
    </message>
    <message>
        <source>Destroy the app %1?</source>
        <translation>Die App %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n task(s) are killed and its definition is removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Ihr %n Task wird beendet und ihre Definition aus Marathon entfernt; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Ihre %n Tasks werden beendet und ihre Definition aus Marathon entfernt; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Kill task %1 and scale down</source>
        <translation>Task %1 beenden und herunterskalieren</translation>
    </message>
    <message>
        <source>Kill task %1</source>
        <translation>Task %1 beenden</translation>
    </message>
    <message>
        <source>Killed task %1 and scaled down</source>
        <translation>Task %1 beendet und herunterskaliert</translation>
    </message>
    <message>
        <source>Killed task %1</source>
        <translation>Task %1 beendet</translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s) and scaled down</source>
        <translation>
            <numerusform>%n Task beendet und herunterskaliert</numerusform>
            <numerusform>%n Tasks beendet und herunterskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s)</source>
        <translation>
            <numerusform>%n Task beendet</numerusform>
            <numerusform>%n Tasks beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Each task is stopped and its app&apos;s instance count is lowered by one, so no replacement starts.</source>
        <translation>Jeder Task wird gestoppt und die Instanzanzahl seiner App um eins gesenkt, sodass kein Ersatz startet.</translation>
    </message>
    <message numerus="yes">
        <source>Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a replacement for each, so %n app(s) keep their instance count.</source>
        <translation>
            <numerusform>Jeder Task wird gestoppt (SIGTERM, nach der Karenzzeit SIGKILL); Marathon startet für jeden einen Ersatz, sodass %n App ihre Instanzanzahl behält.</numerusform>
            <numerusform>Jeder Task wird gestoppt (SIGTERM, nach der Karenzzeit SIGKILL); Marathon startet für jeden einen Ersatz, sodass %n Apps ihre Instanzanzahl behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down?</source>
        <translation>
            <numerusform>%n Task beenden und herunterskalieren?</numerusform>
            <numerusform>%n Tasks beenden und herunterskalieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)?</source>
        <translation>
            <numerusform>%n Task beenden?</numerusform>
            <numerusform>%n Tasks beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s) and scale their apps down?</source>
        <translation>
            <numerusform>Diesen %n Task beenden und seine App herunterskalieren?</numerusform>
            <numerusform>Diese %n Tasks beenden und ihre Apps herunterskalieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s)?</source>
        <translation>
            <numerusform>Diesen %n Task beenden?</numerusform>
            <numerusform>Diese %n Tasks beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n and scale down</source>
        <translation>
            <numerusform>%n beenden und herunterskalieren</numerusform>
            <numerusform>%n beenden und herunterskalieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; step %3 of %4: %5</source>
        <translation>%1 — %2; Schritt %3 von %4: %5</translation>
    </message>
    <message>
        <source>Stop deployment?</source>
        <translation>Deployment stoppen?</translation>
    </message>
    <message>
        <source>Stop the deployment of %1 where it is?</source>
        <translation>Das Deployment von %1 an der aktuellen Stelle stoppen?</translation>
    </message>
    <message>
        <source>No rollback: the apps keep the tasks they have now, some maybe on the new version and some on the old, until the next deployment.</source>
        <translation>Kein Rollback: Die Apps behalten ihre jetzigen Tasks, manche vielleicht in der neuen Version und manche in der alten, bis zum nächsten Deployment.</translation>
    </message>
    <message>
        <source>Stop deployment</source>
        <translation>Deployment stoppen</translation>
    </message>
    <message>
        <source>Roll back deployment?</source>
        <translation>Deployment zurückrollen?</translation>
    </message>
    <message>
        <source>Roll the deployment of %1 back?</source>
        <translation>Das Deployment von %1 zurückrollen?</translation>
    </message>
    <message>
        <source>Marathon starts a deployment back to the previous version: tasks this deployment started are killed and replaced by tasks of the previous version.</source>
        <translation>Marathon startet ein Deployment zurück zur vorherigen Version: Tasks, die dieses Deployment gestartet hat, werden beendet und durch Tasks der vorherigen Version ersetzt.</translation>
    </message>
    <message>
        <source>Stopped deployment %1</source>
        <translation>Deployment %1 gestoppt</translation>
    </message>
    <message>
        <source>Rolling back deployment %1</source>
        <translation>Deployment %1 wird zurückgerollt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Launch app…</source>
        <translation>App starten…</translation>
    </message>
    <message>
        <source>Scale %1…</source>
        <translation>%1 skalieren…</translation>
    </message>
    <message>
        <source>Restart %1…</source>
        <translation>%1 neu starten…</translation>
    </message>
    <message>
        <source>Suspend %1…</source>
        <translation>%1 pausieren…</translation>
    </message>
    <message>
        <source>Resume %1…</source>
        <translation>%1 fortsetzen…</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>%1 bearbeiten…</translation>
    </message>
    <message>
        <source>Destroy %1…</source>
        <translation>%1 löschen…</translation>
    </message>
    <message>
        <source>Kill task %1…</source>
        <translation>Task %1 beenden…</translation>
    </message>
    <message>
        <source>Reset the launch delay of %1</source>
        <translation>Startverzögerung von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Launch delay of %1 reset</source>
        <translation>Startverzögerung von %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Marathon launches it at the next offer.</source>
        <translation>Marathon startet sie beim nächsten Angebot.</translation>
    </message>
    <message>
        <source>Apply version %1 of %2</source>
        <translation>Version %1 von %2 anwenden</translation>
    </message>
    <message>
        <source>Applying version %1 of %2</source>
        <translation>Version %1 von %2 wird angewendet</translation>
    </message>
    <message>
        <source>Apply version %1 of %2?</source>
        <translation>Version %1 von %2 anwenden?</translation>
    </message>
    <message>
        <source>Deploy version %1 of %2?</source>
        <translation>Version %1 von %2 deployen?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon deploys that definition as a new version (the Versions tab shows what it changes); its %n task(s) are replaced or scaled as it says.</source>
        <translation>
            <numerusform>Marathon deployt diese Definition als neue Version (der Tab „Versionen“ zeigt, was sie ändert); der %n Task der App wird ersetzt oder skaliert, wie sie es vorgibt.</numerusform>
            <numerusform>Marathon deployt diese Definition als neue Version (der Tab „Versionen“ zeigt, was sie ändert); die %n Tasks der App werden ersetzt oder skaliert, wie sie es vorgibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply version</source>
        <translation>Version anwenden</translation>
    </message>
    <message>
        <source>Export apps…</source>
        <translation>Apps exportieren…</translation>
    </message>
    <message>
        <source>To one file…</source>
        <translation>In eine Datei…</translation>
    </message>
    <message>
        <source>Import apps…</source>
        <translation>Apps importieren…</translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation>Aus einem Ordner…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <source>Export Apps to One File</source>
        <translation>Apps in eine Datei exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Apps to a New or Empty Folder</source>
        <translation>Apps in einen neuen oder leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>Export of the apps to %1</source>
        <translation>Export der Apps nach %1</translation>
    </message>
    <message>
        <source>Import Apps from a Folder</source>
        <translation>Apps aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Import Apps from a File</source>
        <translation>Apps aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Edit group…</source>
        <translation>Gruppe bearbeiten…</translation>
    </message>
    <message>
        <source>Change the group&apos;s JSON (its apps, subgroups, dependencies): review the diff, then apply</source>
        <translation>Das JSON der Gruppe ändern (ihre Apps, Untergruppen, Abhängigkeiten): den Diff prüfen, dann anwenden</translation>
    </message>
    <message>
        <source>Scale group…</source>
        <translation>Gruppe skalieren…</translation>
    </message>
    <message>
        <source>Multiply the instances of every app in the group by a factor (one deployment)</source>
        <translation>Die Instanzen jeder App der Gruppe mit einem Faktor multiplizieren (ein Deployment)</translation>
    </message>
    <message>
        <source>Restart group…</source>
        <translation>Gruppe neu starten…</translation>
    </message>
    <message>
        <source>Restart every app in the group</source>
        <translation>Jede App der Gruppe neu starten</translation>
    </message>
    <message>
        <source>Destroy group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Remove the group and all its apps, killing their tasks</source>
        <translation>Die Gruppe und alle ihre Apps entfernen, ihre Tasks werden beendet</translation>
    </message>
    <message>
        <source>Select a group in the tree first.</source>
        <translation>Zuerst eine Gruppe im Baum auswählen.</translation>
    </message>
    <message>
        <source>%1 has no app (any more).</source>
        <translation>%1 hat keine App (mehr).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n Task</numerusform>
            <numerusform>%1 — %n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply the instances of every app in %1 by:</source>
        <translation>Die Instanzen jeder App in %1 multiplizieren mit:</translation>
    </message>
    <message>
        <source>Scale every app in %1 by %2?</source>
        <translation>Jede App in %1 mit %2 skalieren?</translation>
    </message>
    <message>
        <source>Marathon kills all their tasks.</source>
        <translation>Marathon beendet alle ihre Tasks.</translation>
    </message>
    <message>
        <source>Marathon kills tasks of each app down to its new instance count (rounded).</source>
        <translation>Marathon beendet Tasks jeder App bis auf ihre neue Instanzanzahl (gerundet).</translation>
    </message>
    <message>
        <source>Scale by %1</source>
        <translation>Mit %1 skalieren</translation>
    </message>
    <message>
        <source>Scale %1 by %2</source>
        <translation>%1 mit %2 skalieren</translation>
    </message>
    <message>
        <source>Scaling %1 by %2</source>
        <translation>%1 wird mit %2 skaliert</translation>
    </message>
    <message>
        <source>Restart every app in %1?</source>
        <translation>Jede App in %1 neu starten?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of their %n task(s) with a new one, following each app&apos;s upgrade strategy (one deployment per app).</source>
        <translation>
            <numerusform>Marathon ersetzt ihren %n Task durch einen neuen, gemäß der Upgrade-Strategie der jeweiligen App (ein Deployment pro App).</numerusform>
            <numerusform>Marathon ersetzt jeden ihrer %n Tasks durch einen neuen, gemäß der Upgrade-Strategie der jeweiligen App (ein Deployment pro App).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart group</source>
        <translation>Gruppe neu starten</translation>
    </message>
    <message>
        <source>Destroy the group %1 and all its apps?</source>
        <translation>Die Gruppe %1 und alle ihre Apps löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) are killed and the group and its apps are removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Ihr %n Task wird beendet und die Gruppe samt ihren Apps aus Marathon entfernt; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Ihre %n Tasks werden beendet und die Gruppe samt ihren Apps aus Marathon entfernt; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Write every app and pod definition, without what Marathon manages, to files that can be imported into another cluster</source>
        <translation>Jede App- und Pod-Definition ohne das, was Marathon verwaltet, in Dateien schreiben, die sich in einen anderen Cluster importieren lassen</translation>
    </message>
    <message>
        <source>To a folder (one file per app or pod)…</source>
        <translation>In einen Ordner (eine Datei pro App oder Pod)…</translation>
    </message>
    <message>
        <source>Create or update apps and pods from an export: see the plan first, then apply it</source>
        <translation>Apps und Pods aus einem Export anlegen oder aktualisieren: erst den Plan ansehen, dann anwenden</translation>
    </message>
    <message>
        <source>The definitions of %1 written.</source>
        <translation>Die Definitionen von %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppEditDialog</name>
    <message>
        <source>Force the change</source>
        <translation>Änderung erzwingen</translation>
    </message>
    <message>
        <source>Wait, then retry</source>
        <translation>Warten, dann erneut versuchen</translation>
    </message>
    <message>
        <source>Edit app %1</source>
        <translation>App %1 bearbeiten</translation>
    </message>
    <message>
        <source>Launch an app</source>
        <translation>Eine App starten</translation>
    </message>
    <message>
        <source>Retry with ?force=true: cancels the running deployment (tasks of both versions may run for a while).</source>
        <translation>Mit ?force=true erneut versuchen: bricht das laufende Deployment ab (Tasks beider Versionen können eine Weile gleichzeitig laufen).</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>The request body as Marathon&apos;s and its CLIs&apos; .json files have it. Fields the form does not show are kept.</source>
        <translation>Der Request-Body, wie ihn die .json-Dateien von Marathon und seinen CLIs enthalten. Felder, die das Formular nicht zeigt, bleiben erhalten.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import app definition</source>
        <translation>App-Definition importieren</translation>
    </message>
    <message>
        <source>Marathon app (*.json);;All files (*)</source>
        <translation>Marathon-App (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export app definition</source>
        <translation>App-Definition exportieren</translation>
    </message>
    <message>
        <source>Marathon app (*.json)</source>
        <translation>Marathon-App (*.json)</translation>
    </message>
    <message>
        <source>Waiting for the running deployment to finish; the change is sent then…</source>
        <translation>Es wird auf das Ende des laufenden Deployments gewartet; die Änderung wird dann gesendet…</translation>
    </message>
    <message>
        <source>Always pull the image</source>
        <translation>Image immer neu laden (pull)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>bridge</translation>
    </message>
    <message>
        <source>user (named network)</source>
        <translation>user (benanntes Netzwerk)</translation>
    </message>
    <message>
        <source>network name (user mode)</source>
        <translation>Netzwerkname (User-Modus)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>empty: the image&apos;s entrypoint; runs under /bin/sh -c</source>
        <translation>leer: der Entrypoint des Images; läuft unter /bin/sh -c</translation>
    </message>
    <message>
        <source>arguments instead of a command, e.g. --port 8080</source>
        <translation>Argumente statt eines Befehls, z. B. --port 8080</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>Docker &amp;image</source>
        <translation>Docker-&amp;Image</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Befehl</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Service-Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>With host networking only the service port (0 = assigned), protocol and name count.</source>
        <translation>Bei Host-Networking zählen nur Service-Port (0 = zugewiesen), Protokoll und Name.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Operators: UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS</source>
        <translation>Operatoren: UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS</translation>
    </message>
    <message>
        <source>Path / cmd</source>
        <translation>Pfad / Befehl</translation>
    </message>
    <message>
        <source>Port index</source>
        <translation>Port-Index</translation>
    </message>
    <message>
        <source>Grace (s)</source>
        <translation>Schonfrist (s)</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervall (s)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>Max failures</source>
        <translation>Max. Fehlschläge</translation>
    </message>
    <message>
        <source>Path for HTTP(S) checks, the command for COMMAND checks. Protocols: HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP</source>
        <translation>Pfad bei HTTP(S)-Checks, der Befehl bei COMMAND-Checks. Protokolle: HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Container-Pfad</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Mode (RW/RO)</source>
        <translation>Modus (RW/RO)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health-Checks</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Fetch URIs</source>
        <translation>Abzurufende URIs</translation>
    </message>
    <message>
        <source>Upgrade strategy</source>
        <translation>Upgrade-Strategie</translation>
    </message>
    <message>
        <source>Minimum health capacity</source>
        <translation>Minimale Health-Kapazität</translation>
    </message>
    <message>
        <source>Maximum over capacity</source>
        <translation>Maximale Überkapazität</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields before exporting.</source>
        <translation>Vor dem Exportieren die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>Not connected to Marathon: connect a cluster first. Your definition stays here; export it if you want to keep it.</source>
        <translation>Nicht mit Marathon verbunden: zuerst mit einem Cluster verbinden. Die Definition bleibt hier erhalten; zum Aufbewahren exportieren.</translation>
    </message>
    <message>
        <source>Still waiting for deployment %1 to finish…</source>
        <translation>Es wird weiterhin auf das Ende von Deployment %1 gewartet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The app is locked by deployment %1.&lt;/b&gt; Wait for it to finish, or force the change (this cancels the running deployment).</source>
        <translation>&lt;b&gt;Die App ist durch Deployment %1 gesperrt.&lt;/b&gt; Auf dessen Ende warten oder die Änderung erzwingen (das bricht das laufende Deployment ab).</translation>
    </message>
    <message>
        <source>Marathon rejected the definition; the reasons are next to the fields.</source>
        <translation>Marathon hat die Definition abgelehnt; die Gründe stehen neben den Feldern.</translation>
    </message>
    <message>
        <source>The JSON needs numbers where the marked cells have text: correct them first.</source>
        <translation>Das JSON braucht Zahlen, wo die markierten Zellen Text enthalten: diese zuerst korrigieren.</translation>
    </message>
    <message>
        <source>Nothing to change: Marathon already has this definition of %1. Nothing was sent.</source>
        <translation>Nichts zu ändern: Marathon hat diese Definition von %1 bereits. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Saving sends these fields of %1 to Marathon: %2. Every other field stays as Marathon has it.</source>
        <translation>Beim Speichern gehen diese Felder von %1 an Marathon: %2. Alle anderen Felder bleiben, wie Marathon sie hat.</translation>
    </message>
    <message>
        <source>App definition as JSON</source>
        <translation>App-Definition als JSON</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Netzwerkname</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppImportDialog</name>
    <message>
        <source>e.g. /staging (ids and absolute dependencies move below it)</source>
        <translation>z. B. /staging (IDs und absolute Abhängigkeiten wandern darunter)</translation>
    </message>
    <message>
        <source>Id &amp;prefix:</source>
        <translation>ID-&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>%1 (%v of %m)</source>
        <translation>%1 (%v von %m)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cannot make the plan: %1</source>
        <translation>Der Plan kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The prefix &quot;%1&quot; is not a group id: lower-case letters, digits, &apos;-&apos; and &apos;.&apos; between slashes, e.g. /staging.</source>
        <translation>Das Präfix „%1“ ist keine Gruppen-ID: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; zwischen Schrägstrichen, z. B. /staging.</translation>
    </message>
    <message>
        <source>%1.
Resolve the conflicts first (the reason is in their row), or change the options.</source>
        <translation>%1.
Zuerst die Konflikte lösen (der Grund steht in ihrer Zeile) oder die Optionen ändern.</translation>
    </message>
    <message>
        <source>%1.
Nothing to change.</source>
        <translation>%1.
Nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 is the same in the cluster.</source>
        <translation>%1 ist im Cluster identisch.</translation>
    </message>
    <message>
        <source>The import is being applied.</source>
        <translation>Der Import wird angewendet.</translation>
    </message>
    <message>
        <source>Applied. Change an option to make a new plan.</source>
        <translation>Angewendet. Eine Option ändern, um einen neuen Plan zu erstellen.</translation>
    </message>
    <message>
        <source>Resolve the conflicts first.</source>
        <translation>Zuerst die Konflikte lösen.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Import Apps and Pods</source>
        <translation>Apps und Pods importieren</translation>
    </message>
    <message>
        <source>%1 from %2 into %3</source>
        <translation>%1 aus %2 nach %3</translation>
    </message>
    <message>
        <source>New apps and pods start with &amp;0 instances (existing ones keep theirs)</source>
        <translation>Neue Apps und Pods starten mit &amp;0 Instanzen (bestehende behalten ihre)</translation>
    </message>
    <message>
        <source>&amp;Leave the apps and pods the cluster has as they are</source>
        <translation>Die Apps und Pods des C&amp;lusters unverändert lassen</translation>
    </message>
    <message>
        <source>One deployment per &amp;app (default: one per group; pods always one each)</source>
        <translation>Ein Deployment pro &amp;App (Standard: eines pro Gruppe; Pods immer je eines)</translation>
    </message>
    <message>
        <source>&amp;Update apps and pods that are being deployed (cancels those deployments)</source>
        <translation>Apps und Pods im Deployment &amp;aktualisieren (bricht diese Deployments ab)</translation>
    </message>
    <message>
        <source>Difference of the selected app or pod</source>
        <translation>Unterschied der gewählten App oder des gewählten Pods</translation>
    </message>
    <message>
        <source>Select an app or pod to update to see what changes.</source>
        <translation>Wählen Sie eine zu aktualisierende App oder einen Pod, um zu sehen, was sich ändert.</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s apps and pods…</source>
        <translation>Apps und Pods des Clusters werden gelesen…</translation>
    </message>
    <message>
        <source>%1
The failed ones say why in their row (hover for the details).</source>
        <translation>%1
Die fehlgeschlagenen nennen den Grund in ihrer Zeile (Details beim Darüberfahren).</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) or pod(s) the cluster has below these groups are not in the import and stay as they are.</source>
        <translation>
            <numerusform>%n App oder Pod des Clusters unter diesen Gruppen ist nicht im Import und bleibt, wie sie ist.</numerusform>
            <numerusform>%n Apps oder Pods des Clusters unter diesen Gruppen sind nicht im Import und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s apps and pods could not be read.</source>
        <translation>Die Apps und Pods des Clusters konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Create %1; update %2</source>
        <translation>%1 anlegen; %2 aktualisieren</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppWhy</name>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>%1 has waited for offers for %2 min</source>
        <translation>%1 wartet seit %2 min auf Angebote</translation>
    </message>
    <message>
        <source>Marathon does not say why (no offer was declined, or it is older than 1.4). See the Why tab of the app.</source>
        <translation>Marathon sagt nicht, warum (kein Angebot wurde abgelehnt, oder es ist älter als 1.4). Siehe Tab „Warum“ der App.</translation>
    </message>
    <message>
        <source>Mostly declined for %1. See the Why tab of the app.</source>
        <translation>Meist abgelehnt wegen %1. Siehe Tab „Warum“ der App.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppsPage</name>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Filter deployments…</source>
        <translation>Deployments filtern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployments in progress&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufende Deployments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Show the apps as a tree of their groups, with sums per group</source>
        <translation>Die Apps als Baum ihrer Gruppen anzeigen, mit Summen pro Gruppe</translation>
    </message>
    <message>
        <source>Apps by group</source>
        <translation>Apps nach Gruppe</translation>
    </message>
    <message>
        <source>Select a group for its actions and dependencies.</source>
        <translation>Eine Gruppe auswählen, um ihre Aktionen und Abhängigkeiten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n app(s), %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all instances.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n App, %2 Instanzen, %3 laufend, %4 staged; %5 CPUs und %6 für alle Instanzen.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Apps, %2 Instanzen, %3 laufend, %4 staged; %5 CPUs und %6 für alle Instanzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dependencies: %1</source>
        <translation>Abhängigkeiten: %1</translation>
    </message>
    <message>
        <source>asking Marathon…</source>
        <translation>Marathon wird gefragt…</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Marathon&apos;s pods (1.4+): containers launched together</source>
        <translation>Pods von Marathon (1.4+): gemeinsam gestartete Container</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AuditPage</name>
    <message>
        <source>any time</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>every cluster</source>
        <translation>alle Cluster</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>every action (app. for every app action)</source>
        <translation>alle Aktionen (app. für alle App-Aktionen)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>part of an app, task or host name</source>
        <translation>Teil eines App-, Task- oder Hostnamens</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>anywhere in the line</source>
        <translation>irgendwo in der Zeile</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the lines shown to a CSV or JSON file</source>
        <translation>Die angezeigten Zeilen in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>The selected line</source>
        <translation>Die ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Eine Zeile auswählen, um sie vollständig zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1</source>
        <translation>
            <numerusform>%n Zeile aus %1</numerusform>
            <numerusform>%n Zeilen aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>(%n unlesbare Zeile übersprungen)</numerusform>
            <numerusform>(%n unlesbare Zeilen übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Lines</source>
        <translation>Audit-Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>mc::widgets::BulkAddDialog</name>
    <message>
        <source>Add Hosts</source>
        <translation>Hosts hinzufügen</translation>
    </message>
    <message>
        <source>One host per line. Ranges such as &lt;tt&gt;agent[01:20].example.com&lt;/tt&gt; or &lt;tt&gt;10.0.0.[10:15]&lt;/tt&gt; add several; &lt;tt&gt;key=value&lt;/tt&gt; after a name sets its variables (&lt;tt&gt;zoo_id=1&lt;/tt&gt;).</source>
        <translation>Ein Host pro Zeile. Bereiche wie &lt;tt&gt;agent[01:20].example.com&lt;/tt&gt; oder &lt;tt&gt;10.0.0.[10:15]&lt;/tt&gt; fügen mehrere hinzu; &lt;tt&gt;key=value&lt;/tt&gt; nach einem Namen setzt dessen Variablen (&lt;tt&gt;zoo_id=1&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Add to &amp;group:</source>
        <translation>Zu &amp;Gruppe hinzufügen:</translation>
    </message>
    <message>
        <source>Leave out [group] lines; choose the group below.</source>
        <translation>[group]-Zeilen weglassen; die Gruppe unten wählen.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No hosts yet.</source>
        <translation>Noch keine Hosts.</translation>
    </message>
    <message>
        <source>1 host: %1</source>
        <translation>1 Host: %1</translation>
    </message>
    <message>
        <source>%1 hosts: %2 … %3</source>
        <translation>%1 Hosts: %2 … %3</translation>
    </message>
    <message>
        <source>Host names or range patterns, one per line</source>
        <translation>Hostnamen oder Bereichsmuster, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ChangeGuard</name>
    <message>
        <source>read-only cluster</source>
        <translation>schreibgeschützter Cluster</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterDetails</name>
    <message>
        <source>Agent ID</source>
        <translation>Agent-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>Framework-ID</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Web-UI</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Aktive Tasks</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>%1 wanted, %2 running, %3 staged</source>
        <translation>%1 gewünscht, %2 laufend, %3 staged</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>%1 healthy, %2 unhealthy</source>
        <translation>%1 gesund, %2 ungesund</translation>
    </message>
    <message>
        <source>no health checks</source>
        <translation>keine Health-Checks</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>%1 CPUs, %2, %3 disk per instance</source>
        <translation>%1 CPUs, %2, %3 Festplatte pro Instanz</translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation>Service-Ports</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source> (completed)</source>
        <translation> (abgeschlossen)</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Aktuelle Aktionen</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>%1 Festplatte</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterOverview</name>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation>Mesos %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No leader: electing…&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Kein Leader: Wahl läuft…&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>&lt;b&gt;leader&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leader&lt;/b&gt;</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>No master known yet.</source>
        <translation>Noch kein Master bekannt.</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;, latency %3 ms avg, %4 connections, %5 outstanding&lt;br&gt;</source>
        <translation>%1 — &lt;b&gt;%2&lt;/b&gt;, Latenz %3 ms im Mittel, %4 Verbindungen, %5 ausstehend&lt;br&gt;</translation>
    </message>
    <message>
        <source>Not watched: connect with a zk:// URL to see the ensemble.</source>
        <translation>Nicht beobachtet: mit einer zk://-URL verbinden, um das Ensemble zu sehen.</translation>
    </message>
    <message>
        <source>Leader: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version: %2&lt;br&gt;Framework: %3</source>
        <translation>Leader: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version: %2&lt;br&gt;Framework: %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Apps: %1, deployments: %2</source>
        <translation>&lt;br&gt;Apps: %1, Deployments: %2</translation>
    </message>
    <message>
        <source>Not watched: start with --marathon URL.</source>
        <translation>Nicht beobachtet: mit --marathon URL starten.</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>Agents: &lt;b&gt;%1&lt;/b&gt; active, %2 inactive&lt;br&gt;Frameworks: %3 active&lt;br&gt;</source>
        <translation>Agents: &lt;b&gt;%1&lt;/b&gt; aktiv, %2 inaktiv&lt;br&gt;Frameworks: %3 aktiv&lt;br&gt;</translation>
    </message>
    <message>
        <source>Tasks: &lt;b&gt;%1&lt;/b&gt; running, %2 staging, %3 starting, %4 killing&lt;br&gt;</source>
        <translation>Tasks: &lt;b&gt;%1&lt;/b&gt; laufend, %2 staging, %3 startend, %4 werden beendet&lt;br&gt;</translation>
    </message>
    <message>
        <source>CPUs: %1&lt;br&gt;Memory: %2&lt;br&gt;Disk: %3</source>
        <translation>CPUs: %1&lt;br&gt;Speicher: %2&lt;br&gt;Festplatte: %3</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Überwachung %1</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos: %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Open a terminal on the selected agent&apos;s host</source>
        <translation>Ein Terminal auf dem Host des ausgewählten Agents öffnen</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterProfileDialog</name>
    <message>
        <source>Cluster Settings</source>
        <translation>Cluster-Einstellungen</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. production</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>Cluster-&amp;Name:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>eigener Anmeldename</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh defaults</source>
        <translation>SSH-Agent oder Standardwerte aus ~/.ssh</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Run provisioning with sudo</source>
        <translation>Bereitstellung mit sudo ausführen</translation>
    </message>
    <message>
        <source>sudo to &amp;user:</source>
        <translation>sudo als Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>apps.example.com</source>
        <translation>apps.example.com</translation>
    </message>
    <message>
        <source>HAProxy &amp;domain:</source>
        <translation>HAProxy-&amp;Domain:</translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:5050</source>
        <translation>http://&lt;jeder Master&gt;:5050</translation>
    </message>
    <message>
        <source>&amp;Mesos URL:</source>
        <translation>&amp;Mesos-URL:</translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:8080</source>
        <translation>http://&lt;jeder Master&gt;:8080</translation>
    </message>
    <message>
        <source>M&amp;arathon URL:</source>
        <translation>M&amp;arathon-URL:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;HTTP user (no password is stored):</source>
        <translation>&amp;HTTP-Benutzer (es wird kein Passwort gespeichert):</translation>
    </message>
    <message>
        <source>Master &amp;groups:</source>
        <translation>Master-&amp;Gruppen:</translation>
    </message>
    <message>
        <source>A&amp;gent groups:</source>
        <translation>A&amp;gent-Gruppen:</translation>
    </message>
    <message>
        <source>Reach the cluster through</source>
        <translation>Cluster erreichen über</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Direkte Verbindung</translation>
    </message>
    <message>
        <source>SSH jump host from the inventory</source>
        <translation>SSH-Jump-Host aus dem Inventar</translation>
    </message>
    <message>
        <source>SSH bastion outside the inventory</source>
        <translation>SSH-Bastion außerhalb des Inventars</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Jump-Host:</translation>
    </message>
    <message>
        <source>the host&apos;s / the profile&apos;s SSH user</source>
        <translation>SSH-Benutzer des Hosts / des Profils</translation>
    </message>
    <message>
        <source>Jump host SSH user</source>
        <translation>SSH-Benutzer des Jump-Hosts</translation>
    </message>
    <message>
        <source>Jump host u&amp;ser:</source>
        <translation>Jump-Host-Benutze&amp;r:</translation>
    </message>
    <message>
        <source>Jump host SSH port</source>
        <translation>SSH-Port des Jump-Hosts</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Jump host p&amp;ort:</source>
        <translation>Jump-Host-P&amp;ort:</translation>
    </message>
    <message>
        <source>the host&apos;s / the profile&apos;s key</source>
        <translation>Schlüssel des Hosts / des Profils</translation>
    </message>
    <message>
        <source>Jump host key file</source>
        <translation>Schlüsseldatei des Jump-Hosts</translation>
    </message>
    <message>
        <source>Jump host &amp;key file:</source>
        <translation>Jump-Host-Schlüsse&amp;ldatei:</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Jump host known_hosts file</source>
        <translation>known_hosts-Datei des Jump-Hosts</translation>
    </message>
    <message>
        <source>known_&amp;hosts file:</source>
        <translation>&amp;known_hosts-Datei:</translation>
    </message>
    <message>
        <source>Masters, agents, Marathon and task logs are reached over this SSH connection.
Its host key must be in known_hosts; a password is asked for, never saved.</source>
        <translation>Master, Agents, Marathon und Task-Logs werden über diese SSH-Verbindung erreicht.
Ihr Host-Schlüssel muss in known_hosts stehen; ein Passwort wird abgefragt, aber nie gespeichert.</translation>
    </message>
    <message>
        <source>Problem with these settings</source>
        <translation>Problem mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>Keep the &amp;ZooKeeper URL</source>
        <translation>&amp;ZooKeeper-URL übernehmen</translation>
    </message>
    <message>
        <source>Keep all ma&amp;sters</source>
        <translation>Alle Mas&amp;ter übernehmen</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper: %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>Learned from the cluster watched now:</source>
        <translation>Vom derzeit überwachten Cluster ermittelt:</translation>
    </message>
    <message>
        <source>Cluster mode</source>
        <translation>Cluster-Modus</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Protected: type the cluster&apos;s name before each change</source>
        <translation>Geschützt: vor jeder Änderung den Cluster-Namen eintippen</translation>
    </message>
    <message>
        <source>Read-only: no change is sent</source>
        <translation>Schreibgeschützt: Es wird keine Änderung gesendet</translation>
    </message>
    <message>
        <source>Mod&amp;e:</source>
        <translation>Zugr&amp;iffsmodus:</translation>
    </message>
    <message>
        <source>none, or #rrggbb</source>
        <translation>keine oder #rrggbb</translation>
    </message>
    <message>
        <source>Cluster colour</source>
        <translation>Cluster-Farbe</translation>
    </message>
    <message>
        <source>P&amp;ick…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Cluster Colour</source>
        <translation>Cluster-Farbe</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not a colour: write it #rrggbb (e.g. #d93025) or a name such as red, or choose one.</source>
        <translation>„%1“ ist keine Farbe: Als #rrggbb (z. B. #d93025) oder als Namen wie red schreiben oder eine auswählen.</translation>
    </message>
    <message>
        <source>A protected cluster needs a name: it is what you type before each change.</source>
        <translation>Ein geschützter Cluster braucht einen Namen: Er wird vor jeder Änderung eingetippt.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterSwitcher</name>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>The watched clusters (health dot: live, stale, failing); pick one to show it (Ctrl+K “cluster NAME”).</source>
        <translation>Die beobachteten Cluster (Statuspunkt: live, veraltet, fehlerhaft); einen wählen, um ihn anzuzeigen (Strg+K „Cluster NAME“).</translation>
    </message>
    <message>
        <source>Watched clusters</source>
        <translation>Beobachtete Cluster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop watching the cluster shown</source>
        <translation>Den angezeigten Cluster nicht mehr beobachten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none watched</source>
        <translation>keiner beobachtet</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClustersPage</name>
    <message>
        <source>Every watched cluster; double-click one (or Enter) to show it. Open another with File ▸ Connect to Cluster… or a workspace.</source>
        <translation>Alle beobachteten Cluster; einen doppelklicken (oder Eingabe), um ihn anzuzeigen. Einen weiteren über Datei ▸ Mit Cluster verbinden… oder einen Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
</context>
<context>
    <name>mc::widgets::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Jump to a view, host, app or task, or run an action…</source>
        <translation>Zu einer Ansicht, einem Host, einer App oder einem Task springen oder eine Aktion ausführen…</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConfirmDialog</name>
    <message>
        <source>Affected objects</source>
        <translation>Betroffene Objekte</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConnectDialog</name>
    <message>
        <source>Connect to Cluster</source>
        <translation>Mit Cluster verbinden</translation>
    </message>
    <message>
        <source>Watch a running cluster. Name its Mesos masters (any of them: the leader is found) or its ZooKeeper ensemble, and Marathon.</source>
        <translation>Einen laufenden Cluster beobachten. Seine Mesos-Master (beliebige: der Leader wird gefunden) oder sein ZooKeeper-Ensemble sowie Marathon angeben.</translation>
    </message>
    <message>
        <source>m1:5050, m2:5050  or  zk://m1:2181,m2:2181,m3:2181/mesos</source>
        <translation>m1:5050, m2:5050  oder  zk://m1:2181,m2:2181,m3:2181/mesos</translation>
    </message>
    <message>
        <source>Mesos masters</source>
        <translation>Mesos-Master</translation>
    </message>
    <message>
        <source>&amp;Mesos masters:</source>
        <translation>&amp;Mesos-Master:</translation>
    </message>
    <message>
        <source>m1:8080 (optional)</source>
        <translation>m1:8080 (optional)</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>M&amp;arathon:</source>
        <translation>M&amp;arathon:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Sign-in and TLS (only if the cluster asks for them)</source>
        <translation>Anmeldung und TLS (nur wenn der Cluster sie verlangt)</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>HTTP-Benutzer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>HTTP-Passwort</translation>
    </message>
    <message>
        <source>Kept in memory while the console runs; never written to disk.</source>
        <translation>Nur im Speicher gehalten, solange die Konsole läuft; nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>Authentifizierungs-Token</translation>
    </message>
    <message>
        <source>A DC/OS-style token (sent as &quot;Authorization: token=…&quot;); used instead of the user and password. Never written to disk.</source>
        <translation>Ein Token im DC/OS-Stil (gesendet als „Authorization: token=…“); ersetzt Benutzer und Passwort. Nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>system CAs only</source>
        <translation>nur System-CAs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA c&amp;ertificates:</source>
        <translation>CA-&amp;Zertifikate:</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConnectionBadge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mc::widgets::DetailTable</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Eine Zeile auswählen, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Details of the selected row in %1</source>
        <translation>Details der ausgewählten Zeile in %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>mc::widgets::DiagnosticsDialog</name>
    <message>
        <source>Record &amp;debug lines</source>
        <translation>&amp;Debug-Zeilen aufzeichnen</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Qt and other</source>
        <translation>Qt und andere</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Also keep the detailed lines (requests, redirects, connects), as --verbose does.</source>
        <translation>Auch die detaillierten Zeilen behalten (Anfragen, Weiterleitungen, Verbindungsaufbauten), wie es --verbose tut.</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Aktuelles Log</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>The log shown is on the clipboard.</source>
        <translation>Das angezeigte Log ist in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown of the last %1 kept in memory. Passwords, tokens, Authorization headers and keys are removed.</source>
        <translation>
            <numerusform>%n Zeile der letzten %1 im Speicher gehaltenen angezeigt. Passwörter, Tokens, Authorization-Header und Schlüssel sind entfernt.</numerusform>
            <numerusform>%n Zeilen der letzten %1 im Speicher gehaltenen angezeigt. Passwörter, Tokens, Authorization-Header und Schlüssel sind entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older lines were dropped.</source>
        <translation>%1 ältere Zeilen wurden verworfen.</translation>
    </message>
    <message>
        <source>Mesos Console %1 diagnostic log</source>
        <translation>Diagnose-Log von Mesos Console %1</translation>
    </message>
    <message>
        <source>Qt %1 on %2 (%3 %4)</source>
        <translation>Qt %1 auf %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Saved %1 UTC; categories: %2</source>
        <translation>Gespeichert %1 UTC; Kategorien: %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Einen Ordner wählen, in den geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Save Diagnostic Log</source>
        <translation>Diagnose-Log speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Log-Dateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1. Attach it to the bug report.</source>
        <translation>In %1 gespeichert. Die Datei dem Fehlerbericht beifügen.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ForwardDialog</name>
    <message>
        <source>Follow the app&apos;s replacement task when this one ends</source>
        <translation>Dem Ersatz-Task der App folgen, wenn dieser endet</translation>
    </message>
    <message>
        <source>Forward a Port of %1</source>
        <translation>Port von %1 weiterleiten</translation>
    </message>
    <message>
        <source>%1 (port index %2)</source>
        <translation>%1 (Port-Index %2)</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Else the forward stops and says so when the task ends.</source>
        <translation>Sonst stoppt die Weiterleitung mit einer Meldung, wenn der Task endet.</translation>
    </message>
    <message>
        <source>The console does not see the cluster&apos;s tasks (not connected).</source>
        <translation>Die Konsole sieht die Tasks des Clusters nicht (nicht verbunden).</translation>
    </message>
    <message>
        <source>Connections to 127.0.0.1 on this machine go over SSH to the task&apos;s port: through the jump host when the workspace has one, else through its agent&apos;s host.</source>
        <translation>Verbindungen zu 127.0.0.1 auf diesem Rechner laufen über SSH zum Port des Tasks: über den Jump-Host, wenn der Arbeitsbereich einen hat, sonst über den Host seines Agents.</translation>
    </message>
    <message>
        <source>Task port:</source>
        <translation>Task-Port:</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>Lokaler Port:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ForwardsView</name>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sent (bytes)</source>
        <translation>Gesendet (Bytes)</translation>
    </message>
    <message>
        <source>Received (bytes)</source>
        <translation>Empfangen (Bytes)</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>Port-Weiterleitungen</translation>
    </message>
    <message>
        <source>Port forwards (127.0.0.1 only)</source>
        <translation>Port-Weiterleitungen (nur 127.0.0.1)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>%1 (follows its app)</source>
        <translation>%1 (folgt seiner App)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>mc::widgets::GroupEditDialog</name>
    <message>
        <source>Edit group %1</source>
        <translation>Gruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>The group must be a JSON object.</source>
        <translation>Die Gruppe muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The id must stay %1 (to move apps, export and import them).</source>
        <translation>Die ID muss %1 bleiben (um Apps zu verschieben, sie exportieren und importieren).</translation>
    </message>
    <message>
        <source>Apply sends this change to Marathon as one deployment of %1.</source>
        <translation>Anwenden sendet diese Änderung als ein Deployment von %1 an Marathon.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, port %3) is not in your known hosts. Compare the fingerprint below with the one on the machine (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) before you trust it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Port %3) ist nicht in den bekannten Hosts. Vor dem Vertrauen den Fingerabdruck unten mit dem auf der Maschine vergleichen (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Trust Once</source>
        <translation>Einmal vertrauen</translation>
    </message>
    <message>
        <source>Trust and Remember</source>
        <translation>Vertrauen und merken</translation>
    </message>
</context>
<context>
    <name>mc::widgets::InventoryView</name>
    <message>
        <source>Add &amp;Group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Host…</source>
        <translation>&amp;Host hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Many Hosts…</source>
        <translation>&amp;Mehrere Hosts hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>Clus&amp;ter-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Import Ansible Inventory…</source>
        <translation>Ansible-Inventar &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>Inventar e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>Arbeitsbereich &amp;speichern</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Select a host or a group to edit it.

Drag hosts onto a group to move them (hold Ctrl to copy). F2 renames.</source>
        <translation>Einen Host oder eine Gruppe zum Bearbeiten auswählen.

Hosts auf eine Gruppe ziehen, um sie zu verschieben (Strg halten zum Kopieren). F2 benennt um.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>the name above</source>
        <translation>der Name oben</translation>
    </message>
    <message>
        <source>&amp;Address (ansible_host):</source>
        <translation>&amp;Adresse (ansible_host):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>SSH &amp;port (ansible_port):</source>
        <translation>SSH-&amp;Port (ansible_port):</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>SSH &amp;user (ansible_user):</source>
        <translation>SSH-&amp;Benutzer (ansible_user):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;ZooKeeper id (zoo_id):</source>
        <translation>&amp;ZooKeeper-ID (zoo_id):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation>Host %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Gruppe %1 umbenennen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>No problems found: the inventory is ready for a Mesos cluster.</source>
        <translation>Keine Probleme gefunden: Das Inventar ist bereit für einen Mesos-Cluster.</translation>
    </message>
    <message>
        <source>A group name needs letters, digits or _ and no spaces or &apos;:&apos;.</source>
        <translation>Ein Gruppenname braucht Buchstaben, Ziffern oder _ und keine Leerzeichen oder &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a host name; choose another group name.</source>
        <translation>„%1“ ist bereits ein Hostname; einen anderen Gruppennamen wählen.</translation>
    </message>
    <message>
        <source>Give at least one host name.</source>
        <translation>Mindestens einen Hostnamen angeben.</translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation>Host %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 hosts</source>
        <translation>%1 Hosts hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Group name (for example masters or agents):</source>
        <translation>Gruppenname (zum Beispiel masters oder agents):</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Host name or IP address:</source>
        <translation>Hostname oder IP-Adresse:</translation>
    </message>
    <message>
        <source>Host name or IP address (added to %1):</source>
        <translation>Hostname oder IP-Adresse (wird zu %1 hinzugefügt):</translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation>Variablenname:</translation>
    </message>
    <message>
        <source>Value of %1 (YAML: 1 is a number, yes a boolean, &quot;text&quot; stays text):</source>
        <translation>Wert von %1 (YAML: 1 ist eine Zahl, yes ein Boolean, &quot;text&quot; bleibt Text):</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import Ansible Inventory</source>
        <translation>Ansible-Inventar importieren</translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts *);;All files (*)</source>
        <translation>Ansible-Inventare (*.ini *.yml *.yaml hosts *);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>Ansible INI inventory (*.ini);;Ansible YAML inventory (*.yml)</source>
        <translation>Ansible-INI-Inventar (*.ini);;Ansible-YAML-Inventar (*.yml)</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Mesos Console workspace (*.mcw.yaml)</source>
        <translation>Mesos-Console-Arbeitsbereich (*.mcw.yaml)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The inventory has changes that are not saved. Save them before going on?</source>
        <translation>Das Inventar hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Groups and hosts</source>
        <translation>Gruppen und Hosts</translation>
    </message>
    <message>
        <source>Problems found in the inventory</source>
        <translation>Im Inventar gefundene Probleme</translation>
    </message>
</context>
<context>
    <name>mc::widgets::JsonEditDialog</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Definition (JSON)</source>
        <translation>Definition (JSON)</translation>
    </message>
    <message>
        <source>Change to apply</source>
        <translation>Anzuwendende Änderung</translation>
    </message>
    <message>
        <source>Review shows what changes here.</source>
        <translation>Prüfen zeigt hier, was sich ändert.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Force the change</source>
        <translation>Änderung erzwingen</translation>
    </message>
    <message>
        <source>Send it again with ?force=true: cancels the running deployment (tasks of both versions may run for a while).</source>
        <translation>Erneut mit ?force=true senden: bricht das laufende Deployment ab (Tasks beider Versionen können eine Weile gleichzeitig laufen).</translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogView</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Wird verfolgt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Truncated, following from the start</source>
        <translation>Gekürzt, wird ab dem Anfang verfolgt</translation>
    </message>
    <message>
        <source>Unreachable, retrying</source>
        <translation>Nicht erreichbar, neuer Versuch</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Task beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow new output (unchecked: paused; nothing is lost)</source>
        <translation>Neuer Ausgabe folgen (abgewählt: angehalten; nichts geht verloren)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Jump to the start (Ctrl+Home)</source>
        <translation>Zum Anfang springen (Strg+Pos1)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Load the previous 1 MiB of the file</source>
        <translation>Das vorherige 1 MiB der Datei laden</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbruch</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection (or everything shown)</source>
        <translation>Auswahl kopieren (oder alles Angezeigte)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the whole file</source>
        <translation>Die ganze Datei speichern</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Search (Enter: next)</source>
        <translation>Suchen (Enter: weiter)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Show only lines matching (regex)</source>
        <translation>Nur passende Zeilen anzeigen (Regex)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Cannot load the earlier part: %1</source>
        <translation>Der frühere Teil kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes shown)</source>
        <translation>%1 gespeichert (%2 Bytes angezeigt)</translation>
    </message>
    <message>
        <source>  ·  showing %1 (bytes %2–%3)</source>
        <translation>  ·  zeigt %1 (Bytes %2–%3)</translation>
    </message>
    <message>
        <source>, the last %1 lines on screen</source>
        <translation>, die letzten %1 Zeilen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Jump to the end and follow (Ctrl+End)</source>
        <translation>Zum Ende springen und folgen (Strg+Ende)</translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogsPage</name>
    <message>
        <source>Saved %1 (%2 bytes)</source>
        <translation>%1 gespeichert (%2 Bytes)</translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation>Wird nach %1 heruntergeladen…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>mc::widgets::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to Anything…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mesos Console</source>
        <translation>&amp;Über Mesos Console</translation>
    </message>
    <message>
        <source>About Mesos Console</source>
        <translation>Über Mesos Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mesos Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for Apache Mesos and Marathon clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mesos Console %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für Apache-Mesos- und Marathon-Cluster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 — Mesos Console</source>
        <translation>%1 — Mesos Console</translation>
    </message>
    <message>
        <source>&amp;Connect to Cluster…</source>
        <translation>Mit Cluster &amp;verbinden…</translation>
    </message>
    <message>
        <source>Workspaces and Ansible inventories (*.mcw.yaml *.yaml *.yml *.ini hosts);;All files (*)</source>
        <translation>Arbeitsbereiche und Ansible-Inventare (*.mcw.yaml *.yaml *.yml *.ini hosts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Icons-Only Sidebar</source>
        <translation>Seitenleiste nur mit &amp;Symbolen</translation>
    </message>
    <message>
        <source>[%1] %2 — Mesos Console</source>
        <translation>[%1] %2 — Mesos Console</translation>
    </message>
    <message>
        <source>Cluster and mode</source>
        <translation>Cluster und Modus</translation>
    </message>
    <message>
        <source>The cluster of this workspace and what may be changed on it (Cluster Settings).</source>
        <translation>Der Cluster dieses Arbeitsbereichs und was daran geändert werden darf (Cluster-Einstellungen).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>D&amp;iagnostics…</source>
        <translation>D&amp;iagnose…</translation>
    </message>
</context>
<context>
    <name>mc::widgets::MesosActions</name>
    <message>
        <source>Schedule Maintenance</source>
        <translation>Wartung planen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Beginnt:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Dauert:</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Kill every task on the selected agents and give them no new ones; Marathon starts replacements elsewhere</source>
        <translation>Alle Tasks auf den ausgewählten Agents beenden und ihnen keine neuen geben; Marathon startet Ersatz anderswo</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Give the selected agents no new tasks; running ones keep running</source>
        <translation>Den ausgewählten Agents keine neuen Tasks geben; laufende laufen weiter</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Give the selected (deactivated or drained) agents tasks again</source>
        <translation>Den ausgewählten (deaktivierten oder geleerten) Agents wieder Tasks geben</translation>
    </message>
    <message>
        <source>Mark Gone</source>
        <translation>Als entfernt markieren</translation>
    </message>
    <message>
        <source>Remove the selected agents for good; their tasks end</source>
        <translation>Die ausgewählten Agents endgültig entfernen; ihre Tasks enden</translation>
    </message>
    <message>
        <source>Schedule Maintenance…</source>
        <translation>Wartung planen…</translation>
    </message>
    <message>
        <source>Add a maintenance window for the selected agents&apos; machines</source>
        <translation>Ein Wartungsfenster für die Maschinen der ausgewählten Agents hinzufügen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Take the selected agents&apos; scheduled machines down: their agents stop and their tasks end</source>
        <translation>Die geplanten Maschinen der ausgewählten Agents herunterfahren: Ihre Agents stoppen und ihre Tasks enden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hochfahren</translation>
    </message>
    <message>
        <source>Bring the machines that are down up again</source>
        <translation>Die heruntergefahrenen Maschinen wieder hochfahren</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Abbauen</translation>
    </message>
    <message>
        <source>Kill every task of the selected framework and remove it</source>
        <translation>Alle Tasks des ausgewählten Frameworks beenden und es entfernen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Weight %2&lt;/p&gt;&lt;p&gt;Frameworks:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Gewicht %2&lt;/p&gt;&lt;p&gt;Frameworks:&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>No Mesos master is connected</source>
        <translation>Kein Mesos-Master verbunden</translation>
    </message>
    <message>
        <source>Select one or more agents</source>
        <translation>Einen oder mehrere Agents auswählen</translation>
    </message>
    <message>
        <source>No machine is down</source>
        <translation>Keine Maschine ist heruntergefahren</translation>
    </message>
    <message>
        <source>Select a framework</source>
        <translation>Ein Framework auswählen</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>wird geleert</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>down</source>
        <translation>heruntergefahren</translation>
    </message>
    <message>
        <source>window %1, %2 h</source>
        <translation>Fenster %1, %2 h</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n Task</numerusform>
            <numerusform>%1: %n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>; apps %1</source>
        <translation>; Apps %1</translation>
    </message>
    <message>
        <source>; frameworks %1</source>
        <translation>; Frameworks %1</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)?</source>
        <translation>
            <numerusform>%n Agent leeren?</numerusform>
            <numerusform>%n Agents leeren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Drain these agents?</source>
        <translation>Diese Agents leeren?</translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills their %n task(s) now and gives them no new ones; Marathon starts replacements on other agents. Reactivate them after the maintenance.</source>
        <translation>
            <numerusform>Mesos beendet jetzt ihren %n Task und gibt ihnen keine neuen; Marathon startet Ersatz auf anderen Agents. Nach der Wartung wieder reaktivieren.</numerusform>
            <numerusform>Mesos beendet jetzt ihre %n Tasks und gibt ihnen keine neuen; Marathon startet Ersatz auf anderen Agents. Nach der Wartung wieder reaktivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)</source>
        <translation>
            <numerusform>%n Agent leeren</numerusform>
            <numerusform>%n Agents leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)?</source>
        <translation>
            <numerusform>%n Agent deaktivieren?</numerusform>
            <numerusform>%n Agents deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate these agents?</source>
        <translation>Diese Agents deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) keep running; no new task is placed on them.</source>
        <translation>
            <numerusform>Ihr %n Task läuft weiter; es wird kein neuer Task auf ihnen platziert.</numerusform>
            <numerusform>Ihre %n Tasks laufen weiter; es wird kein neuer Task auf ihnen platziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)</source>
        <translation>
            <numerusform>%n Agent deaktivieren</numerusform>
            <numerusform>%n Agents deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)?</source>
        <translation>
            <numerusform>%n Agent reaktivieren?</numerusform>
            <numerusform>%n Agents reaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate these agents?</source>
        <translation>Diese Agents reaktivieren?</translation>
    </message>
    <message>
        <source>They get new tasks again.</source>
        <translation>Sie erhalten wieder neue Tasks.</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)</source>
        <translation>
            <numerusform>%n Agent reaktivieren</numerusform>
            <numerusform>%n Agents reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone?</source>
        <translation>
            <numerusform>%n Agent als entfernt markieren?</numerusform>
            <numerusform>%n Agents als entfernt markieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark these agents gone for good?</source>
        <translation>Diese Agents endgültig als entfernt markieren?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) end (TASK_GONE_BY_OPERATOR) and the agents can never register again with these ids.</source>
        <translation>
            <numerusform>Ihr %n Task endet (TASK_GONE_BY_OPERATOR) und die Agents können sich mit diesen IDs nie wieder registrieren.</numerusform>
            <numerusform>Ihre %n Tasks enden (TASK_GONE_BY_OPERATOR) und die Agents können sich mit diesen IDs nie wieder registrieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone</source>
        <translation>
            <numerusform>%n Agent als entfernt markieren</numerusform>
            <numerusform>%n Agents als entfernt markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated %1</source>
        <translation>%1 reaktiviert</translation>
    </message>
    <message>
        <source>Marked %1 gone</source>
        <translation>%1 als entfernt markiert</translation>
    </message>
    <message>
        <source>Scheduled maintenance of %1</source>
        <translation>Wartung von %1 geplant</translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down?</source>
        <translation>
            <numerusform>%n Maschine herunterfahren?</numerusform>
            <numerusform>%n Maschinen herunterfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the machines of these agents down?</source>
        <translation>Die Maschinen dieser Agents herunterfahren?</translation>
    </message>
    <message numerus="yes">
        <source>Their agents are shut down and their %n task(s) end; Marathon starts replacements on other machines. Bring the machines up when the maintenance is over.</source>
        <translation>
            <numerusform>Ihre Agents werden gestoppt und ihr %n Task endet; Marathon startet Ersatz auf anderen Maschinen. Die Maschinen nach Ende der Wartung wieder hochfahren.</numerusform>
            <numerusform>Ihre Agents werden gestoppt und ihre %n Tasks enden; Marathon startet Ersatz auf anderen Maschinen. Die Maschinen nach Ende der Wartung wieder hochfahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down</source>
        <translation>
            <numerusform>%n Maschine herunterfahren</numerusform>
            <numerusform>%n Maschinen herunterfahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Took %1 down</source>
        <translation>%1 heruntergefahren</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up?</source>
        <translation>
            <numerusform>%n Maschine hochfahren?</numerusform>
            <numerusform>%n Maschinen hochfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring these machines up?</source>
        <translation>Diese Maschinen hochfahren?</translation>
    </message>
    <message>
        <source>They leave the maintenance schedule; their agents register again and get tasks.</source>
        <translation>Sie verlassen den Wartungsplan; ihre Agents registrieren sich erneut und erhalten Tasks.</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up</source>
        <translation>
            <numerusform>%n Maschine hochfahren</numerusform>
            <numerusform>%n Maschinen hochfahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought %1 up</source>
        <translation>%1 hochgefahren</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Tear down %1?</source>
        <translation>%1 abbauen?</translation>
    </message>
    <message>
        <source>Tear down the framework %1 (%2)?</source>
        <translation>Das Framework %1 (%2) abbauen?</translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills its %n task(s) and removes the framework; it cannot register again with this id.</source>
        <translation>
            <numerusform>Mesos beendet seinen %n Task und entfernt das Framework; es kann sich mit dieser ID nicht erneut registrieren.</numerusform>
            <numerusform>Mesos beendet seine %n Tasks und entfernt das Framework; es kann sich mit dieser ID nicht erneut registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tear down %1</source>
        <translation>%1 abbauen</translation>
    </message>
    <message>
        <source>Tore down %1</source>
        <translation>%1 abgebaut</translation>
    </message>
</context>
<context>
    <name>mc::widgets::NotificationCenter</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Mesos Console</source>
        <translation>Mesos Console</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1  %2: %3
%4</source>
        <translation>%1  %2: %3
%4</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Bisher ist nichts passiert.</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s). Click to see them.</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung. Zum Anzeigen klicken.</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen. Zum Anzeigen klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications. Click to see the history.</source>
        <translation>Keine ungelesenen Benachrichtigungen. Klicken, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>New · %1</source>
        <translation>Neu · %1</translation>
    </message>
    <message>
        <source>%1

Double-click or press Enter to go to %2.</source>
        <translation>%1

Doppelklicken oder Eingabe drücken, um zu %2 zu gehen.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::OverflowBar</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>The actions that do not fit in this width</source>
        <translation>Die Aktionen, die in dieser Breite keinen Platz haben</translation>
    </message>
</context>
<context>
    <name>mc::widgets::PodsPanel</name>
    <message>
        <source>Create…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Reading the pods…</source>
        <translation>Pods werden gelesen…</translation>
    </message>
    <message>
        <source>Create a pod from its JSON definition</source>
        <translation>Einen Pod aus seiner JSON-Definition anlegen</translation>
    </message>
    <message>
        <source>Edit the selected pod&apos;s JSON: review the change, then apply it</source>
        <translation>Das JSON des ausgewählten Pods bearbeiten: die Änderung prüfen, dann anwenden</translation>
    </message>
    <message>
        <source>Set the selected pod&apos;s number of instances</source>
        <translation>Die Anzahl der Instanzen des ausgewählten Pods festlegen</translation>
    </message>
    <message>
        <source>Replace every instance of the selected pod (a new version of the same definition)</source>
        <translation>Jede Instanz des ausgewählten Pods ersetzen (eine neue Version derselben Definition)</translation>
    </message>
    <message>
        <source>Destroy the selected pod and its instances</source>
        <translation>Den ausgewählten Pod und seine Instanzen löschen</translation>
    </message>
    <message>
        <source>No Marathon is connected.</source>
        <translation>Kein Marathon verbunden.</translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation>Die Pods konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This Marathon has no pods: they came with Marathon 1.4 (GET /v2/pods answered 404).</source>
        <translation>Dieses Marathon hat keine Pods: Sie kamen mit Marathon 1.4 (GET /v2/pods antwortete mit 404).</translation>
    </message>
    <message>
        <source>No pods. Create… starts one from its JSON definition.</source>
        <translation>Keine Pods. Anlegen… startet einen aus seiner JSON-Definition.</translation>
    </message>
    <message>
        <source>Select a pod first</source>
        <translation>Zuerst einen Pod auswählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Select a pod for its instances and their tasks.</source>
        <translation>Einen Pod auswählen, um seine Instanzen und deren Tasks zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · %4 of %n instance(s) stable</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · Version %3 · %4 von %n Instanz stabil</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · Version %3 · %4 von %n Instanzen stabil</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deployment %2)</source>
        <translation>%1 (Deployment %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Create pod</source>
        <translation>Pod anlegen</translation>
    </message>
    <message>
        <source>A pod must be a JSON object.</source>
        <translation>Ein Pod muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Apply creates the pod: Marathon starts its instances in one deployment.</source>
        <translation>Anwenden legt den Pod an: Marathon startet seine Instanzen in einem Deployment.</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod angelegt</translation>
    </message>
    <message>
        <source>Created pod %1</source>
        <translation>Pod %1 angelegt</translation>
    </message>
    <message>
        <source>Pod not edited</source>
        <translation>Pod nicht bearbeitet</translation>
    </message>
    <message>
        <source>Edit pod %1</source>
        <translation>Pod %1 bearbeiten</translation>
    </message>
    <message>
        <source>The id must stay %1 (a new id is a new pod: Create… it).</source>
        <translation>Die ID muss %1 bleiben (eine neue ID ergibt einen neuen Pod: dafür Anlegen… verwenden).</translation>
    </message>
    <message>
        <source>Apply sends this definition to Marathon: a new version of %1 whose instances replace the running ones (only scaling changed: a scale).</source>
        <translation>Anwenden sendet diese Definition an Marathon: eine neue Version von %1, deren Instanzen die laufenden ersetzen (nur die Skalierung geändert: eine Skalierung).</translation>
    </message>
    <message>
        <source>Pod updated</source>
        <translation>Pod aktualisiert</translation>
    </message>
    <message>
        <source>Updated pod %1</source>
        <translation>Pod %1 aktualisiert</translation>
    </message>
    <message>
        <source>Scale pod</source>
        <translation>Pod skalieren</translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation>Instanzen von %1:</translation>
    </message>
    <message>
        <source>Scale down %1?</source>
        <translation>%1 herunterskalieren?</translation>
    </message>
    <message>
        <source>Scale pod %1 from %2 to %3 instances?</source>
        <translation>Pod %1 von %2 auf %3 Instanzen skalieren?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n instance(s) and their containers&apos; tasks.</source>
        <translation>
            <numerusform>Marathon beendet %n Instanz und die Tasks ihrer Container.</numerusform>
            <numerusform>Marathon beendet %n Instanzen und die Tasks ihrer Container.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale to %1</source>
        <translation>Auf %1 skalieren</translation>
    </message>
    <message>
        <source>Pod scaled</source>
        <translation>Pod skaliert</translation>
    </message>
    <message>
        <source>Pod not scaled</source>
        <translation>Pod nicht skaliert</translation>
    </message>
    <message>
        <source>Scaling pod %1 to %2</source>
        <translation>Pod %1 wird auf %2 skaliert</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>Restart pod %1?</source>
        <translation>Pod %1 neu starten?</translation>
    </message>
    <message>
        <source>Marathon starts new instances and then kills these, with their containers&apos; tasks.</source>
        <translation>Marathon startet neue Instanzen und beendet dann diese, mit den Tasks ihrer Container.</translation>
    </message>
    <message>
        <source>Pod restarting</source>
        <translation>Pod wird neu gestartet</translation>
    </message>
    <message>
        <source>Pod not restarted</source>
        <translation>Pod nicht neu gestartet</translation>
    </message>
    <message>
        <source>Restarting pod %1</source>
        <translation>Pod %1 wird neu gestartet</translation>
    </message>
    <message>
        <source>Destroy %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Destroy pod %1?</source>
        <translation>Pod %1 löschen?</translation>
    </message>
    <message>
        <source>Marathon kills every instance and forgets the pod.</source>
        <translation>Marathon beendet jede Instanz und vergisst den Pod.</translation>
    </message>
    <message>
        <source>Pod destroyed</source>
        <translation>Pod gelöscht</translation>
    </message>
    <message>
        <source>Pod not destroyed</source>
        <translation>Pod nicht gelöscht</translation>
    </message>
    <message>
        <source>Destroying pod %1</source>
        <translation>Pod %1 wird gelöscht</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ProvisionWizard</name>
    <message>
        <source>1  Workspace</source>
        <translation>1  Arbeitsbereich</translation>
    </message>
    <message>
        <source>2  Install method</source>
        <translation>2  Installationsmethode</translation>
    </message>
    <message>
        <source>3  Preflight</source>
        <translation>3  Vorabprüfung</translation>
    </message>
    <message>
        <source>4  Plan</source>
        <translation>4  Plan</translation>
    </message>
    <message>
        <source>5  Run</source>
        <translation>5  Ausführung</translation>
    </message>
    <message>
        <source>6  Postflight</source>
        <translation>6  Nachprüfung</translation>
    </message>
    <message>
        <source>7  Summary</source>
        <translation>7  Zusammenfassung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Choose an inventory first.</source>
        <translation>Zuerst ein Inventar wählen.</translation>
    </message>
    <message>
        <source>The recipe has errors.</source>
        <translation>Das Rezept hat Fehler.</translation>
    </message>
    <message>
        <source>Drift &amp; converge</source>
        <translation>Drift &amp; Angleichen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>running flag</source>
        <translation>laufendes Flag</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>würde ausgeführt</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix the errors the preflight found, then run the checks again.</source>
        <translation>Die Fehler der Vorabprüfung beheben und die Prüfungen erneut ausführen.</translation>
    </message>
    <message>
        <source>Nothing has run yet: the summary comes after a run.</source>
        <translation>Noch ist nichts gelaufen: Die Zusammenfassung kommt nach einem Lauf.</translation>
    </message>
    <message>
        <source>Agent identity: %1
%2</source>
        <translation>Agent-Identität: %1
%2</translation>
    </message>
    <message>
        <source>“Drain agents first” is ticked: those agents are drained, given new ids and reactivated.</source>
        <translation>„Agents zuerst leeren“ ist angekreuzt: Diese Agents werden geleert, erhalten neue IDs und werden reaktiviert.</translation>
    </message>
    <message>
        <source>Tick “Drain agents first” (page 5) to drain those agents, give them new ids and reactivate them.</source>
        <translation>„Agents zuerst leeren“ (Seite 5) ankreuzen, um diese Agents zu leeren, ihnen neue IDs zu geben und sie zu reaktivieren.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>What each host has now against what the recipe would write: every file that differs (with its diff), what would run, and the flags the Mesos masters and agents run with (/master/flags, /slave(1)/flags). Nothing changes until you converge.</source>
        <translation>Was jeder Host jetzt hat, verglichen mit dem, was das Rezept schreiben würde: jede abweichende Datei (mit ihrem Diff), was ausgeführt würde, und die Flags, mit denen die Mesos-Master und Agents laufen (/master/flags, /slave(1)/flags). Nichts wird geändert, bevor angeglichen wird.</translation>
    </message>
    <message>
        <source>Check for drift</source>
        <translation>Auf Drift prüfen</translation>
    </message>
    <message>
        <source>Converge drifted hosts</source>
        <translation>Abweichende Hosts angleichen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Drift per host</source>
        <translation>Drift je Host</translation>
    </message>
    <message>
        <source>Host / what</source>
        <translation>Host / was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Diff of the selected drifted file</source>
        <translation>Diff der ausgewählten abweichenden Datei</translation>
    </message>
    <message>
        <source>diff of the selected file</source>
        <translation>Diff der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Planen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Asking %1 hosts what differs (check mode: nothing changes)…</source>
        <translation>%1 Hosts werden gefragt, was abweicht (Prüfmodus: nichts wird geändert)…</translation>
    </message>
    <message>
        <source>Reading the running Mesos flags…</source>
        <translation>Die laufenden Mesos-Flags werden gelesen…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) need nothing</source>
        <translation>
            <numerusform>%n Schritt braucht nichts</numerusform>
            <numerusform>%n Schritte brauchen nichts</numerusform>
        </translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>%1 file(s), %2 running flag(s), %3 other</source>
        <translation>%1 Datei(en), %2 laufende(s) Flag(s), %3 sonstige</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>No drift on the hosts that answered; %n host(s) not checked.</source>
        <translation>
            <numerusform>Keine Drift auf den Hosts, die geantwortet haben; %n Host nicht geprüft.</numerusform>
            <numerusform>Keine Drift auf den Hosts, die geantwortet haben; %n Hosts nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every host is as the recipe would make it.</source>
        <translation>Jeder Host ist so, wie das Rezept ihn einrichten würde.</translation>
    </message>
    <message>
        <source>Drifted: %1. Converge runs the recipe on them.</source>
        <translation>Abweichend: %1. Angleichen führt das Rezept auf ihnen aus.</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>Installationsmethode</translation>
    </message>
    <message>
        <source>A recipe says what every host gets. Values below override the recipe&apos;s defaults; the inventory&apos;s host variables override both.</source>
        <translation>Ein Rezept legt fest, was jeder Host erhält. Die Werte unten überschreiben die Standardwerte des Rezepts; die Host-Variablen des Inventars überschreiben beide.</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Recipe file…</source>
        <translation>Rezeptdatei…</translation>
    </message>
    <message>
        <source>Recipes (*.yaml *.yml)</source>
        <translation>Rezepte (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Rezept:</translation>
    </message>
    <message>
        <source>all masters and agents</source>
        <translation>alle Master und Agents</translation>
    </message>
    <message>
        <source>Limit to:</source>
        <translation>Beschränken auf:</translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation>Hosts gleichzeitig:</translation>
    </message>
    <message>
        <source>Recipe variables</source>
        <translation>Rezeptvariablen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;This recipe has errors:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Dieses Rezept hat Fehler:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Hosts × steps, asked of the hosts in check mode: nothing changes. Select a file step to see its diff.</source>
        <translation>Hosts × Schritte, bei den Hosts im Prüfmodus abgefragt: nichts wird geändert. Einen Dateischritt auswählen, um seinen Diff zu sehen.</translation>
    </message>
    <message>
        <source>Compute plan</source>
        <translation>Plan berechnen</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>Plan per host and step</source>
        <translation>Plan je Host und Schritt</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Host / Schritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Würde</translation>
    </message>
    <message>
        <source>Diff of the selected file</source>
        <translation>Diff der ausgewählten Datei</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird abgefragt…</translation>
    </message>
    <message>
        <source>Asking %1 hosts what would change (check mode)…</source>
        <translation>%1 Hosts werden gefragt, was sich ändern würde (Prüfmodus)…</translation>
    </message>
    <message>
        <source>unreachable/failed</source>
        <translation>nicht erreichbar/fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be made; nothing was changed.</source>
        <translation>
            <numerusform>%n Änderung würde vorgenommen; nichts wurde geändert.</numerusform>
            <numerusform>%n Änderungen würden vorgenommen; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some hosts could not be asked; see below.</source>
        <translation>Einige Hosts konnten nicht abgefragt werden; siehe unten.</translation>
    </message>
    <message>
        <source>handler: </source>
        <translation>Handler: </translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>WARNING: %1

</source>
        <translation>WARNUNG: %1

</translation>
    </message>
    <message>
        <source>new agent id needed: </source>
        <translation>neue Agent-ID nötig: </translation>
    </message>
    <message>
        <source>Postflight</source>
        <translation>Nachprüfung</translation>
    </message>
    <message>
        <source>Does the cluster answer? ZooKeeper: one leader, the rest followers (srvr); Mesos: every master names the same elected leader (/master/redirect); Marathon: /ping.</source>
        <translation>Antwortet der Cluster? ZooKeeper: ein Leader, die übrigen Follower (srvr); Mesos: Jeder Master nennt denselben gewählten Leader (/master/redirect); Marathon: /ping.</translation>
    </message>
    <message>
        <source>Check the cluster</source>
        <translation>Cluster prüfen</translation>
    </message>
    <message>
        <source>Postflight checks</source>
        <translation>Nachprüfungen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Choose an inventory and a recipe first.</source>
        <translation>Zuerst ein Inventar und ein Rezept wählen.</translation>
    </message>
    <message>
        <source>Asking %1 ZooKeeper servers, %2 Mesos masters, %3 Marathons…</source>
        <translation>%1 ZooKeeper-Server, %2 Mesos-Master, %3 Marathons werden abgefragt…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The recipe runs none of ZooKeeper, Mesos masters, Marathon: nothing to ask.</source>
        <translation>Das Rezept betreibt weder ZooKeeper noch Mesos-Master noch Marathon: nichts abzufragen.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Before any host is touched: unique ZooKeeper ids, an odd master count, a majority quorum, port clashes; on every host SSH, sudo, OS and init system, a host name not mapped to 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disk, clock.</source>
        <translation>Bevor ein Host angefasst wird: eindeutige ZooKeeper-IDs, ungerade Master-Anzahl, Mehrheits-Quorum, Portkonflikte; auf jedem Host SSH, sudo, Betriebssystem und Init-System, ein Hostname, der nicht auf 127.0.1.1 zeigt, Ports 2181/2888/3888/5050/5051/8080/80, Festplatte, Uhrzeit.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Check the hosts over SSH</source>
        <translation>Hosts über SSH prüfen</translation>
    </message>
    <message>
        <source>%v of %m hosts checked</source>
        <translation>%v von %m Hosts geprüft</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(Cluster)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Fix the errors before running.</source>
        <translation>Vor dem Ausführen die Fehler beheben.</translation>
    </message>
    <message>
        <source>The inventory makes a sound cluster.</source>
        <translation>Das Inventar ergibt einen stimmigen Cluster.</translation>
    </message>
    <message>
        <source>Asking the hosts for their addresses, then checking them over SSH…</source>
        <translation>Die Hosts werden nach ihren Adressen gefragt und dann über SSH geprüft…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>ssh</source>
        <translation>ssh</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the hosts over SSH: %1 of %2 done…</source>
        <translation>Hosts werden über SSH geprüft: %1 von %2 fertig…</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>All checks passed%1.</source>
        <translation>Alle Prüfungen bestanden%1.</translation>
    </message>
    <message>
        <source> (with warnings)</source>
        <translation> (mit Warnungen)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>ZooKeeper first, then Mesos masters, Marathon, HAProxy, then agents. A service restarts only when one of its files changed.</source>
        <translation>Zuerst ZooKeeper, dann Mesos-Master, Marathon, HAProxy, dann Agents. Ein Dienst wird nur neu gestartet, wenn sich eine seiner Dateien geändert hat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: running steps finish, nothing new starts…</source>
        <translation>Abbruch: laufende Schritte werden beendet, nichts Neues startet…</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Drain agents first</source>
        <translation>Agents zuerst leeren</translation>
    </message>
    <message>
        <source>An agent whose attributes or resources would change is drained first (Mesos 1.9+: its tasks are killed and replaced elsewhere; the run waits until it is DRAINED), its agent id removed, the recipe applied (the agent starts under a new id) and the agent reactivated. Without it, such a run needs a new agent id and loses the agent&apos;s tasks. The plan (page 4) says what it would drain.</source>
        <translation>Ein Agent, dessen Attribute oder Ressourcen sich ändern würden, wird zuerst geleert (Mesos 1.9+: Seine Tasks werden beendet und anderswo ersetzt; der Lauf wartet, bis er DRAINED ist), seine Agent-ID entfernt, das Rezept angewendet (der Agent startet unter einer neuen ID) und der Agent reaktiviert. Ohne diese Option braucht ein solcher Lauf eine neue Agent-ID und verliert die Tasks des Agents. Der Plan (Seite 4) zeigt, was geleert würde.</translation>
    </message>
    <message>
        <source>the inventory&apos;s masters, or http://m1:5050,http://m2:5050</source>
        <translation>die Master des Inventars oder http://m1:5050,http://m2:5050</translation>
    </message>
    <message>
        <source>Mesos masters to drain through</source>
        <translation>Mesos-Master, über die geleert wird</translation>
    </message>
    <message>
        <source>through:</source>
        <translation>über:</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation>Fortschritt je Host</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps run</source>
        <translation>Ausgeführte Schritte</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Live-Ausgabe</translation>
    </message>
    <message>
        <source>live output of commands</source>
        <translation>Live-Ausgabe der Befehle</translation>
    </message>
    <message>
        <source>Preflight errors: fix them first (page 3).</source>
        <translation>Fehler der Vorabprüfung: zuerst beheben (Seite 3).</translation>
    </message>
    <message>
        <source>This recipe writes the attributes/resources of %1: a change there makes an agent need a new agent id. Compute the plan first (page 4) to see whether they change.</source>
        <translation>Dieses Rezept schreibt die Attribute/Ressourcen von %1: Eine Änderung dort erfordert eine neue Agent-ID. Zuerst den Plan berechnen (Seite 4), um zu sehen, ob sie sich ändern.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Role %1 on %2</source>
        <translation>Rolle %1 auf %2</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>done: %1 changed</source>
        <translation>fertig: %1 geändert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n change(s).</source>
        <translation>
            <numerusform>Fertig: %n Änderung.</numerusform>
            <numerusform>Fertig: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished with failures on %1.</source>
        <translation>Mit Fehlern auf %1 beendet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What each host did. The run log stays beside the inventory (provision-runs/).</source>
        <translation>Was jeder Host getan hat. Das Ausführungsprotokoll bleibt neben dem Inventar (provision-runs/).</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Where the hosts&apos; time went</source>
        <translation>Wofür die Hosts ihre Zeit brauchten</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Schrittart</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Host-seconds</source>
        <translation>Host-Sekunden</translation>
    </message>
    <message>
        <source>Wall seconds</source>
        <translation>Echtzeit-Sekunden</translation>
    </message>
    <message>
        <source>Hosts at once (max / mean)</source>
        <translation>Hosts gleichzeitig (max / Mittel)</translation>
    </message>
    <message>
        <source>Host-seconds: the time of every host added up. Wall seconds: while at least one host was at it. Host-seconds far above wall seconds: the hosts did it in parallel; hosts at once near 1 with many hosts: they waited in turn.</source>
        <translation>Host-Sekunden: die Zeit aller Hosts zusammengezählt. Echtzeit-Sekunden: solange mindestens ein Host daran arbeitete. Host-Sekunden weit über den Echtzeit-Sekunden: Die Hosts arbeiteten parallel; Hosts gleichzeitig nahe 1 bei vielen Hosts: Sie warteten aufeinander.</translation>
    </message>
    <message>
        <source>History of host:</source>
        <translation>Verlauf des Hosts:</translation>
    </message>
    <message>
        <source>Host whose history is shown</source>
        <translation>Host, dessen Verlauf angezeigt wird</translation>
    </message>
    <message>
        <source>History of the chosen host</source>
        <translation>Verlauf des gewählten Hosts</translation>
    </message>
    <message>
        <source>each run of the host: when, what it did, every step&apos;s seconds</source>
        <translation>jede Ausführung auf dem Host: wann, was sie getan hat, die Sekunden jedes Schritts</translation>
    </message>
    <message>
        <source>Retry failed hosts only</source>
        <translation>Nur fehlgeschlagene Hosts wiederholen</translation>
    </message>
    <message>
        <source>After a run with failed hosts</source>
        <translation>Nach einem Lauf mit fehlgeschlagenen Hosts</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Open Cluster view</source>
        <translation>Cluster-Ansicht öffnen</translation>
    </message>
    <message>
        <source>No runs of %1 recorded yet.</source>
        <translation>Noch keine Ausführungen auf %1 aufgezeichnet.</translation>
    </message>
    <message>
        <source>
Run log: %1
</source>
        <translation>
Ausführungsprotokoll: %1
</translation>
    </message>
    <message numerus="yes">
        <source>all (%n host(s), %1 s)</source>
        <translation>
            <numerusform>alle (%n Host, %1 s)</numerusform>
            <numerusform>alle (%n Hosts, %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The machines to set up: an inventory (INI or YAML, as Ansible reads it) whose masters carry a zoo_id, and how to log in to them.</source>
        <translation>Die einzurichtenden Maschinen: ein Inventar (INI oder YAML, wie Ansible es liest), dessen Master eine zoo_id tragen, und wie man sich bei ihnen anmeldet.</translation>
    </message>
    <message>
        <source>inventory or workspace file</source>
        <translation>Inventar- oder Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Inventory or workspace file</source>
        <translation>Inventar- oder Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Inventory or workspace</source>
        <translation>Inventar oder Arbeitsbereich</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>ansible_user, ~/.ssh/config, or yours</source>
        <translation>ansible_user, ~/.ssh/config oder eigener</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH-Benutzer:</translation>
    </message>
    <message>
        <source>agent / default keys</source>
        <translation>Agent-/Standardschlüssel</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation>known_hosts:</translation>
    </message>
    <message>
        <source>empty: passwordless sudo (kept in memory only)</source>
        <translation>leer: sudo ohne Passwort (nur im Speicher gehalten)</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>sudo-Passwort:</translation>
    </message>
    <message>
        <source>Nothing yet: choose the inventory of the machines to set up.</source>
        <translation>Noch nichts: das Inventar der einzurichtenden Maschinen wählen.</translation>
    </message>
    <message>
        <source>Hosts of the inventory</source>
        <translation>Hosts des Inventars</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>zoo_id</source>
        <translation>zoo_id</translation>
    </message>
    <message>
        <source>%1 (Settings), unless the inventory names one</source>
        <translation>%1 (Einstellungen), sofern das Inventar keinen nennt</translation>
    </message>
    <message>
        <source>%1 (Settings)</source>
        <translation>%1 (Einstellungen)</translation>
    </message>
    <message>
        <source>the workspace open on the Inventory page (not saved yet)</source>
        <translation>der auf der Seite „Inventar“ geöffnete Arbeitsbereich (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>the workspace open on the Inventory page</source>
        <translation>der auf der Seite „Inventar“ geöffnete Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 masters, %2 agents, from %3.</source>
        <translation>%1 Master, %2 Agents, aus %3.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ResourceChart</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>% of cluster used</source>
        <translation>% des Clusters genutzt</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to follow the latest values.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick folgt den neuesten Werten.</translation>
    </message>
    <message>
        <source>%1
CPU %2 %
Memory %3 %
Disk %4 %</source>
        <translation>%1
CPU %2 %
Speicher %3 %
Festplatte %4 %</translation>
    </message>
</context>
<context>
    <name>mc::widgets::RoutingView</name>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Push the config to every master whenever Marathon&apos;s tasks change.</source>
        <translation>Die Konfiguration an jeden Master übertragen, sobald sich die Tasks von Marathon ändern.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Show what each master&apos;s HAProxy config would change, without changing it.</source>
        <translation>Zeigen, was sich an der HAProxy-Konfiguration jedes Masters ändern würde, ohne sie zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Check the config with haproxy -c, write it to every master and reload HAProxy where it changed.</source>
        <translation>Die Konfiguration mit haproxy -c prüfen, auf jeden Master schreiben und HAProxy dort neu laden, wo sie sich geändert hat.</translation>
    </message>
    <message>
        <source>Routed apps</source>
        <translation>Geroutete Apps</translation>
    </message>
    <message>
        <source>Generated config</source>
        <translation>Generierte Konfiguration</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Changes per master</source>
        <translation>Änderungen je Master</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>No routing domain set in the workspace</source>
        <translation>Keine Routing-Domain im Arbeitsbereich festgelegt</translation>
    </message>
    <message>
        <source>Apps answer at &lt;b&gt;&amp;lt;app&amp;gt;.%1&lt;/b&gt;</source>
        <translation>Apps antworten unter &lt;b&gt;&amp;lt;app&amp;gt;.%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>already up to date; not reloaded</source>
        <translation>bereits aktuell; nicht neu geladen</translation>
    </message>
    <message>
        <source>%1 has exactly this config.</source>
        <translation>%1 hat genau diese Konfiguration.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Generated HAProxy config</source>
        <translation>Generierte HAProxy-Konfiguration</translation>
    </message>
    <message>
        <source>Changes on the chosen master</source>
        <translation>Änderungen auf dem gewählten Master</translation>
    </message>
    <message>
        <source>Last sync result per master</source>
        <translation>Letztes Synchronisierungsergebnis je Master</translation>
    </message>
</context>
<context>
    <name>mc::widgets::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SandboxView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Sandbox files</source>
        <translation>Sandbox-Dateien</translation>
    </message>
    <message>
        <source>Show the selected file in the log viewer, followed while the task runs</source>
        <translation>Die ausgewählte Datei im Log-Viewer anzeigen, fortlaufend verfolgt, solange der Task läuft</translation>
    </message>
    <message>
        <source>Save the whole selected file on this computer</source>
        <translation>Die gesamte ausgewählte Datei auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the sandbox again</source>
        <translation>Die Sandbox erneut auflisten</translation>
    </message>
    <message>
        <source>Download File</source>
        <translation>Datei herunterladen</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>%1 has ended; its sandbox stays on the agent until it is garbage-collected.</source>
        <translation>%1 ist beendet; seine Sandbox bleibt auf dem Agent, bis sie per Garbage Collection entfernt wird.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Listing the sandbox of %1…</source>
        <translation>Sandbox von %1 wird aufgelistet…</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>sudo-Passwort:</translation>
    </message>
    <message>
        <source>%1 on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 auf &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ServicesView</name>
    <message>
        <source>No hosts to manage</source>
        <translation>Keine Hosts zu verwalten</translation>
    </message>
    <message>
        <source>Add hosts to the inventory to start, stop and restart ZooKeeper, Mesos, Marathon, HAProxy and Docker on them.</source>
        <translation>Hosts zum Inventar hinzufügen, um ZooKeeper, Mesos, Marathon, HAProxy und Docker darauf zu starten, zu stoppen und neu zu starten.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>%1 the selected services (select a cell, a host row or a service column)</source>
        <translation>%1 – ausgewählte Dienste (eine Zelle, eine Host-Zeile oder eine Dienst-Spalte auswählen)</translation>
    </message>
    <message>
        <source>Rolling (one host at a time, wait until it answers)</source>
        <translation>Rollierend (ein Host nach dem anderen, warten bis er antwortet)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Follow the log of the selected service on its host</source>
        <translation>Dem Log des ausgewählten Dienstes auf seinem Host folgen</translation>
    </message>
    <message>
        <source>Run Command…</source>
        <translation>Befehl ausführen…</translation>
    </message>
    <message>
        <source>%1 %2 on every host</source>
        <translation>%1 %2 auf jedem Host</translation>
    </message>
    <message>
        <source>%1 every service on %2</source>
        <translation>%1 jeden Dienst auf %2</translation>
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation>%v von %m Hosts</translation>
    </message>
    <message>
        <source>Select services and press an action; output appears here.</source>
        <translation>Dienste auswählen und eine Aktion drücken; die Ausgabe erscheint hier.</translation>
    </message>
    <message>
        <source>Select a cell, a host row or a service column first.</source>
        <translation>Zuerst eine Zelle, eine Host-Zeile oder eine Dienst-Spalte auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s), one at a time (%3)?</source>
        <translation>
            <numerusform>%1 %2 auf %n Host, einer nach dem anderen (%3)?</numerusform>
            <numerusform>%1 %2 auf %n Hosts, einer nach dem anderen (%3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s) at once (%3)?</source>
        <translation>
            <numerusform>%1 %2 auf %n Host gleichzeitig (%3)?</numerusform>
            <numerusform>%1 %2 auf %n Hosts gleichzeitig (%3)?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (rolling)…</source>
        <translation>%1 %2 (rollierend)…</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <source>Done: %1 ok, %2 failed, %3 skipped</source>
        <translation>Fertig: %1 ok, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <source>Services on each host</source>
        <translation>Dienste auf jedem Host</translation>
    </message>
    <message>
        <source>Output of the service actions</source>
        <translation>Ausgabe der Dienstaktionen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start no further host: the command running now finishes, hosts not yet started are left alone</source>
        <translation>Keinen weiteren Host starten: der laufende Befehl endet, noch nicht gestartete Hosts bleiben unberührt</translation>
    </message>
    <message>
        <source>cancelled: %1 %2 not started</source>
        <translation>abgebrochen: %1 %2 nicht gestartet</translation>
    </message>
    <message>
        <source>Cancelling: the command running now finishes, no further host starts…</source>
        <translation>Abbruch: der laufende Befehl endet, kein weiterer Host startet…</translation>
    </message>
    <message>
        <source>Cancelled: %1 ok, %2 failed, %3 not started</source>
        <translation>Abgebrochen: %1 ok, %2 fehlgeschlagen, %3 nicht gestartet</translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The agent&apos;s tasks keep running only until the masters give the agent up (agent_reregister_timeout, 10 minutes by default); Marathon then starts them elsewhere.</source>
        <translation>Die Tasks des Agents laufen nur weiter, bis die Master den Agent aufgeben (agent_reregister_timeout, standardmäßig 10 Minuten); dann startet Marathon sie anderswo.</translation>
    </message>
    <message>
        <source>The agent recovers its running tasks when it comes back (with checkpointing on); it takes no new task while it restarts.</source>
        <translation>Der Agent übernimmt seine laufenden Tasks wieder, wenn er zurückkommt (mit Checkpointing); während des Neustarts nimmt er keinen neuen Task an.</translation>
    </message>
    <message>
        <source>Docker&apos;s containers stop with it (unless live-restore is on): the tasks running in containers on these hosts fail and Marathon starts them elsewhere.</source>
        <translation>Die Container von Docker stoppen mit ihm (außer mit live-restore): Die Tasks in Containern auf diesen Hosts schlagen fehl, und Marathon startet sie anderswo.</translation>
    </message>
    <message>
        <source>Masters left without a quorum cannot elect a leader: the cluster launches and kills no task until they are back (running tasks go on).</source>
        <translation>Master ohne Quorum können keinen Leader wählen: Der Cluster startet und beendet keine Tasks, bis sie zurück sind (laufende Tasks laufen weiter).</translation>
    </message>
    <message>
        <source>Running tasks go on; while a leading master restarts, a standby takes over and the cluster launches no task for a few seconds.</source>
        <translation>Laufende Tasks laufen weiter; während ein führender Master neu startet, übernimmt ein Standby, und der Cluster startet einige Sekunden lang keine Tasks.</translation>
    </message>
    <message>
        <source>Running tasks go on; Marathon deploys, scales and replaces no task until it answers again.</source>
        <translation>Laufende Tasks laufen weiter; Marathon deployt, skaliert und ersetzt keine Tasks, bis es wieder antwortet.</translation>
    </message>
    <message>
        <source>Apps routed through HAProxy on these hosts are not reachable until it answers again; their tasks go on.</source>
        <translation>Über HAProxy auf diesen Hosts geroutete Apps sind nicht erreichbar, bis es wieder antwortet; ihre Tasks laufen weiter.</translation>
    </message>
    <message>
        <source>Read every service&apos;s status on every host now</source>
        <translation>Den Status jedes Dienstes auf jedem Host jetzt lesen</translation>
    </message>
    <message numerus="yes">
        <source>Reading the status of %n host(s) over SSH…</source>
        <translation>
            <numerusform>Status von %n Host wird über SSH gelesen…</numerusform>
            <numerusform>Status von %n Hosts wird über SSH gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing the status of %n host(s)…</source>
        <translation>
            <numerusform>Status von %n Host wird aktualisiert…</numerusform>
            <numerusform>Status von %n Hosts wird aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refreshed at %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weiterer</numerusform>
            <numerusform>%1; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1. %2 of %3 hosts did not answer over SSH, their status is unknown: %4</source>
        <translation>Aktualisiert um %1. %2 von %3 Hosts haben über SSH nicht geantwortet, ihr Status ist unbekannt: %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Open a terminal on the selected host</source>
        <translation>Ein Terminal auf dem ausgewählten Host öffnen</translation>
    </message>
    <message>
        <source>Shell on %1</source>
        <translation>Shell auf %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>&amp;Abfrageintervall:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>How many hosts are worked on at the same time.</source>
        <translation>Wie viele Hosts gleichzeitig bearbeitet werden.</translation>
    </message>
    <message>
        <source>Parallel &amp;hosts (forks):</source>
        <translation>Parallele &amp;Hosts (Forks):</translation>
    </message>
    <message>
        <source>from ~/.ssh/config or your login name</source>
        <translation>aus ~/.ssh/config oder eigener Anmeldename</translation>
    </message>
    <message>
        <source>Default &amp;user:</source>
        <translation>Standard-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh/id_*</source>
        <translation>SSH-Agent oder ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation>Standard-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>From the system locale</source>
        <translation>Aus dem System-Gebietsschema</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Log &amp;font:</source>
        <translation>Log-Schrift&amp;art:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>How much of a log is kept in memory; older parts are paged in on demand.</source>
        <translation>Wie viel eines Logs im Speicher gehalten wird; ältere Teile werden bei Bedarf nachgeladen.</translation>
    </message>
    <message>
        <source>Log &amp;window:</source>
        <translation>Log-&amp;Fenster:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>Proxy-&amp;Host und Port:</translation>
    </message>
    <message>
        <source>Also as system tray messages</source>
        <translation>Auch als Meldungen im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray now: notifications show in the window only.</source>
        <translation>Dieser Desktop hat derzeit keinen Infobereich: Benachrichtigungen erscheinen nur im Fenster.</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>Be&amp;nachrichtigungen:</translation>
    </message>
    <message>
        <source>Log font size</source>
        <translation>Schriftgröße der Logs</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TaskUsageChart</name>
    <message>
        <source>CPU (cores)</source>
        <translation>CPU (Kerne)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>Select a running task to chart its CPU and memory.</source>
        <translation>Einen laufenden Task auswählen, um seine CPU und seinen Speicher darzustellen.</translation>
    </message>
    <message>
        <source>%1: measuring…</source>
        <translation>%1: wird gemessen…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 CPUs, %4 of %5</source>
        <translation>%1: %2 von %3 CPUs, %4 von %5</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TasksPage</name>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Search task, app or host…</source>
        <translation>Task, App oder Host suchen…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agents</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Finished / failed</source>
        <translation>Beendet / fehlgeschlagen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Show the tasks of app</source>
        <translation>Tasks der App anzeigen</translation>
    </message>
    <message>
        <source>Show the tasks on agent</source>
        <translation>Tasks auf dem Agent anzeigen</translation>
    </message>
    <message>
        <source>Show the tasks in state</source>
        <translation>Tasks im Zustand anzeigen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Follow the stdout and stderr of the selected task</source>
        <translation>stdout und stderr des ausgewählten Tasks verfolgen</translation>
    </message>
    <message>
        <source>Open Logs</source>
        <translation>Logs öffnen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Browse the sandbox of the selected task: open any file in the log viewer or download it</source>
        <translation>Die Sandbox des ausgewählten Tasks durchsuchen: jede Datei im Log-Viewer öffnen oder herunterladen</translation>
    </message>
    <message>
        <source>Browse Files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Open a terminal in the selected task: docker exec into its container, or a shell in its sandbox on the agent&apos;s host</source>
        <translation>Ein Terminal im ausgewählten Task öffnen: docker exec in seinen Container oder eine Shell in seiner Sandbox auf dem Host des Agents</translation>
    </message>
    <message>
        <source>Open Shell</source>
        <translation>Shell öffnen</translation>
    </message>
    <message>
        <source>Forward Port</source>
        <translation>Port weiterleiten</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TerminalTab</name>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TerminalWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear scrollback</source>
        <translation>Scrollback leeren</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TypeClusterNameDialog</name>
    <message numerus="yes">
        <source>%1 touches %n task(s).</source>
        <translation>
            <numerusform>%1 betrifft %n Task.</numerusform>
            <numerusform>%1 betrifft %n Tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n app(s).</source>
        <translation>
            <numerusform>%1 betrifft %n App.</numerusform>
            <numerusform>%1 betrifft %n Apps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n deployment(s).</source>
        <translation>
            <numerusform>%1 betrifft %n Deployment.</numerusform>
            <numerusform>%1 betrifft %n Deployments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n host(s).</source>
        <translation>
            <numerusform>%1 betrifft %n Host.</numerusform>
            <numerusform>%1 betrifft %n Hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected cluster: %1</source>
        <translation>Geschützter Cluster: %1</translation>
    </message>
    <message>
        <source>What the change touches</source>
        <translation>Was die Änderung betrifft</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a protected cluster. Type its name to go ahead:</source>
        <translation>%1 ist ein geschützter Cluster. Zum Fortfahren seinen Namen eintippen:</translation>
    </message>
    <message>
        <source>The cluster&apos;s name</source>
        <translation>Der Name des Clusters</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>mc::widgets::VersionsPane</name>
    <message>
        <source>Apply this version</source>
        <translation>Diese Version anwenden</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Difference between versions</source>
        <translation>Unterschied zwischen Versionen</translation>
    </message>
    <message>
        <source>Deploy the picked version of the app (its difference to the running one is shown)</source>
        <translation>Die gewählte Version der App deployen (ihr Unterschied zur laufenden wird angezeigt)</translation>
    </message>
    <message>
        <source>Select an app to see its versions.</source>
        <translation>Eine App auswählen, um ihre Versionen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the versions of %1…</source>
        <translation>Versionen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n version(s). Pick one to see what applying it changes, or two to compare them.</source>
        <translation>
            <numerusform>%1 hat %n Version. Eine wählen, um zu sehen, was ihre Anwendung ändert, oder zwei, um sie zu vergleichen.</numerusform>
            <numerusform>%1 hat %n Versionen. Eine wählen, um zu sehen, was ihre Anwendung ändert, oder zwei, um sie zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick one version, or two to compare.</source>
        <translation>Eine Version wählen, oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>The definitions are the same (the versions differ in scaling or a restart only).</source>
        <translation>Die Definitionen sind gleich (die Versionen unterscheiden sich nur in der Skalierung oder einem Neustart).</translation>
    </message>
</context>
<context>
    <name>mc::widgets::WhyPane</name>
    <message>
        <source>Reset delay</source>
        <translation>Verzögerung zurücksetzen</translation>
    </message>
    <message>
        <source>Launch the app at the next offer instead of waiting out its back-off (DELETE /v2/queue/{id}/delay).</source>
        <translation>Die App beim nächsten Angebot starten, statt ihr Back-off abzuwarten (DELETE /v2/queue/{id}/delay).</translation>
    </message>
    <message>
        <source>Select an app to see why it is not running.</source>
        <translation>Eine App auswählen, um zu sehen, warum sie nicht läuft.</translation>
    </message>
    <message>
        <source>%1 of %2 offers declined</source>
        <translation>%1 von %2 Angeboten abgelehnt</translation>
    </message>
    <message>
        <source>The launch queue could not be read: %1</source>
        <translation>Die Launch-Queue konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No offer was declined in the last round.</source>
        <translation>In der letzten Runde wurde kein Angebot abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Last unused offers:</source>
        <translation>Letzte ungenutzte Angebote:</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::MesosMasterDiscovery</name>
    <message>
        <source>(ZooKeeper node %1)</source>
        <translation>(ZooKeeper-Knoten %1)</translation>
    </message>
    <message>
        <source>The masters under %1 are Mesos 0.19-0.23: they register binary info_* nodes that the console cannot read. Connect with --master http://host:5050 instead.</source>
        <translation>Die Master unter %1 sind Mesos 0.19–0.23: Sie registrieren binäre info_*-Knoten, die die Konsole nicht lesen kann. Stattdessen mit --master http://host:5050 verbinden.</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZkUrl</name>
    <message>
        <source>&quot;%1&quot; is not a ZooKeeper URL: %2. Write it as zk://host1:2181,host2:2181/mesos.</source>
        <translation>„%1“ ist keine ZooKeeper-URL: %2. Sie als zk://host1:2181,host2:2181/mesos schreiben.</translation>
    </message>
    <message>
        <source>it does not start with zk://</source>
        <translation>sie beginnt nicht mit zk://</translation>
    </message>
    <message>
        <source>it names no znode (the path after the hosts, e.g. /mesos)</source>
        <translation>sie nennt keinen Znode (den Pfad nach den Hosts, z. B. /mesos)</translation>
    </message>
    <message>
        <source>a port is not a number between 1 and 65535</source>
        <translation>ein Port ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>sie nennt keinen Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation>„%1“ ist nicht Host:Port</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperProbe</name>
    <message>
        <source>ZooKeeper %1 did not answer &apos;%2&apos; within %3 s.</source>
        <translation>ZooKeeper %1 hat nicht innerhalb von %3 s auf &apos;%2&apos; geantwortet.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 refuses the &apos;%2&apos; command: add it to 4lw.commands.whitelist in zoo.cfg.</source>
        <translation>ZooKeeper %1 lehnt den Befehl &apos;%2&apos; ab: ihn in zoo.cfg zu 4lw.commands.whitelist hinzufügen.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 is not serving requests: it has no quorum or is still starting.</source>
        <translation>ZooKeeper %1 bedient keine Anfragen: Es hat kein Quorum oder startet noch.</translation>
    </message>
    <message>
        <source>Cannot reach ZooKeeper %1: %2</source>
        <translation>ZooKeeper %1 nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperSession</name>
    <message>
        <source>ZooKeeper: cannot start a session with %1.</source>
        <translation>ZooKeeper: Sitzung mit %1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 did not answer within %2 s. Check that the ensemble runs and that the hosts and ports are right.</source>
        <translation>ZooKeeper unter %1 hat nicht innerhalb von %2 s geantwortet. Prüfen, ob das Ensemble läuft und Hosts und Ports stimmen.</translation>
    </message>
    <message>
        <source>ZooKeeper has no node %1: no Mesos master registered there (check the path in the zk:// URL).</source>
        <translation>ZooKeeper hat keinen Knoten %1: Dort ist kein Mesos-Master registriert (Pfad in der zk://-URL prüfen).</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>%1 wird aufgelistet</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>%1 wird angelegt</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>ZooKeeper: %1 failed: %2.</source>
        <translation>ZooKeeper: %1 fehlgeschlagen: %2.</translation>
    </message>
</context>
</TS>
