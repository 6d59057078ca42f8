<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>mc::app::Composition</name>
    <message>
        <source>Demo mode: the embedded demo cluster (localcluster) is not built yet, so there is no cluster to show. The console opens empty.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Nothing to provision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning installs ZooKeeper, Mesos, Marathon and HAProxy on the masters and Docker and a Mesos agent on the agents. Describe the hosts in Inventory first; a dry run shows every change before it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Inventory</source>
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
        <source>No hosts to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hosts to the inventory to start, stop and restart ZooKeeper, Mesos, Marathon, HAProxy and Docker on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: the file does not exist or is not readable.</source>
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
</TS>
