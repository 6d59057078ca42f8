<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>No leading master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer leads; the masters are electing a new leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was elected leading master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now leads instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment of %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master reachable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed here (no systemd unit, init script or container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3) exited with status %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s after %3 (%4); the rolling %3 stops here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing domain &quot;%1&quot; is not a valid DNS name. Set it in the workspace (e.g. apps.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id &quot;%1&quot; is not a valid Marathon id; it is not routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of %2 reports the host &quot;%3&quot;, which HAProxy cannot use; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1 has no ports; it cannot be routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps %1 and %2 both map to %3; %1 keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file to check the HAProxy configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1 to check the configuration; install HAProxy or check it on a master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haproxy -c did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy rejects the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would change (check mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage the new config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run haproxy -c on the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy on this host rejects the new config; it was not put in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config updated, HAProxy reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1:%2 uses &quot;%3&quot;, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1:%2 is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 failed to render: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::app::Composition</name>
    <message>
        <source>No inventory yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your machines: add masters (each with a ZooKeeper id) and agents, or import the Ansible inventory you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace whose masters are running to watch the leading master, ZooKeeper, agents and frameworks live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Marathon apps to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cluster to see its Marathon apps and launch Docker apps from a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cluster to see every task, filter by app, agent or state, and kill tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a task in Tasks to tail its STDOUT and STDERR, or pick a service on a host in Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: the file does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cluster running (localcluster): Mesos leader %1 of %2 masters · Marathon %3 · agents %4. It stops when you close Mesos Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo cluster (localcluster)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ansible Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos %1 (leader %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the logs of %1: its agent %2 is not known (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos Console was closed with unsaved changes to %1. Recover them? (The workspace file stays as it is until you save.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::app::DemoCluster</name>
    <message>
        <source>The demo cluster program (localcluster) was not found next to mesos-console or on PATH. Build it with the rest of the project (target localcluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster answered with something other than its endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::app::RoutingController</name>
    <message>
        <source>No routing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy on the masters routes &lt;app&gt;.&lt;domain&gt; to the app&apos;s tasks. Open a workspace with masters and a routing domain to see and sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing needs the workspace&apos;s masters and Marathon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following Marathon at %1 · read %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event stream connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event stream reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The last good config stays on screen and on the masters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Marathon at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push yet: Marathon has not been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check done: see the changes per master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync done on %n master(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) failed; see Last sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n master(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n master(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::cluster::ClusterWatcher</name>
    <message>
        <source>No leading master: no master is registered in ZooKeeper under %1; the masters are electing one or are all down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mesos master answers. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leading master: the masters are electing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leading master: %1 says no leader is elected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leading master: %1 knows no leader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::cluster::ConnectionState</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last update %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::http::EventStreamReader</name>
    <message>
        <source>The event stream of %1 went silent for %2 s; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream of %1 was closed by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream of %1 was refused with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::http::HttpClient</name>
    <message>
        <source>Cannot use the CA file %1: it is missing, unreadable or holds no PEM certificate. Choose a PEM file with the cluster&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot request &quot;%1&quot;: not an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or unreachable; check it is running, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from %1 (more than %2): the servers send the request in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Add the cluster&apos;s CA certificate file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the host and port and that the service runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 is unknown: check the name, or use an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for credentials (HTTP 401). Enter the user and password, or the token, in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403): the user may not see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this server (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP 503): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs</name>
    <message>
        <source>The agent answered /files/read with something that is not a {&quot;data&quot;, &quot;offset&quot;} object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered %1 to the download.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::LogSource</name>
    <message>
        <source>This log cannot be read by position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::LogTail</name>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the agent answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox (garbage-collected, or the agent was replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes at %4 (truncated or rotated); reading it again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task finished; all %1 bytes read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::SandboxLocator</name>
    <message>
        <source>The agent&apos;s state is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not know the task %1 (its sandbox may have been garbage-collected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::ServiceLogSource</name>
    <message>
        <source>Paused; new lines are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 bytes dropped while paused …]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused; %1 bytes of older lines dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log command failed on %1 (exit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log command ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::logs::TaskLogSource</name>
    <message>
        <source>Looking up the sandbox of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered %1 for its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::marathon::MarathonParser</name>
    <message>
        <source>Marathon&apos;s app list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s app list has no &quot;apps&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info names no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon has no leader right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Marathon event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::mesos</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::mesos::MesosParser</name>
    <message>
        <source>The master state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master state summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics snapshot is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry names no address (no ip, hostname or pid).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::AgentsModel</name>
    <message>
        <source>recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::AppsModel</name>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image / command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::DeploymentsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::FrameworksModel</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::InventoryTreeModel</name>
    <message>
        <source>1 host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · zoo_id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address / hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hosts to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move hosts to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::ProfileEditCommand</name>
    <message>
        <source>Change cluster settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::RoutesModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running, healthy task: requests get 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that get no traffic: not running, or failing their health checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::ServicesModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::TasksModel</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::models::VariablesModel</name>
    <message>
        <source>this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group_vars file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group_vars/all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group_vars/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host_vars file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from %1; set it on this host to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host or group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid YAML (quote text with &quot;...&quot;): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshPool</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: an earlier host failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets</name>
    <message>
        <source>%1 CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::AdHocCommandDialog</name>
    <message>
        <source>Run Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. df -h /var/lib/mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as root (sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: exit 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppsPage</name>
    <message>
        <source>Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deployments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployments in progress&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::BulkAddDialog</name>
    <message>
        <source>Add Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One host per line. Ranges such as &lt;tt&gt;agent[01:20].example.com&lt;/tt&gt; or &lt;tt&gt;10.0.0.[10:15]&lt;/tt&gt; add several; &lt;tt&gt;key=value&lt;/tt&gt; after a name sets its variables (&lt;tt&gt;zoo_id=1&lt;/tt&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out [group] lines; choose the group below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts: %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterDetails</name>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wanted, %2 running, %3 staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 healthy, %2 unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs, %2, %3 disk per instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterOverview</name>
    <message>
        <source>Mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No leader: electing…&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;leader&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;, latency %3 ms avg, %4 connections, %5 outstanding&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched: connect with a zk:// URL to see the ensemble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version: %2&lt;br&gt;Framework: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Apps: %1, deployments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched: start with --marathon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: &lt;b&gt;%1&lt;/b&gt; active, %2 inactive&lt;br&gt;Frameworks: %3 active&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: &lt;b&gt;%1&lt;/b&gt; running, %2 staging, %3 starting, %4 killing&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs: %1&lt;br&gt;Memory: %2&lt;br&gt;Disk: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterProfileDialog</name>
    <message>
        <source>Cluster Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run provisioning with sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo to &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:5050</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesos URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;arathon URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP user (no password is stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent groups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a view, host, app or task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConnectionBadge</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::DetailTable</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, port %3) is not in your known hosts. Compare the fingerprint below with the one on the machine (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::InventoryView</name>
    <message>
        <source>Add &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Many Hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Ansible Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host or a group to edit it.

Drag hosts onto a group to move them (hold Ctrl to copy). F2 renames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (ansible_host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port (ansible_port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;user (ansible_user):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZooKeeper id (zoo_id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the inventory is ready for a Mesos cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name needs letters, digits or _ and no spaces or &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a host name; choose another group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name (for example masters or agents):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address (added to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 (YAML: 1 is a number, yes a boolean, &quot;text&quot; stays text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ansible Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts *);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible INI inventory (*.ini);;Ansible YAML inventory (*.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos Console workspace (*.mcw.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory has changes that are not saved. Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogView</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated, following from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new output (unchecked: paused; nothing is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the start (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the end (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the previous 1 MiB of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection (or everything shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lines matching (regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  showing %1 MiB (bytes %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the earlier part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogsPage</name>
    <message>
        <source>Saved %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mesos Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mesos Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mesos Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for Apache Mesos and Marathon clusters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos Console workspace (*.mcw.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mesos Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::NotificationCenter</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesos Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ProvisionWizard</name>
    <message>
        <source>1  Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Install method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6  Postflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7  Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines to set up: an inventory (INI or YAML, as Ansible reads it) whose masters carry a zoo_id, and how to log in to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory or workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansible_user, ~/.ssh/config, or yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent / default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: passwordless sudo (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: choose the inventory of the machines to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoo_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipe says what every host gets. Values below override the recipe&apos;s defaults; the inventory&apos;s host variables override both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all masters and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any host is touched: unique ZooKeeper ids, an odd master count, a majority quorum, port clashes; on every host SSH, sudo, OS and init system, a host name not mapped to 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disk, clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hosts over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts × steps, asked of the hosts in check mode: nothing changes. Select a file step to see its diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper first, then Mesos masters, Marathon, HAProxy, then agents. A service restarts only when one of its files changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: running steps finish, nothing new starts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live output of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the cluster answer? ZooKeeper: one leader, the rest followers; Mesos masters: /health; Marathon: /ping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each host did. The run log stays beside the inventory (provision-runs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed hosts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cluster view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot use it:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 masters, %2 agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This recipe has errors:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inventory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors before running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory makes a sound cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 hosts over SSH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 hosts what would change (check mode)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable/failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be made; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some hosts could not be asked; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight errors: fix them first (page 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished with failures on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 masters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper: %1 leader, %2 followers. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some services do not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ResourceChart</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of cluster used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to follow the latest values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
CPU %2 %
Memory %3 %
Disk %4 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::RoutingView</name>
    <message>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the config to every master whenever Marathon&apos;s tasks change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what each master&apos;s HAProxy config would change, without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the config with haproxy -c, write it to every master and reload HAProxy where it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routing domain set in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps answer at &lt;b&gt;&amp;lt;app&amp;gt;.%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already up to date; not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has exactly this config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::SecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::ServicesView</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hosts to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hosts to the inventory to start, stop and restart ZooKeeper, Mesos, Marathon, HAProxy and Docker on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the selected services (select a cell, a host row or a service column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling (one host at a time, wait until it answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the log of the selected service on its host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every service on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select services and press an action; output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell, a host row or a service column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s), one at a time (%3)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s) at once (%3)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (rolling)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 ok, %2 failed, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hosts are worked on at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel &amp;hosts (forks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.ssh/config or your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh/id_*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of a log is kept in memory; older parts are paged in on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::widgets::TasksPage</name>
    <message>
        <source>Mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search task, app or host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished / failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::zookeeper</name>
    <message>
        <source>ZooKeeper: %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::MesosMasterDiscovery</name>
    <message>
        <source>(ZooKeeper node %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masters under %1 are Mesos 0.19-0.23: they register binary info_* nodes that the console cannot read. Connect with --master http://host:5050 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZkUrl</name>
    <message>
        <source>&quot;%1&quot; is not a ZooKeeper URL: %2. Write it as zk://host1:2181,host2:2181/mesos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperProbe</name>
    <message>
        <source>ZooKeeper %1 did not answer &apos;%2&apos; within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper %1 refuses the &apos;%2&apos; command: add it to 4lw.commands.whitelist in zoo.cfg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper %1 is not serving requests: it has no quorum or is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach ZooKeeper %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperSession</name>
    <message>
        <source>ZooKeeper: cannot start a session with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper at %1 did not answer within %2 s. Check that the ensemble runs and that the hosts and ports are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper has no node %1: no Mesos master registered there (check the path in the zk:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
