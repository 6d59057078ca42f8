<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n app(s) destroyed</source>
        <translation>
            <numerusform>%n app destroyed</numerusform>
            <numerusform>%n apps destroyed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) running, with no new failure for %1 s.</source>
        <translation>
            <numerusform>Its %n instance running, with no new failure for %1 s.</numerusform>
            <numerusform>All %n instances running, with no new failure for %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::app::DemoController</name>
    <message numerus="yes">
        <source>%n Mesos master(s): %1</source>
        <translation>
            <numerusform>%n Mesos master: %1</numerusform>
            <numerusform>%n Mesos masters: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): %1</source>
        <translation>
            <numerusform>%n agent: %1</numerusform>
            <numerusform>%n agents: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo cluster runs only as long as the console: its %n task(s) are killed and its sandboxes removed.</source>
        <translation>
            <numerusform>The demo cluster runs only as long as the console: its %n task is killed and its sandbox removed.</numerusform>
            <numerusform>The demo cluster runs only as long as the console: its %n tasks are killed and its sandboxes removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::app::RoutingController</name>
    <message numerus="yes">
        <source>Sync done on %n master(s).</source>
        <translation>
            <numerusform>Sync done on %n master.</numerusform>
            <numerusform>Sync done on %n masters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) failed; see Last sync.</source>
        <translation>
            <numerusform>%n master failed; see Last sync.</numerusform>
            <numerusform>%n masters failed; see Last sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n master(s)…</source>
        <translation>
            <numerusform>Checking %n master…</numerusform>
            <numerusform>Checking %n masters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n master(s)…</source>
        <translation>
            <numerusform>Syncing %n master…</numerusform>
            <numerusform>Syncing %n masters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::marathon::AppExport</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::marathon::ApplySummary</name>
    <message numerus="yes">
        <source>Created %1, updated %2, failed %3, %4 left as they were; %n deployment(s)</source>
        <translation>
            <numerusform>Created %1, updated %2, failed %3, %4 left as they were; %n deployment</numerusform>
            <numerusform>Created %1, updated %2, failed %3, %4 left as they were; %n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::marathon::ImportApplier</name>
    <message numerus="yes">
        <source>Updating group %1 (%n app(s))</source>
        <translation>
            <numerusform>Updating group %1 (%n app)</numerusform>
            <numerusform>Updating group %1 (%n apps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::AppGroupTreeModel</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::AppsModel</name>
    <message numerus="yes">
        <source>%n task(s) measured: %1 of %2 CPUs, %3 of %4 memory</source>
        <translation>
            <numerusform>%n task measured: %1 of %2 CPUs, %3 of %4 memory</numerusform>
            <numerusform>%n tasks measured: %1 of %2 CPUs, %3 of %4 memory</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::ClustersModel</name>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::models::PodsModel</name>
    <message numerus="yes">
        <source>%1 of %n wanted instance(s) stable</source>
        <translation>
            <numerusform>%1 of %n wanted instance stable</numerusform>
            <numerusform>%1 of %n wanted instances stable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::provision::AgentDrain</name>
    <message numerus="yes">
        <source>agent %1: %2 (%n s)</source>
        <translation>
            <numerusform>agent %1: %2 (%n s)</numerusform>
            <numerusform>agent %1: %2 (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. It stays deactivated; tasks with a long kill grace period keep it draining: run again later, with a longer timeout or a shorter max grace period, or reactivate it.</source>
        <translation>
            <numerusform>Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. It stays deactivated; tasks with a long kill grace period keep it draining: run again later, with a longer timeout or a shorter max grace period, or reactivate it.</numerusform>
            <numerusform>Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. It stays deactivated; tasks with a long kill grace period keep it draining: run again later, with a longer timeout or a shorter max grace period, or reactivate it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::provision::ProvisionRunner</name>
    <message numerus="yes">
        <source>%n host(s) failed or unreachable</source>
        <translation>
            <numerusform>%n host failed or unreachable</numerusform>
            <numerusform>%n hosts failed or unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agent %1 DRAINED after %n s</source>
        <translation>
            <numerusform>agent %1 DRAINED after %n s</numerusform>
            <numerusform>agent %1 DRAINED after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::provision::RunProfile</name>
    <message numerus="yes">
        <source>Time profile: %n host(s), %1 s from the first step to the last
</source>
        <translation>
            <numerusform>Time profile: %n host, %1 s from the first step to the last
</numerusform>
            <numerusform>Time profile: %n hosts, %1 s from the first step to the last
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::AdHocCommandDialog</name>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n host)</numerusform>
            <numerusform>%1 (%n hosts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run this command as root on %n host(s)?</source>
        <translation>
            <numerusform>Run this command as root on %n host?</numerusform>
            <numerusform>Run this command as root on %n hosts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run as root on %n host(s)</source>
        <translation>
            <numerusform>Run as root on %n host</numerusform>
            <numerusform>Run as root on %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)…</source>
        <translation>
            <numerusform>Running on %n host…</numerusform>
            <numerusform>Running on %n hosts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppActions</name>
    <message numerus="yes">
        <source>%1 runs %n instance(s): Resume is for a suspended app.</source>
        <translation>
            <numerusform>%1 runs %n instance: Resume is for a suspended app.</numerusform>
            <numerusform>%1 runs %n instances: Resume is for a suspended app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instance(s), %2 running</source>
        <translation>
            <numerusform>%1 — %n instance, %2 running</numerusform>
            <numerusform>%1 — %n instances, %2 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n of its tasks.</source>
        <translation>
            <numerusform>Marathon kills %n of its tasks.</numerusform>
            <numerusform>Marathon kills %n of its tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of its %n task(s) with a new one, following the app&apos;s upgrade strategy.</source>
        <translation>
            <numerusform>Marathon replaces its %n task with a new one, following the app&apos;s upgrade strategy.</numerusform>
            <numerusform>Marathon replaces each of its %n tasks with a new one, following the app&apos;s upgrade strategy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon scales it to 0 instances: its %n task(s) are killed. Resume scales it up again.</source>
        <translation>
            <numerusform>Marathon scales it to 0 instances: its %n task is killed. Resume scales it up again.</numerusform>
            <numerusform>Marathon scales it to 0 instances: its %n tasks are killed. Resume scales it up again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n task(s) are killed and its definition is removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Its %n task is killed and its definition is removed from Marathon; this cannot be undone.</numerusform>
            <numerusform>Its %n tasks are killed and its definition is removed from Marathon; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down</source>
        <translation>
            <numerusform>Kill %n task and scale down</numerusform>
            <numerusform>Kill %n tasks and scale down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>Kill %n task</numerusform>
            <numerusform>Kill %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s) and scaled down</source>
        <translation>
            <numerusform>Killed %n task and scaled down</numerusform>
            <numerusform>Killed %n tasks and scaled down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s)</source>
        <translation>
            <numerusform>Killed %n task</numerusform>
            <numerusform>Killed %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a replacement for each, so %n app(s) keep their instance count.</source>
        <translation>
            <numerusform>Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a replacement for each, so %n app keeps its instance count.</numerusform>
            <numerusform>Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a replacement for each, so %n apps keep their instance count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down?</source>
        <translation>
            <numerusform>Kill %n task and scale down?</numerusform>
            <numerusform>Kill %n tasks and scale down?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)?</source>
        <translation>
            <numerusform>Kill %n task?</numerusform>
            <numerusform>Kill %n tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s) and scale their apps down?</source>
        <translation>
            <numerusform>Kill this %n task and scale its app down?</numerusform>
            <numerusform>Kill these %n tasks and scale their apps down?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s)?</source>
        <translation>
            <numerusform>Kill this %n task?</numerusform>
            <numerusform>Kill these %n tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n and scale down</source>
        <translation>
            <numerusform>Kill %n and scale down</numerusform>
            <numerusform>Kill %n and scale down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon deploys that definition as a new version (the Versions tab shows what it changes); its %n task(s) are replaced or scaled as it says.</source>
        <translation>
            <numerusform>Marathon deploys that definition as a new version (the Versions tab shows what it changes); its %n task is replaced or scaled as it says.</numerusform>
            <numerusform>Marathon deploys that definition as a new version (the Versions tab shows what it changes); its %n tasks are replaced or scaled as it says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n task</numerusform>
            <numerusform>%1 — %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of their %n task(s) with a new one, following each app&apos;s upgrade strategy (one deployment per app).</source>
        <translation>
            <numerusform>Marathon replaces their %n task with a new one, following each app&apos;s upgrade strategy (one deployment per app).</numerusform>
            <numerusform>Marathon replaces each of their %n tasks with a new one, following each app&apos;s upgrade strategy (one deployment per app).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) are killed and the group and its apps are removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Their %n task is killed and the group and its apps are removed from Marathon; this cannot be undone.</numerusform>
            <numerusform>Their %n tasks are killed and the group and its apps are removed from Marathon; this cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppImportDialog</name>
    <message numerus="yes">
        <source>%n app(s) or pod(s) the cluster has below these groups are not in the import and stay as they are.</source>
        <translation>
            <numerusform>%n app or pod the cluster has below these groups is not in the import and stays as it is.</numerusform>
            <numerusform>%n apps or pods the cluster has below these groups are not in the import and stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n app(s), %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all instances.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n app, %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all instances.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n apps, %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::AuditPage</name>
    <message numerus="yes">
        <source>%n line(s) of %1</source>
        <translation>
            <numerusform>%n line of %1</numerusform>
            <numerusform>%n lines of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>(%n unreadable line skipped)</numerusform>
            <numerusform>(%n unreadable lines skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1</source>
        <translation>
            <numerusform>Exported %n line to %1</numerusform>
            <numerusform>Exported %n lines to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConfirmDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n line(s) shown of the last %1 kept in memory. Passwords, tokens, Authorization headers and keys are removed.</source>
        <translation>
            <numerusform>%n line shown of the last %1 kept in memory. Passwords, tokens, Authorization headers and keys are removed.</numerusform>
            <numerusform>%n lines shown of the last %1 kept in memory. Passwords, tokens, Authorization headers and keys are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::MesosActions</name>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n task</numerusform>
            <numerusform>%1: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)?</source>
        <translation>
            <numerusform>Drain %n agent?</numerusform>
            <numerusform>Drain %n agents?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills their %n task(s) now and gives them no new ones; Marathon starts replacements on other agents. Reactivate them after the maintenance.</source>
        <translation>
            <numerusform>Mesos kills their %n task now and gives them no new ones; Marathon starts a replacement on another agent. Reactivate them after the maintenance.</numerusform>
            <numerusform>Mesos kills their %n tasks now and gives them no new ones; Marathon starts replacements on other agents. Reactivate them after the maintenance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)</source>
        <translation>
            <numerusform>Drain %n agent</numerusform>
            <numerusform>Drain %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)?</source>
        <translation>
            <numerusform>Deactivate %n agent?</numerusform>
            <numerusform>Deactivate %n agents?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) keep running; no new task is placed on them.</source>
        <translation>
            <numerusform>Their %n task keeps running; no new task is placed on them.</numerusform>
            <numerusform>Their %n tasks keep running; no new task is placed on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)</source>
        <translation>
            <numerusform>Deactivate %n agent</numerusform>
            <numerusform>Deactivate %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)?</source>
        <translation>
            <numerusform>Reactivate %n agent?</numerusform>
            <numerusform>Reactivate %n agents?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)</source>
        <translation>
            <numerusform>Reactivate %n agent</numerusform>
            <numerusform>Reactivate %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone?</source>
        <translation>
            <numerusform>Mark %n agent gone?</numerusform>
            <numerusform>Mark %n agents gone?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) end (TASK_GONE_BY_OPERATOR) and the agents can never register again with these ids.</source>
        <translation>
            <numerusform>Their %n task ends (TASK_GONE_BY_OPERATOR) and the agents can never register again with these ids.</numerusform>
            <numerusform>Their %n tasks end (TASK_GONE_BY_OPERATOR) and the agents can never register again with these ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone</source>
        <translation>
            <numerusform>Mark %n agent gone</numerusform>
            <numerusform>Mark %n agents gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down?</source>
        <translation>
            <numerusform>Take %n machine down?</numerusform>
            <numerusform>Take %n machines down?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their agents are shut down and their %n task(s) end; Marathon starts replacements on other machines. Bring the machines up when the maintenance is over.</source>
        <translation>
            <numerusform>Their agents are shut down and their %n task ends; Marathon starts a replacement on another machine. Bring the machines up when the maintenance is over.</numerusform>
            <numerusform>Their agents are shut down and their %n tasks end; Marathon starts replacements on other machines. Bring the machines up when the maintenance is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down</source>
        <translation>
            <numerusform>Take %n machine down</numerusform>
            <numerusform>Take %n machines down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up?</source>
        <translation>
            <numerusform>Bring %n machine up?</numerusform>
            <numerusform>Bring %n machines up?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up</source>
        <translation>
            <numerusform>Bring %n machine up</numerusform>
            <numerusform>Bring %n machines up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills its %n task(s) and removes the framework; it cannot register again with this id.</source>
        <translation>
            <numerusform>Mesos kills its %n task and removes the framework; it cannot register again with this id.</numerusform>
            <numerusform>Mesos kills its %n tasks and removes the framework; it cannot register again with this id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::NotificationCenter</name>
    <message numerus="yes">
        <source>%n unread notification(s). Click to see them.</source>
        <translation>
            <numerusform>%n unread notification. Click to see it.</numerusform>
            <numerusform>%n unread notifications. Click to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::PodsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · %4 of %n instance(s) stable</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · %4 of %n instance stable</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · %4 of %n instances stable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n instance(s) and their containers&apos; tasks.</source>
        <translation>
            <numerusform>Marathon kills %n instance and its containers&apos; tasks.</numerusform>
            <numerusform>Marathon kills %n instances and their containers&apos; tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::ProvisionWizard</name>
    <message numerus="yes">
        <source>%n step(s) need nothing</source>
        <translation>
            <numerusform>%n step needs nothing</numerusform>
            <numerusform>%n steps need nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No drift on the hosts that answered; %n host(s) not checked.</source>
        <translation>
            <numerusform>No drift on the hosts that answered; %n host not checked.</numerusform>
            <numerusform>No drift on the hosts that answered; %n hosts not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be made; nothing was changed.</source>
        <translation>
            <numerusform>%n change would be made; nothing was changed.</numerusform>
            <numerusform>%n changes would be made; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n change(s).</source>
        <translation>
            <numerusform>Finished: %n change.</numerusform>
            <numerusform>Finished: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all (%n host(s), %1 s)</source>
        <translation>
            <numerusform>all (%n host, %1 s)</numerusform>
            <numerusform>all (%n hosts, %1 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::ServicesView</name>
    <message numerus="yes">
        <source>Reading the status of %n host(s) over SSH…</source>
        <translation>
            <numerusform>Reading the status of %n host over SSH…</numerusform>
            <numerusform>Reading the status of %n hosts over SSH…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing the status of %n host(s)…</source>
        <translation>
            <numerusform>Refreshing the status of %n host…</numerusform>
            <numerusform>Refreshing the status of %n hosts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s), one at a time (%3)?</source>
        <translation>
            <numerusform>%1 %2 on %n host, one at a time (%3)?</numerusform>
            <numerusform>%1 %2 on %n hosts, one at a time (%3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s) at once (%3)?</source>
        <translation>
            <numerusform>%1 %2 on %n host at once (%3)?</numerusform>
            <numerusform>%1 %2 on %n hosts at once (%3)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::TypeClusterNameDialog</name>
    <message numerus="yes">
        <source>%1 touches %n task(s).</source>
        <translation>
            <numerusform>%1 touches %n task.</numerusform>
            <numerusform>%1 touches %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n app(s).</source>
        <translation>
            <numerusform>%1 touches %n app.</numerusform>
            <numerusform>%1 touches %n apps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n deployment(s).</source>
        <translation>
            <numerusform>%1 touches %n deployment.</numerusform>
            <numerusform>%1 touches %n deployments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n host(s).</source>
        <translation>
            <numerusform>%1 touches %n host.</numerusform>
            <numerusform>%1 touches %n hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::VersionsPane</name>
    <message numerus="yes">
        <source>%1 has %n version(s). Pick one to see what applying it changes, or two to compare them.</source>
        <translation>
            <numerusform>%1 has %n version. Pick one to see what applying it changes, or two to compare them.</numerusform>
            <numerusform>%1 has %n versions. Pick one to see what applying it changes, or two to compare them.</numerusform>
        </translation>
    </message>
</context>
</TS>
