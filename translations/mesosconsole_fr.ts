<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ClusterAddresses</name>
    <message>
        <source>Give one zk:// URL (it lists the whole ensemble).</source>
        <translation>Indiquez une seule URL zk:// (elle liste tout l&apos;ensemble).</translation>
    </message>
    <message>
        <source>Name at least one Mesos master (or a zk:// URL) or a Marathon.</source>
        <translation>Indiquez au moins un master Mesos (ou une URL zk://) ou un Marathon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: %2. Write host, host:port or http(s)://host:port.</source>
        <translation>« %1 » n&apos;est pas une adresse : %2. Écrivez hôte, hôte:port ou http(s)://hôte:port.</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>elle contient une espace</translation>
    </message>
    <message>
        <source>the scheme must be http or https, not %1</source>
        <translation>le schéma doit être http ou https, pas %1</translation>
    </message>
    <message>
        <source>a user goes in the sign-in fields, not in the address</source>
        <translation>un utilisateur va dans les champs d&apos;authentification, pas dans l&apos;adresse</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>il manque le ] fermant de l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the IPv6 address</source>
        <translation>« %1 » inattendu après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, as [::1]:5050</source>
        <translation>écrivez une adresse IPv6 entre crochets, comme [::1]:5050</translation>
    </message>
    <message>
        <source>the port after the colon is missing</source>
        <translation>le port après les deux-points manque</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>elle n&apos;indique aucun hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>the port %1 is not a number between 1 and 65535</source>
        <translation>le port %1 n&apos;est pas un nombre entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No leading master</source>
        <translation>Aucun master leader</translation>
    </message>
    <message>
        <source>%1 no longer leads; the masters are electing a new leader.</source>
        <translation>%1 n&apos;est plus leader ; les masters élisent un nouveau leader.</translation>
    </message>
    <message>
        <source>Leader changed</source>
        <translation>Leader changé</translation>
    </message>
    <message>
        <source>%1 was elected leading master.</source>
        <translation>%1 a été élu master leader.</translation>
    </message>
    <message>
        <source>%1 now leads instead of %2.</source>
        <translation>%1 est désormais leader à la place de %2.</translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation>Déploiement terminé</translation>
    </message>
    <message>
        <source>Deployment %1 finished.</source>
        <translation>Déploiement %1 terminé.</translation>
    </message>
    <message>
        <source>The deployment of %1 finished.</source>
        <translation>Le déploiement de %1 est terminé.</translation>
    </message>
    <message>
        <source>Task of %1 failed</source>
        <translation>Échec d&apos;une tâche de %1</translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3.</source>
        <translation>%1 s&apos;est terminée en %2 sur %3.</translation>
    </message>
    <message>
        <source>%1 ended as %2 on %3: %4</source>
        <translation>%1 s&apos;est terminée en %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>Master reachable again</source>
        <translation>Master de nouveau joignable</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 répond de nouveau.</translation>
    </message>
    <message>
        <source>Master unreachable</source>
        <translation>Master injoignable</translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation>%1 ne répond pas.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>Marathon unreachable</source>
        <translation>Marathon injoignable</translation>
    </message>
    <message>
        <source>The routing domain &quot;%1&quot; is not a valid DNS name. Set it in the workspace (e.g. apps.example.com).</source>
        <translation>Le domaine de routage « %1 » n&apos;est pas un nom DNS valide. Définissez-le dans l&apos;espace de travail (p. ex. apps.example.com).</translation>
    </message>
    <message>
        <source>App id &quot;%1&quot; is not a valid Marathon id; it is not routed.</source>
        <translation>L&apos;identifiant d&apos;app « %1 » n&apos;est pas un identifiant Marathon valide ; elle n&apos;est pas routée.</translation>
    </message>
    <message>
        <source>Task %1 of %2 reports the host &quot;%3&quot;, which HAProxy cannot use; it is left out.</source>
        <translation>La tâche %1 de %2 indique l&apos;hôte « %3 », inutilisable par HAProxy ; elle est ignorée.</translation>
    </message>
    <message>
        <source>App %1 has no ports; it cannot be routed.</source>
        <translation>L&apos;app %1 n&apos;a aucun port ; elle ne peut pas être routée.</translation>
    </message>
    <message>
        <source>Apps %1 and %2 both map to %3; %1 keeps it.</source>
        <translation>Les apps %1 et %2 correspondent toutes deux à %3 ; %1 le conserve.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file to check the HAProxy configuration.</source>
        <translation>Impossible d&apos;écrire un fichier temporaire pour vérifier la configuration HAProxy.</translation>
    </message>
    <message>
        <source>Cannot run %1 to check the configuration; install HAProxy or check it on a master.</source>
        <translation>Impossible d&apos;exécuter %1 pour vérifier la configuration ; installez HAProxy ou vérifiez-la sur un master.</translation>
    </message>
    <message>
        <source>haproxy -c did not finish in time.</source>
        <translation>haproxy -c ne s&apos;est pas terminé à temps.</translation>
    </message>
    <message>
        <source>HAProxy rejects the configuration.</source>
        <translation>HAProxy refuse la configuration.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>générée</translation>
    </message>
    <message>
        <source>would change (check mode)</source>
        <translation>serait modifiée (mode vérification)</translation>
    </message>
    <message>
        <source>Cannot create %1 on the host.</source>
        <translation>Impossible de créer %1 sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Cannot stage the new config: %1</source>
        <translation>Impossible de préparer la nouvelle configuration : %1</translation>
    </message>
    <message>
        <source>Cannot run haproxy -c on the host: %1</source>
        <translation>Impossible d&apos;exécuter haproxy -c sur l&apos;hôte : %1</translation>
    </message>
    <message>
        <source>HAProxy on this host rejects the new config; it was not put in place: %1</source>
        <translation>HAProxy sur cet hôte refuse la nouvelle configuration ; elle n&apos;a pas été mise en place : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed: %1</source>
        <translation>La configuration est en place mais le rechargement de HAProxy a échoué : %1</translation>
    </message>
    <message>
        <source>The config is in place but reloading HAProxy failed (exit %1): %2</source>
        <translation>La configuration est en place mais le rechargement de HAProxy a échoué (code %1) : %2</translation>
    </message>
    <message>
        <source>config updated, HAProxy reloaded</source>
        <translation>configuration mise à jour, HAProxy rechargé</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>Template %1:%2 uses &quot;%3&quot;, which has no value.</source>
        <translation>Le modèle %1:%2 utilise « %3 », qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Template %1:%2 is not valid: %3</source>
        <translation>Le modèle %1:%2 n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>Template %1 failed to render: %2</source>
        <translation>Échec du rendu du modèle %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Impossible de lire le modèle %1 : %2</translation>
    </message>
    <message>
        <source>Marathon leader changed</source>
        <translation>Leader Marathon changé</translation>
    </message>
    <message>
        <source>Marathon %1 now leads instead of %2.</source>
        <translation>Marathon %1 est désormais leader à la place de %2.</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>Échec du déploiement %1.</translation>
    </message>
    <message>
        <source>The deployment of %1 failed.</source>
        <translation>Le déploiement de %1 a échoué.</translation>
    </message>
    <message>
        <source>Last task failure: %1</source>
        <translation>Dernier échec de tâche : %1</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Échec du déploiement</translation>
    </message>
    <message>
        <source>Deployment of %1 failing</source>
        <translation>Le déploiement de %1 échoue</translation>
    </message>
    <message>
        <source>%1
Marathon retries with back-off; fix the app or roll the deployment back.</source>
        <translation>%1
Marathon réessaie avec un délai croissant ; corrigez l&apos;app ou revenez en arrière sur le déploiement.</translation>
    </message>
    <message>
        <source>%1 tasks failed</source>
        <translation>%1 tâches en échec</translation>
    </message>
    <message>
        <source>%1 and %2 more ended as failed, lost or in error.</source>
        <translation>%1 et %2 autres se sont terminées en échec, perdues ou en erreur.</translation>
    </message>
    <message>
        <source>Task %1 failed</source>
        <translation>Échec de la tâche %1</translation>
    </message>
    <message>
        <source>%1 (framework %2) ended as %3 on %4.</source>
        <translation>%1 (framework %2) s&apos;est terminée en %3 sur %4.</translation>
    </message>
    <message>
        <source>Marathon reachable again</source>
        <translation>Marathon de nouveau joignable</translation>
    </message>
    <message>
        <source>Marathon answers again.</source>
        <translation>Marathon répond de nouveau.</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent injoignable</translation>
    </message>
    <message>
        <source>The master no longer lists agent %1 (%2): it is unreachable or was removed.</source>
        <translation>Le master ne liste plus l&apos;agent %1 (%2) : il est injoignable ou a été retiré.</translation>
    </message>
    <message>
        <source>Agent %1 is no longer active: the master lost contact with it; its tasks become unreachable.</source>
        <translation>L&apos;agent %1 n&apos;est plus actif : le master a perdu le contact avec lui ; ses tâches deviennent injoignables.</translation>
    </message>
    <message>
        <source>Agent back</source>
        <translation>Agent de retour</translation>
    </message>
    <message>
        <source>Agent %1 is active again.</source>
        <translation>L&apos;agent %1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>Agent registered</source>
        <translation>Agent enregistré</translation>
    </message>
    <message>
        <source>Agent %1 (%2) registered with the master.</source>
        <translation>L&apos;agent %1 (%2) s&apos;est enregistré auprès du master.</translation>
    </message>
    <message>
        <source>ZooKeeper member back</source>
        <translation>Membre ZooKeeper de retour</translation>
    </message>
    <message>
        <source>ZooKeeper %1 answers again (%2).</source>
        <translation>ZooKeeper %1 répond de nouveau (%2).</translation>
    </message>
    <message>
        <source>ZooKeeper member down</source>
        <translation>Membre ZooKeeper arrêté</translation>
    </message>
    <message>
        <source>ZooKeeper %1 does not answer.</source>
        <translation>ZooKeeper %1 ne répond pas.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 does not answer: %2</source>
        <translation>ZooKeeper %1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
    <message>
        <source>%1 ran, but the wait for %2 to answer again was cancelled; check it</source>
        <translation>%1 a été exécuté, mais l’attente de la réponse de %2 a été annulée ; vérifiez-le</translation>
    </message>
    <message>
        <source>%1 ran, but the wait for %2 to answer again was cancelled (last: %3); check it</source>
        <translation>%1 a été exécuté, mais l’attente de la réponse de %2 a été annulée (dernier état : %3) ; vérifiez-le</translation>
    </message>
    <message>
        <source>The health check path &quot;%1&quot; of %2 cannot go into HAProxy&apos;s configuration; HAProxy only checks that its tasks accept connections.</source>
        <translation>Le chemin de contrôle de santé « %1 » de %2 ne peut pas figurer dans la configuration de HAProxy ; HAProxy vérifie seulement que ses tâches acceptent les connexions.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) destroyed</source>
        <translation>
            <numerusform>%n app détruite</numerusform>
            <numerusform>%n apps détruites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: destroyed (its tasks were killed and its definition removed from Marathon).</source>
        <translation>%1 : détruite (ses tâches ont été tuées et sa définition retirée de Marathon).</translation>
    </message>
    <message>
        <source>%1 no longer leads and left the masters (it stopped, or lost its ZooKeeper session); the masters are electing a new leader.</source>
        <translation>%1 n’est plus leader et a quitté les masters (arrêté, ou sa session ZooKeeper perdue) ; les masters élisent un nouveau leader.</translation>
    </message>
    <message>
        <source>%1 now leads instead of %2, which left the masters (it stopped, or lost its ZooKeeper session).</source>
        <translation>%1 est désormais leader à la place de %2, qui a quitté les masters (arrêté, ou sa session ZooKeeper perdue).</translation>
    </message>
    <message>
        <source>Master left</source>
        <translation>Master parti</translation>
    </message>
    <message>
        <source>%1 left the masters: it stopped, or lost its ZooKeeper session. Check that it runs.</source>
        <translation>%1 a quitté les masters : il s’est arrêté ou a perdu sa session ZooKeeper. Vérifiez qu’il tourne.</translation>
    </message>
    <message>
        <source>Master joined</source>
        <translation>Master arrivé</translation>
    </message>
    <message>
        <source>%1 joined the masters and leads.</source>
        <translation>%1 a rejoint les masters et en est le leader.</translation>
    </message>
    <message>
        <source>%1 joined the masters as a standby.</source>
        <translation>%1 a rejoint les masters en attente (standby).</translation>
    </message>
    <message>
        <source>%1 running again</source>
        <translation>%1 fonctionne de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) running, with no new failure for %1 s.</source>
        <translation>
            <numerusform>%n instance en marche, sans nouvel échec depuis %1 s.</numerusform>
            <numerusform>Les %n instances en marche, sans nouvel échec depuis %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--smoke checks the demo cluster: give --demo too.</source>
        <translation>--smoke vérifie le cluster de démo : indiquez aussi --demo.</translation>
    </message>
    <message>
        <source>--smoke-timeout wants a number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--smoke-timeout attend un nombre de secondes supérieur à 0, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>mc::app::ClusterConnection</name>
    <message>
        <source>The audit log was not written: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Non connecté à un cluster</translation>
    </message>
    <message>
        <source>Connect to a running cluster, or open a workspace whose masters are running, to watch the leading master, ZooKeeper, agents and frameworks live.</source>
        <translation>Connectez-vous à un cluster en cours d&apos;exécution, ou ouvrez un espace de travail dont les masters tournent, pour suivre en direct le master leader, ZooKeeper, les agents et les frameworks.</translation>
    </message>
    <message>
        <source>No Marathon apps to show</source>
        <translation>Aucune app Marathon à afficher</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its Marathon apps and launch Docker apps from a form.</source>
        <translation>Connectez-vous à un cluster pour voir ses apps Marathon et lancer des apps Docker depuis un formulaire.</translation>
    </message>
    <message>
        <source>No tasks to show</source>
        <translation>Aucune tâche à afficher</translation>
    </message>
    <message>
        <source>Connect to a cluster to see every task, filter by app, agent or state, and kill tasks.</source>
        <translation>Connectez-vous à un cluster pour voir toutes les tâches, filtrer par app, agent ou état, et tuer des tâches.</translation>
    </message>
    <message>
        <source>Connect to Cluster…</source>
        <translation>Se connecter à un cluster…</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>All Clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>Cluster (%1)</source>
        <translation>Cluster (%1)</translation>
    </message>
    <message>
        <source>close cluster %1</source>
        <translation>fermer le cluster %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Cannot watch the cluster: %1</source>
        <translation>Impossible de suivre le cluster : %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Still watching %3.</source>
        <translation>Impossible de se connecter à %1 : %2. %3 reste surveillé.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse dans les %1 s</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos : %1</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon : %1</translation>
    </message>
    <message>
        <source>Connecting to %1… (still watching %2 until it answers)</source>
        <translation>Connexion à %1… (%2 reste surveillé jusqu&apos;à sa réponse)</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Mesos refused</source>
        <translation>Mesos a refusé</translation>
    </message>
    <message>
        <source>Mesos %1 (leader %2)</source>
        <translation>Mesos %1 (leader %2)</translation>
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
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provisionnement</translation>
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
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>No log open</source>
        <translation>Aucun journal ouvert</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Cannot open the logs of %1: its agent %2 is not known (yet).</source>
        <translation>Impossible d&apos;ouvrir les journaux de %1 : son agent %2 n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications (%1 unread)</source>
        <translation>Notifications (%1 non lues)</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <source>Connect to Cluster…</source>
        <translation>Se connecter à un cluster…</translation>
    </message>
    <message>
        <source>Host reachable again</source>
        <translation>Hôte de nouveau joignable</translation>
    </message>
    <message>
        <source>%1 answers over SSH again.</source>
        <translation>%1 répond de nouveau par SSH.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>%1 does not answer over SSH.</source>
        <translation>%1 ne répond pas par SSH.</translation>
    </message>
    <message>
        <source>Over SSH: %1</source>
        <translation>Par SSH : %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>%1 is not listed any more.</source>
        <translation>%1 n&apos;est plus listé.</translation>
    </message>
    <message>
        <source>Select a task in Tasks and press Logs (or double-click it) to tail its STDOUT and STDERR, or pick a service on a host in Services.</source>
        <translation>Sélectionnez une tâche dans Tâches et appuyez sur Journaux (ou double-cliquez dessus) pour suivre son STDOUT et son STDERR, ou choisissez un service sur un hôte dans Services.</translation>
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
        <translation>Les tâches du cluster ne sont pas (encore) connues.</translation>
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
        <translation>Le programme du cluster de démo (localcluster) est introuvable à côté de mesos-console ou dans le PATH. Compilez-le avec le reste du projet (cible localcluster).</translation>
    </message>
    <message>
        <source>The demo cluster could not be started: %1</source>
        <translation>Le cluster de démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1).</source>
        <translation>Le cluster de démo s&apos;est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo cluster stopped (exit code %1): %2</source>
        <translation>Le cluster de démo s&apos;est arrêté (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>The demo cluster answered with something other than its endpoints.</source>
        <translation>Le cluster de démo a répondu autre chose que ses points d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoController</name>
    <message>
        <source>Mesos leader %1 of %2 masters · Marathon %3 · agents %4</source>
        <translation>Leader Mesos %1 sur %2 masters · Marathon %3 · agents %4</translation>
    </message>
    <message>
        <source>Demo cluster running (localcluster), its masters registered in ZooKeeper %1: %2. It stops when you close Mesos Console.</source>
        <translation>Cluster de démo en marche (localcluster), ses masters enregistrés dans ZooKeeper %1 : %2. Il s&apos;arrête quand vous fermez Mesos Console.</translation>
    </message>
    <message>
        <source>Demo cluster running (localcluster): %1. It stops when you close Mesos Console.</source>
        <translation>Cluster de démo en marche (localcluster) : %1. Il s&apos;arrête quand vous fermez Mesos Console.</translation>
    </message>
    <message>
        <source>Not watched: the demo runs without ZooKeeper. %1</source>
        <translation>Non surveillé : la démo tourne sans ZooKeeper. %1</translation>
    </message>
    <message>
        <source>Starting the demo cluster (localcluster)…</source>
        <translation>Démarrage du cluster de démo (localcluster)…</translation>
    </message>
    <message>
        <source>ZooKeeper serves (%1, after %2 s). Starting the demo cluster (localcluster)…</source>
        <translation>ZooKeeper répond (%1, après %2 s). Démarrage du cluster de démo (localcluster)…</translation>
    </message>
    <message>
        <source>Not watched: the demo&apos;s ZooKeeper ensemble did not start, so the demo runs without it. %1</source>
        <translation>Non surveillé : l&apos;ensemble ZooKeeper de la démo n&apos;a pas démarré, la démo tourne donc sans lui. %1</translation>
    </message>
    <message>
        <source>The demo&apos;s ZooKeeper ensemble did not start; the demo runs without it. %1</source>
        <translation>L&apos;ensemble ZooKeeper de la démo n&apos;a pas démarré ; la démo tourne sans lui. %1</translation>
    </message>
    <message>
        <source>Starting a three-member ZooKeeper ensemble, then the demo cluster (localcluster)…</source>
        <translation>Démarrage d&apos;un ensemble ZooKeeper de trois membres, puis du cluster de démo (localcluster)…</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Cluster de démo</translation>
    </message>
    <message numerus="yes">
        <source>%n Mesos master(s): %1</source>
        <translation>
            <numerusform>%n master Mesos : %1</numerusform>
            <numerusform>%n masters Mesos : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s): %1</source>
        <translation>
            <numerusform>%n agent : %1</numerusform>
            <numerusform>%n agents : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon : %1</translation>
    </message>
    <message>
        <source>Quit and stop the demo cluster?</source>
        <translation>Quitter et arrêter le cluster de démo ?</translation>
    </message>
    <message>
        <source>Quit Mesos Console and stop the demo cluster?</source>
        <translation>Quitter Mesos Console et arrêter le cluster de démo ?</translation>
    </message>
    <message numerus="yes">
        <source>The demo cluster runs only as long as the console: its %n task(s) are killed and its sandboxes removed.</source>
        <translation>
            <numerusform>Le cluster de démo ne tourne que tant que la console est ouverte : sa %n tâche est tuée et ses bacs à sable supprimés.</numerusform>
            <numerusform>Le cluster de démo ne tourne que tant que la console est ouverte : ses %n tâches sont tuées et ses bacs à sable supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit and stop it</source>
        <translation>Quitter et l&apos;arrêter</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Démo</translation>
    </message>
    <message>
        <source>&amp;Kill leading master</source>
        <translation>&amp;Tuer le master leader</translation>
    </message>
    <message>
        <source>Stop the demo&apos;s leading Mesos master and watch the console follow the failover to the next one.</source>
        <translation>Arrêter le master Mesos leader de la démo et voir la console suivre le basculement vers le suivant.</translation>
    </message>
    <message>
        <source>&amp;Restart stopped masters</source>
        <translation>&amp;Redémarrer les masters arrêtés</translation>
    </message>
    <message>
        <source>The demo cluster did not answer: %1</source>
        <translation>Le cluster de démo n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>No master leads right now: an election is under way, or every master is stopped (Help ▸ Demo ▸ Restart stopped masters).</source>
        <translation>Aucun master n&apos;est leader en ce moment : une élection est en cours, ou tous les masters sont arrêtés (Aide ▸ Démo ▸ Redémarrer les masters arrêtés).</translation>
    </message>
    <message>
        <source>Killed the leading master %1 (%2). The Cluster page follows the election of the next leader.</source>
        <translation>Master leader %1 (%2) tué. La page Cluster suit l&apos;élection du prochain leader.</translation>
    </message>
    <message>
        <source>Every master of the demo is running.</source>
        <translation>Tous les masters de la démo tournent.</translation>
    </message>
    <message>
        <source>Restarted master(s) %1: they register again as standbys.</source>
        <translation>Master(s) %1 redémarré(s) : ils se réenregistrent en attente.</translation>
    </message>
    <message>
        <source>no master leads</source>
        <translation>aucun master n&apos;est leader</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoSmokeCheck</name>
    <message>
        <source>the console is not watching the demo cluster yet</source>
        <translation>la console ne surveille pas encore le cluster de démo</translation>
    </message>
    <message>
        <source>Mesos is %1</source>
        <translation>Mesos est %1</translation>
    </message>
    <message>
        <source>no leading Mesos master</source>
        <translation>aucun master Mesos leader</translation>
    </message>
    <message>
        <source>Marathon is %1</source>
        <translation>Marathon est %1</translation>
    </message>
    <message>
        <source>Marathon lists no apps</source>
        <translation>Marathon ne liste aucune app</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Mesos has not listed its tasks yet</source>
        <translation>Mesos n&apos;a pas encore listé ses tâches</translation>
    </message>
    <message>
        <source>no running task of %1</source>
        <translation>aucune tâche de %1 en cours</translation>
    </message>
    <message>
        <source>Mesos live (leader %1, %L2 masters), Marathon live (%3), running tasks: %4</source>
        <translation>Mesos actif (leader %1, %L2 masters), Marathon actif (%3), tâches en cours : %4</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Demo smoke check failed: the console was not started with --demo.</source>
        <translation>Échec de la vérification de la démo : la console n&apos;a pas été lancée avec --demo.</translation>
    </message>
    <message>
        <source>Demo smoke check failed: %1</source>
        <translation>Échec de la vérification de la démo : %1</translation>
    </message>
    <message>
        <source>Demo smoke check passed after %L1 s: %2</source>
        <translation>Vérification de la démo réussie après %L1 s : %2</translation>
    </message>
    <message>
        <source>Demo smoke check failed: not up after %L1 s (--smoke-timeout): %2.</source>
        <translation>Échec de la vérification de la démo : pas prête après %L1 s (--smoke-timeout) : %2.</translation>
    </message>
</context>
<context>
    <name>mc::app::DemoZooKeeper</name>
    <message>
        <source>ZooKeeper is not installed (%1 is missing; Debian package zookeeper, which scripts/install-deps.sh installs).</source>
        <translation>ZooKeeper n&apos;est pas installé (%1 manque ; paquet Debian zookeeper, qu&apos;installe scripts/install-deps.sh).</translation>
    </message>
    <message>
        <source>Java is not installed (no java on PATH; Debian package default-jre-headless).</source>
        <translation>Java n&apos;est pas installé (pas de java dans le PATH ; paquet Debian default-jre-headless).</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write the configuration in %1</source>
        <translation>impossible d&apos;écrire la configuration dans %1</translation>
    </message>
    <message>
        <source>no temporary directory or free loopback ports for ZooKeeper.</source>
        <translation>pas de répertoire temporaire ni de ports loopback libres pour ZooKeeper.</translation>
    </message>
    <message>
        <source>ZooKeeper member %1 exited with code %2.</source>
        <translation>Le membre ZooKeeper %1 s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <source>the ensemble did not serve within %1 s.</source>
        <translation>l&apos;ensemble n&apos;a pas répondu dans les %1 s.</translation>
    </message>
</context>
<context>
    <name>mc::app::RoutingController</name>
    <message>
        <source>No routing to show</source>
        <translation>Aucun routage à afficher</translation>
    </message>
    <message>
        <source>HAProxy on the masters routes &lt;app&gt;.&lt;domain&gt; to the app&apos;s tasks. Open a workspace with masters and a routing domain to see and sync it.</source>
        <translation>HAProxy sur les masters route &lt;app&gt;.&lt;domain&gt; vers les tâches de l&apos;app. Ouvrez un espace de travail avec des masters et un domaine de routage pour le voir et le synchroniser.</translation>
    </message>
    <message>
        <source>Routing needs the workspace&apos;s masters and Marathon.</source>
        <translation>Le routage a besoin des masters et de Marathon de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Following Marathon at %1 · read %2 · %3</source>
        <translation>Suivi de Marathon sur %1 · lu %2 · %3</translation>
    </message>
    <message>
        <source>event stream connected</source>
        <translation>flux d&apos;événements connecté</translation>
    </message>
    <message>
        <source>event stream reconnecting</source>
        <translation>flux d&apos;événements en reconnexion</translation>
    </message>
    <message>
        <source>%1 The last good config stays on screen and on the masters.</source>
        <translation>%1 La dernière configuration valide reste affichée et sur les masters.</translation>
    </message>
    <message>
        <source>Reading Marathon at %1…</source>
        <translation>Lecture de Marathon sur %1…</translation>
    </message>
    <message>
        <source>Nothing to push yet: Marathon has not been read.</source>
        <translation>Rien à pousser pour l&apos;instant : Marathon n&apos;a pas encore été lu.</translation>
    </message>
    <message>
        <source>Check done: see the changes per master.</source>
        <translation>Vérification terminée : voir les modifications par master.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done on %n master(s).</source>
        <translation>
            <numerusform>Synchronisation terminée sur %n master.</numerusform>
            <numerusform>Synchronisation terminée sur %n masters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) failed; see Last sync.</source>
        <translation>
            <numerusform>%n master en échec ; voir Dernière synchronisation.</numerusform>
            <numerusform>%n masters en échec ; voir Dernière synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n master(s)…</source>
        <translation>
            <numerusform>Vérification de %n master…</numerusform>
            <numerusform>Vérification de %n masters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n master(s)…</source>
        <translation>
            <numerusform>Synchronisation de %n master…</numerusform>
            <numerusform>Synchronisation de %n masters…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced automatically: %1 is %2. Sync Now does it on request.</source>
        <translation>Pas de synchronisation automatique : %1 est en mode %2. « Synchroniser maintenant » la lance à la demande.</translation>
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
        <translation>Impossible d&apos;ouvrir un shell dans %1 : son agent %2 n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <source>Cannot open a shell in %1: %2</source>
        <translation>Impossible d&apos;ouvrir un shell dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot forward a port of %1: its agent is not known (yet).</source>
        <translation>Impossible de rediriger un port de %1 : son agent n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <source>%1 has no host port to forward.</source>
        <translation>%1 n&apos;a aucun port d&apos;hôte à rediriger.</translation>
    </message>
    <message>
        <source>Cannot forward a port of %1: %2</source>
        <translation>Impossible de rediriger un port de %1 : %2</translation>
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
        <translation>Shell root %1</translation>
    </message>
    <message>
        <source>No terminal open</source>
        <translation>Aucun terminal ouvert</translation>
    </message>
    <message>
        <source>Shells open here, one tab each. Open one on a host with Shell on the Services page, on an agent&apos;s host from Cluster &gt; Agents, in a task (or forward its port) from Tasks, or press Ctrl+K and type “shell” and a host&apos;s name.</source>
        <translation>Les shells s&apos;ouvrent ici, chacun dans un onglet. Ouvrez-en un sur un hôte avec Shell dans la page Services, sur l&apos;hôte d&apos;un agent depuis Cluster &gt; Agents, dans une tâche (ou redirigez son port) depuis Tâches, ou appuyez sur Ctrl+K et tapez « shell » et le nom d&apos;un hôte.</translation>
    </message>
    <message>
        <source>Shell on a Host… (Ctrl+K)</source>
        <translation>Shell sur un hôte… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Go to Services</source>
        <translation>Aller à Services</translation>
    </message>
    <message>
        <source>Go to Tasks</source>
        <translation>Aller à Tâches</translation>
    </message>
    <message>
        <source>%1 · shell on %2</source>
        <translation>%1 · shell sur %2</translation>
    </message>
</context>
<context>
    <name>mc::app::WorkspaceSession</name>
    <message>
        <source>No inventory yet</source>
        <translation>Pas encore d&apos;inventaire</translation>
    </message>
    <message>
        <source>Describe your machines: add masters (each with a ZooKeeper id) and agents, or import the Ansible inventory you already have.</source>
        <translation>Décrivez vos machines : ajoutez des masters (chacun avec un identifiant ZooKeeper) et des agents, ou importez votre inventaire Ansible existant.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Import Ansible Inventory…</source>
        <translation>Importer un inventaire Ansible…</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: the file does not exist or is not readable.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 : le fichier n&apos;existe pas ou n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>Cannot open the workspace or inventory: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail ou l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>Opened the Ansible inventory %1 as a new workspace; Save Workspace asks where to keep it (the inventory file stays as it is).</source>
        <translation>L&apos;inventaire Ansible %1 a été ouvert comme nouvel espace de travail ; « Enregistrer l&apos;espace de travail » demande où le conserver (le fichier d&apos;inventaire reste inchangé).</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Mesos Console was closed with unsaved changes to %1. Recover them? (The workspace file stays as it is until you save.)</source>
        <translation>Mesos Console a été fermé avec des modifications non enregistrées de %1. Les récupérer ? (Le fichier de l&apos;espace de travail reste inchangé jusqu&apos;à l&apos;enregistrement.)</translation>
    </message>
    <message>
        <source>Cannot recover the unsaved changes of %1: %2</source>
        <translation>Impossible de récupérer les modifications non enregistrées de %1 : %2</translation>
    </message>
    <message>
        <source>Recovered changes</source>
        <translation>Modifications récupérées</translation>
    </message>
    <message>
        <source>Cannot recover the unsaved changes of a workspace that was never saved (%1): %2</source>
        <translation>Impossible de récupérer les modifications non enregistrées d&apos;un espace de travail jamais enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>Mesos Console was closed with unsaved changes to a workspace that was never saved. Recover them? (Save Workspace then asks where to keep it.)</source>
        <translation>Mesos Console a été fermé avec des modifications non enregistrées d&apos;un espace de travail jamais enregistré. Les récupérer ? (« Enregistrer l&apos;espace de travail » demandera alors où le conserver.)</translation>
    </message>
    <message>
        <source>Connection path</source>
        <translation>Chemin de connexion</translation>
    </message>
    <message>
        <source>Cannot reach the cluster through the jump host: %1 Fix it in Cluster Settings.</source>
        <translation>Impossible de joindre le cluster via l&apos;hôte de rebond : %1 Corrigez-le dans Paramètres du cluster.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>direct (the jump host setting is invalid)</source>
        <translation>direct (le paramètre d&apos;hôte de rebond n&apos;est pas valide)</translation>
    </message>
    <message>
        <source>Cannot start the SSH tunnel: %1</source>
        <translation>Impossible de démarrer le tunnel SSH : %1</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Connexions : %1</translation>
    </message>
    <message>
        <source>How the console reaches the masters, agents and Marathon (Cluster Settings).</source>
        <translation>Comment la console joint les masters, les agents et Marathon (Paramètres du cluster).</translation>
    </message>
    <message>
        <source>Connections: %1 — jump host unreachable</source>
        <translation>Connexions : %1 — hôte de rebond injoignable</translation>
    </message>
</context>
<context>
    <name>mc::audit::ActionGate</name>
    <message>
        <source>this cluster</source>
        <translation>ce cluster</translation>
    </message>
    <message>
        <source>Refused: %1 is read-only, so %2 was not sent.</source>
        <translation>Refusé : %1 est en lecture seule, l&apos;action %2 n&apos;a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>Refused: %1 is protected and %2 was not confirmed by typing the cluster&apos;s name.</source>
        <translation>Refusé : %1 est protégé et l&apos;action %2 n&apos;a pas été confirmée par la saisie du nom du cluster.</translation>
    </message>
    <message>
        <source>%1 of %2 hosts did not succeed</source>
        <translation>Échec sur %1 des %2 hôtes</translation>
    </message>
</context>
<context>
    <name>mc::audit::AuditExport</name>
    <message>
        <source>Cannot export the audit lines to %1: %2</source>
        <translation>Impossible d&apos;exporter les lignes d&apos;audit vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>mc::audit::AuditLog</name>
    <message>
        <source>Could not lock the audit log %1: %2.</source>
        <translation>Impossible de verrouiller le journal d&apos;audit %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: another process has held %2 for over %3 s while writing to it. If no console or CLI is running, remove that lock file.</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1 : un autre processus détient %2 depuis plus de %3 s pendant qu&apos;il y écrit. Si aucune console ni CLI n&apos;est en cours d&apos;exécution, supprimez ce fichier verrou.</translation>
    </message>
    <message>
        <source>Could not start a new audit log: %1 cannot be removed.</source>
        <translation>Impossible de commencer un nouveau journal d&apos;audit : %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Could not rotate the audit log %1: it cannot be renamed.</source>
        <translation>Impossible d&apos;effectuer la rotation du journal d&apos;audit %1 : il ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>Could not write the audit log: the folder %1 cannot be made.</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;audit %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write the audit log %1: %2.</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1 : %2.</translation>
    </message>
    <message>
        <source>Could not read the audit log %1: %2.</source>
        <translation>Impossible de lire le journal d&apos;audit %1 : %2.</translation>
    </message>
</context>
<context>
    <name>mc::cluster</name>
    <message>
        <source>no connection within %1 ms</source>
        <translation>pas de connexion en %1 ms</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1 : %2</translation>
    </message>
    <message>
        <source>GET %1: no answer within %2 ms</source>
        <translation>GET %1 : pas de réponse en %2 ms</translation>
    </message>
    <message>
        <source>GET %1: the connection was closed without an answer</source>
        <translation>GET %1 : la connexion a été fermée sans réponse</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ClusterWatcher</name>
    <message>
        <source>No leading master: no master is registered in ZooKeeper under %1; the masters are electing one or are all down.</source>
        <translation>Aucun master leader : aucun master n&apos;est enregistré dans ZooKeeper sous %1 ; les masters en élisent un ou sont tous arrêtés.</translation>
    </message>
    <message>
        <source>No Mesos master answers. %1</source>
        <translation>Aucun master Mesos ne répond. %1</translation>
    </message>
    <message>
        <source>No leading master: the masters are electing one.</source>
        <translation>Aucun master leader : les masters en élisent un.</translation>
    </message>
    <message>
        <source>No leading master: %1 says no leader is elected.</source>
        <translation>Aucun master leader : %1 indique qu&apos;aucun leader n&apos;est élu.</translation>
    </message>
    <message>
        <source>No leading master: %1 knows no leader.</source>
        <translation>Aucun master leader : %1 ne connaît aucun leader.</translation>
    </message>
    <message>
        <source>via ZooKeeper %1 (learned from the cluster)</source>
        <translation>via ZooKeeper %1 (découvert auprès du cluster)</translation>
    </message>
    <message>
        <source>via ZooKeeper %1</source>
        <translation>via ZooKeeper %1</translation>
    </message>
    <message>
        <source>via masters %1</source>
        <translation>via les masters %1</translation>
    </message>
    <message>
        <source>the leader&apos;s state is polled</source>
        <translation>l&apos;état du leader est interrogé périodiquement</translation>
    </message>
    <message>
        <source>the leader&apos;s event stream is followed</source>
        <translation>le flux d&apos;événements du leader est suivi</translation>
    </message>
    <message>
        <source>The masters&apos; flags cannot be read (HTTP %1), so their ZooKeeper is not known; the console follows the masters it knows.</source>
        <translation>Les flags des masters ne peuvent pas être lus (HTTP %1), leur ZooKeeper est donc inconnu ; la console suit les masters qu&apos;elle connaît.</translation>
    </message>
    <message>
        <source>The masters&apos; --zk flag is not a ZooKeeper URL the console can read; it follows the masters it knows instead.</source>
        <translation>Le flag --zk des masters n&apos;est pas une URL ZooKeeper que la console sait lire ; elle suit plutôt les masters qu&apos;elle connaît.</translation>
    </message>
    <message>
        <source>The masters read their ZooKeeper URL from the file %1 on their own hosts (--zk=file://…), which cannot be read from here; the console follows the masters it knows instead. Give the zk:// URL to follow them through ZooKeeper.</source>
        <translation>Les masters lisent leur URL ZooKeeper dans le fichier %1 sur leurs propres hôtes (--zk=file://…), qui ne peut pas être lu d&apos;ici ; la console suit plutôt les masters qu&apos;elle connaît. Indiquez l&apos;URL zk:// pour les suivre via ZooKeeper.</translation>
    </message>
    <message>
        <source>No Mesos master known yet: Marathon does not name one (%1).</source>
        <translation>Aucun master Mesos connu pour l&apos;instant : Marathon n&apos;en indique aucun (%1).</translation>
    </message>
    <message>
        <source>Marathon names no Mesos master the console can reach (marathon_config.master is &quot;%1&quot;); give a master or a zk:// URL.</source>
        <translation>Marathon n&apos;indique aucun master Mesos que la console puisse joindre (marathon_config.master vaut « %1 ») ; indiquez un master ou une URL zk://.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 cannot be reached from here, so the console polls the masters it learned instead. %2</source>
        <translation>ZooKeeper %1 est injoignable d&apos;ici ; la console interroge donc plutôt les masters qu&apos;elle a découverts. %2</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ConnectionState</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>last update %1 s ago</source>
        <translation>dernière mise à jour il y a %1 s</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>stale (%1)</source>
        <translation>périmé (%1)</translation>
    </message>
    <message>
        <source>error: %1 (%2)</source>
        <translation>erreur : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mc::cluster::MasterSubscription</name>
    <message>
        <source>The event stream of %1 missed its heartbeats (none for %2 s); subscribing again.</source>
        <translation>Le flux d&apos;événements de %1 a manqué ses battements de cœur (aucun depuis %2 s) ; nouvel abonnement.</translation>
    </message>
    <message>
        <source>The event stream of %1 sent nothing for %2 s; subscribing again.</source>
        <translation>Le flux d&apos;événements de %1 n&apos;a rien envoyé pendant %2 s ; nouvel abonnement.</translation>
    </message>
    <message>
        <source>%1 has no event stream (SUBSCRIBE answered HTTP %2); polling its state instead.</source>
        <translation>%1 n&apos;a pas de flux d&apos;événements (SUBSCRIBE a répondu HTTP %2) ; son état est interrogé périodiquement à la place.</translation>
    </message>
    <message>
        <source>%1 refused the event stream (HTTP %2): check the user and password or token of the cluster profile.</source>
        <translation>%1 a refusé le flux d&apos;événements (HTTP %2) : vérifiez l&apos;utilisateur et le mot de passe ou le jeton du profil du cluster.</translation>
    </message>
    <message>
        <source>The event stream of %1 was refused with HTTP %2.</source>
        <translation>Le flux d&apos;événements de %1 a été refusé avec HTTP %2.</translation>
    </message>
    <message>
        <source>%1 closed its event stream.</source>
        <translation>%1 a fermé son flux d&apos;événements.</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ServiceControl</name>
    <message>
        <source>%1 is not installed here (no systemd unit, init script or container)</source>
        <translation>%1 n&apos;est pas installé ici (ni unité systemd, ni script d&apos;init, ni conteneur)</translation>
    </message>
    <message>
        <source>%1 %2 (%3) exited with status %4</source>
        <translation>%1 %2 (%3) s&apos;est terminé avec le statut %4</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s after %3 (%4); the rolling %3 stops here</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s après %3 (%4) ; le %3 progressif s&apos;arrête ici</translation>
    </message>
    <message>
        <source>%1 answers again (%2)</source>
        <translation>%1 répond de nouveau (%2)</translation>
    </message>
    <message>
        <source>%1 is %2 after %3</source>
        <translation>%1 est %2 après %3</translation>
    </message>
</context>
<context>
    <name>mc::cluster::ServiceProbe</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2: no answer within %3 ms</source>
        <translation>%1 %2 : pas de réponse en %3 ms</translation>
    </message>
    <message>
        <source>%1 %2: the connection was closed without an answer</source>
        <translation>%1 %2 : la connexion a été fermée sans réponse</translation>
    </message>
</context>
<context>
    <name>mc::cluster::UsageSampler</name>
    <message>
        <source>the agent answered %1</source>
        <translation>l&apos;agent a répondu %1</translation>
    </message>
</context>
<context>
    <name>mc::http::EventStreamReader</name>
    <message>
        <source>The event stream of %1 went silent for %2 s; reconnecting.</source>
        <translation>Le flux d&apos;événements de %1 est resté muet pendant %2 s ; reconnexion.</translation>
    </message>
    <message>
        <source>The event stream of %1 was closed by the server.</source>
        <translation>Le flux d&apos;événements de %1 a été fermé par le serveur.</translation>
    </message>
    <message>
        <source>The event stream of %1 was refused with HTTP %2.</source>
        <translation>Le flux d&apos;événements de %1 a été refusé avec HTTP %2.</translation>
    </message>
</context>
<context>
    <name>mc::http::HttpClient</name>
    <message>
        <source>Cannot use the CA file %1: it is missing, unreadable or holds no PEM certificate. Choose a PEM file with the cluster&apos;s CA certificate.</source>
        <translation>Impossible d&apos;utiliser le fichier CA %1 : il est absent, illisible ou ne contient aucun certificat PEM. Choisissez un fichier PEM contenant le certificat CA du cluster.</translation>
    </message>
    <message>
        <source>Cannot request &quot;%1&quot;: not an http:// or https:// URL with a host.</source>
        <translation>Impossible de requêter « %1 » : ce n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded or unreachable; check it is running, or raise the timeout.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s. Le serveur est peut-être surchargé ou injoignable ; vérifiez qu&apos;il tourne, ou augmentez le délai.</translation>
    </message>
    <message>
        <source>Too many redirects from %1 (more than %2): the servers send the request in a loop.</source>
        <translation>Trop de redirections depuis %1 (plus de %2) : les serveurs renvoient la requête en boucle.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the host and port and that the service runs.</source>
        <translation>%1 a refusé la connexion : rien n&apos;écoute à cette adresse. Vérifiez l&apos;hôte et le port et que le service tourne.</translation>
    </message>
    <message>
        <source>The host of %1 is unknown: check the name, or use an IP address.</source>
        <translation>L&apos;hôte de %1 est inconnu : vérifiez le nom, ou utilisez une adresse IP.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>La négociation TLS avec %1 a échoué.</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403): the user may not see this.</source>
        <translation>%1 a refusé l&apos;accès (HTTP 403) : l&apos;utilisateur n&apos;a pas le droit de voir ceci.</translation>
    </message>
    <message>
        <source>%1 does not exist on this server (HTTP 404).</source>
        <translation>%1 n&apos;existe pas sur ce serveur (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP 503): %2</source>
        <translation>%1 est indisponible (HTTP 503) : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 est revenu vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 n&apos;est pas du JSON valide : %2 à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <source>A password needs a user name (HTTP Basic authentication).</source>
        <translation>Un mot de passe nécessite un nom d&apos;utilisateur (authentification HTTP Basic).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Add the cluster&apos;s CA certificate file in File &gt; Connect to Cluster….</source>
        <translation>Le certificat TLS de %1 n&apos;est pas approuvé : %2. Ajoutez le fichier de certificat CA du cluster dans Fichier &gt; Se connecter à un cluster….</translation>
    </message>
    <message>
        <source>%1 asks for credentials (HTTP 401). Enter the user and password, or the token, in File &gt; Connect to Cluster….</source>
        <translation>%1 demande des identifiants (HTTP 401). Saisissez l&apos;utilisateur et le mot de passe, ou le jeton, dans Fichier &gt; Se connecter à un cluster….</translation>
    </message>
</context>
<context>
    <name>mc::http::HttpStream</name>
    <message>
        <source>The request to %1 was not sent: its header %2 holds a line break.</source>
        <translation>La requête vers %1 n’a pas été envoyée : son en-tête %2 contient un saut de ligne.</translation>
    </message>
    <message>
        <source>%1 sent a line of more than %2 KB where HTTP has a short one.</source>
        <translation>%1 a envoyé une ligne de plus de %2 Ko là où HTTP en a une courte.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KB of HTTP headers.</source>
        <translation>%1 a envoyé plus de %2 Ko d’en-têtes HTTP.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: %2</source>
        <translation>%1 n’a pas répondu en HTTP : %2</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked body: &quot;%2&quot; is no chunk size.</source>
        <translation>%1 a envoyé un corps « chunked » cassé : « %2 » n’est pas une taille de bloc.</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked body: a chunk is longer than its size says.</source>
        <translation>%1 a envoyé un corps « chunked » cassé : un bloc est plus long que sa taille ne le dit.</translation>
    </message>
    <message>
        <source>%1 closed the connection inside its answer.</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse.</translation>
    </message>
</context>
<context>
    <name>mc::http::RecordIoReader</name>
    <message>
        <source>The event stream is not RecordIO: expected a record length at byte %1, got &quot;%2&quot;.</source>
        <translation>Le flux d&apos;événements n&apos;est pas du RecordIO : longueur d&apos;enregistrement attendue à l&apos;octet %1, « %2 » reçu.</translation>
    </message>
    <message>
        <source>The event stream announced a record of %1 bytes, more than the %2 bytes the console accepts; the stream is dropped.</source>
        <translation>Le flux d&apos;événements a annoncé un enregistrement de %1 octets, plus que les %2 octets acceptés par la console ; le flux est abandonné.</translation>
    </message>
    <message>
        <source>The event stream ended inside a record (%1 of %2 bytes arrived).</source>
        <translation>Le flux d&apos;événements s&apos;est terminé au milieu d&apos;un enregistrement (%1 octets reçus sur %2).</translation>
    </message>
    <message>
        <source>The event stream ended inside a record length (&quot;%1&quot;).</source>
        <translation>Le flux d&apos;événements s&apos;est terminé au milieu d&apos;une longueur d&apos;enregistrement (« %1 »).</translation>
    </message>
</context>
<context>
    <name>mc::inventory::HostPattern</name>
    <message>
        <source>a host range needs the form [begin:end] or [begin:end:step]</source>
        <translation>une plage d&apos;hôtes doit avoir la forme [début:fin] ou [début:fin:pas]</translation>
    </message>
    <message>
        <source>host range [%1] must be begin:end or begin:end:step</source>
        <translation>la plage d&apos;hôtes [%1] doit être début:fin ou début:fin:pas</translation>
    </message>
    <message>
        <source>host range [%1] must specify an end value</source>
        <translation>la plage d&apos;hôtes [%1] doit indiquer une valeur de fin</translation>
    </message>
    <message>
        <source>host range [%1] must specify equal-length begin and end formats (zero-padded: write [%2:%3])</source>
        <translation>la plage d&apos;hôtes [%1] doit avoir un début et une fin de même longueur (complétés par des zéros : écrivez [%2:%3])</translation>
    </message>
    <message>
        <source>host range [%1] needs a positive whole step, not &quot;%2&quot;</source>
        <translation>la plage d&apos;hôtes [%1] demande un pas entier positif, pas « %2 »</translation>
    </message>
    <message>
        <source>host range [%1] must have begin &lt;= end</source>
        <translation>la plage d&apos;hôtes [%1] doit avoir début &lt;= fin</translation>
    </message>
    <message>
        <source>host range [%1] mixes letters and numbers; write [1:9] or [a:f]</source>
        <translation>la plage d&apos;hôtes [%1] mélange lettres et chiffres ; écrivez [1:9] ou [a:f]</translation>
    </message>
    <message>
        <source>host range [%1] is empty: it starts after it ends; write [%2:%3]</source>
        <translation>la plage d&apos;hôtes [%1] est vide : elle commence après sa fin ; écrivez [%2:%3]</translation>
    </message>
    <message>
        <source>host range [%1] gives more than %2 hosts</source>
        <translation>la plage d&apos;hôtes [%1] donne plus de %2 hôtes</translation>
    </message>
    <message>
        <source>the pattern gives more than %1 hosts</source>
        <translation>le motif donne plus de %1 hôtes</translation>
    </message>
    <message>
        <source>invalid host pattern &quot;%1&quot;: a &apos;:&apos; at the end is reserved for a port number</source>
        <translation>motif d&apos;hôte « %1 » non valide : un &apos;:&apos; à la fin est réservé à un numéro de port</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>nom d&apos;hôte vide</translation>
    </message>
    <message>
        <source>invalid host pattern &quot;---&quot;: this looks like a YAML file</source>
        <translation>motif d&apos;hôte « --- » non valide : cela ressemble à un fichier YAML</translation>
    </message>
</context>
<context>
    <name>mc::inventory::IniExporter</name>
    <message>
        <source>Cannot write this inventory as INI: %1 Export it as YAML instead.</source>
        <translation>Impossible d&apos;écrire cet inventaire en INI : %1 Exportez-le plutôt en YAML.</translation>
    </message>
    <message>
        <source>the group name &quot;%1&quot; has characters INI section names cannot hold.</source>
        <translation>le nom de groupe « %1 » contient des caractères impossibles dans un nom de section INI.</translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; would be read as something else (a range, a port or several words).</source>
        <translation>le nom d&apos;hôte « %1 » serait lu comme autre chose (une plage, un port ou plusieurs mots).</translation>
    </message>
    <message>
        <source>the variable name &quot;%1&quot; cannot be written on a host line.</source>
        <translation>le nom de variable « %1 » ne peut pas être écrit sur une ligne d&apos;hôte.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; (NaN) has no INI form.</source>
        <translation>la valeur de « %1 » (NaN) n&apos;a pas de forme INI.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; does not survive INI quoting.</source>
        <translation>la valeur de « %1 » ne survit pas aux guillemets INI.</translation>
    </message>
    <message>
        <source>the variable name &quot;%1&quot; cannot be written in a [group:vars] section.</source>
        <translation>le nom de variable « %1 » ne peut pas être écrit dans une section [group:vars].</translation>
    </message>
</context>
<context>
    <name>mc::inventory::IniImporter</name>
    <message>
        <source>section [%1:%2] has an unknown type &quot;%2&quot;; use [%1], [%1:vars] or [%1:children]</source>
        <translation>la section [%1:%2] a un type inconnu « %2 » ; utilisez [%1], [%1:vars] ou [%1:children]</translation>
    </message>
    <message>
        <source>invalid section header %1: a group name cannot contain spaces, &apos;:&apos; or &apos;]&apos; (for example [my_group])</source>
        <translation>en-tête de section %1 non valide : un nom de groupe ne peut contenir ni espace, ni &apos;:&apos;, ni &apos;]&apos; (par exemple [my_group])</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got &quot;%2&quot;</source>
        <translation>key=value attendu dans [%1:vars], « %2 » trouvé</translation>
    </message>
    <message>
        <source>expected one group name per line in [%1:children], got &quot;%2&quot;</source>
        <translation>un nom de groupe par ligne attendu dans [%1:children], « %2 » trouvé</translation>
    </message>
    <message>
        <source>section [%1:vars] is for a group that is never defined; add a [%1] or [%1:children] section, or remove it</source>
        <translation>la section [%1:vars] concerne un groupe jamais défini ; ajoutez une section [%1] ou [%1:children], ou supprimez-la</translation>
    </message>
    <message>
        <source>section [%1:children] includes the group &quot;%2&quot;, which is never defined; add a [%2] section or remove the line</source>
        <translation>la section [%1:children] inclut le groupe « %2 », jamais défini ; ajoutez une section [%2] ou supprimez la ligne</translation>
    </message>
    <message>
        <source>%1:%2:%3: the group name &quot;%4&quot; has characters Ansible warns about; letters, digits and _ are safe</source>
        <translation>%1:%2:%3: le nom de groupe « %4 » contient des caractères qu&apos;Ansible signale ; les lettres, les chiffres et _ sont sûrs</translation>
    </message>
    <message>
        <source>a quote opened here is never closed; close it or escape it with \</source>
        <translation>un guillemet ouvert ici n&apos;est jamais fermé ; fermez-le ou échappez-le avec \</translation>
    </message>
    <message>
        <source>the line ends with a backslash that escapes nothing</source>
        <translation>la ligne se termine par une barre oblique inverse qui n&apos;échappe rien</translation>
    </message>
    <message>
        <source>expected key=value after the host name, got &quot;%1&quot; (quote values that contain spaces)</source>
        <translation>key=value attendu après le nom d&apos;hôte, « %1 » trouvé (mettez entre guillemets les valeurs qui contiennent des espaces)</translation>
    </message>
    <message>
        <source>%1:%2:%3: &quot;%4&quot; is both a group and a host name; Ansible mixes them up</source>
        <translation>%1:%2:%3: « %4 » est à la fois un nom de groupe et un nom d&apos;hôte ; Ansible les confond</translation>
    </message>
</context>
<context>
    <name>mc::inventory::Inventory</name>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun groupe nommé « %1 ».</translation>
    </message>
    <message>
        <source>Adding the group &quot;%1&quot; under &quot;%2&quot; would make a loop: &quot;%2&quot; is already inside &quot;%1&quot;.</source>
        <translation>Ajouter le groupe « %1 » sous « %2 » créerait une boucle : « %2 » est déjà dans « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known host nor a known group.</source>
        <translation>« %1 » n&apos;est ni un hôte connu ni un groupe connu.</translation>
    </message>
    <message>
        <source>A host needs a name.</source>
        <translation>Un hôte doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun hôte nommé « %1 ».</translation>
    </message>
    <message>
        <source>There is already a host named &quot;%1&quot;.</source>
        <translation>Il existe déjà un hôte nommé « %1 ».</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and cannot be renamed.</source>
        <translation>Le groupe « %1 » est prédéfini et ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation>Il existe déjà un groupe nommé « %1 ».</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and cannot be removed.</source>
        <translation>Le groupe « %1 » est prédéfini et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of a group; Ansible would mix the two up. Choose another host name.</source>
        <translation>« %1 » est déjà le nom d&apos;un groupe ; Ansible confondrait les deux. Choisissez un autre nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is built in and stays at the top.</source>
        <translation>Le groupe « %1 » est prédéfini et reste au sommet.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::InventoryExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write group_vars for the group &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire les group_vars du groupe « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write host_vars for the host &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire les host_vars de l&apos;hôte « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::InventoryValidator</name>
    <message>
        <source>There are no masters. Put 3 hosts into a group named &quot;%1&quot; (each with a zoo_id from 1 to 255).</source>
        <translation>Il n&apos;y a aucun master. Placez 3 hôtes dans un groupe nommé « %1 » (chacun avec un zoo_id de 1 à 255).</translation>
    </message>
    <message>
        <source>A single master has no failover: if it stops, the cluster stops. Use 3 masters for a cluster that survives one failure.</source>
        <translation>Un master unique n&apos;a pas de bascule : s&apos;il s&apos;arrête, le cluster s&apos;arrête. Utilisez 3 masters pour un cluster qui survit à une panne.</translation>
    </message>
    <message>
        <source>There are %1 masters. ZooKeeper needs an odd number (3 or 5) for a quorum: %1 masters survive no more failures than %2. Add or remove one.</source>
        <translation>Il y a %1 masters. ZooKeeper a besoin d&apos;un nombre impair (3 ou 5) pour un quorum : %1 masters ne survivent pas à plus de pannes que %2. Ajoutez-en ou retirez-en un.</translation>
    </message>
    <message>
        <source>There are no agents, so tasks have nowhere to run. Add hosts to the group &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun agent : les tâches n&apos;ont nulle part où tourner. Ajoutez des hôtes au groupe « %1 ».</translation>
    </message>
    <message>
        <source>The master %1 has no zoo_id. Give every master a unique zoo_id from %2 to %3 (its ZooKeeper myid).</source>
        <translation>Le master %1 n&apos;a pas de zoo_id. Donnez à chaque master un zoo_id unique de %2 à %3 (son myid ZooKeeper).</translation>
    </message>
    <message>
        <source>The zoo_id of %1 is %2; it must be a whole number from %3 to %4.</source>
        <translation>Le zoo_id de %1 vaut %2 ; il doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>The zoo_id %1 of %2 is already used by %3; every master needs its own.</source>
        <translation>Le zoo_id %1 de %2 est déjà utilisé par %3 ; chaque master a besoin du sien.</translation>
    </message>
    <message>
        <source>%1 is both a master and an agent. That is allowed: it runs the master services and takes tasks.</source>
        <translation>%1 est à la fois master et agent. C&apos;est permis : il exécute les services du master et accepte des tâches.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &apos;_&apos;, which is not valid in a DNS name; resolving it may fail. Set ansible_host to an IP address or use &apos;-&apos;.</source>
        <translation>« %1 » contient &apos;_&apos;, qui n&apos;est pas valide dans un nom DNS ; sa résolution peut échouer. Définissez ansible_host sur une adresse IP ou utilisez &apos;-&apos;.</translation>
    </message>
    <message>
        <source>ansible_host &quot;%1&quot; of %2 is neither an IP address nor a host name.</source>
        <translation>ansible_host « %1 » de %2 n&apos;est ni une adresse IP ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a host name. Rename the host or set ansible_host.</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni un nom d&apos;hôte. Renommez l&apos;hôte ou définissez ansible_host.</translation>
    </message>
    <message>
        <source>ansible_port of %1 is &quot;%2&quot;; use a port from 1 to 65535 (22 for SSH).</source>
        <translation>ansible_port de %1 vaut « %2 » ; utilisez un port de 1 à 65535 (22 pour SSH).</translation>
    </message>
    <message>
        <source>%1 and %2 both connect to %3. If they are one machine, keep one host and put it in both groups.</source>
        <translation>%1 et %2 se connectent tous deux à %3. S&apos;il s&apos;agit d&apos;une seule machine, gardez un hôte et placez-le dans les deux groupes.</translation>
    </message>
    <message>
        <source>%1 and %2 differ only in upper/lower case; DNS treats them as the same host.</source>
        <translation>%1 et %2 ne diffèrent que par la casse ; le DNS les traite comme le même hôte.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::TextFile</name>
    <message>
        <source>this is not a text file (it contains a NUL byte). Choose the inventory or workspace file itself.</source>
        <translation>ce n&apos;est pas un fichier texte (il contient un octet NUL). Choisissez le fichier d&apos;inventaire ou d&apos;espace de travail lui-même.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (byte 0x%1 cannot start or continue a character). Save the file as UTF-8.</source>
        <translation>ce n&apos;est pas du texte UTF-8 (l&apos;octet 0x%1 ne peut ni commencer ni continuer un caractère). Enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>the file is %1 MB; files over %2 MB are not read. Is this the right file?</source>
        <translation>le fichier fait %1 Mo ; les fichiers de plus de %2 Mo ne sont pas lus. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB and is not read.</source>
        <translation>le fichier dépasse %1 Mo et n&apos;est pas lu.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::Workspace</name>
    <message>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>« %1 » doit être une valeur unique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>« %1 » doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of group names</source>
        <translation>« %1 » doit être une liste de noms de groupes</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>this is not a Mesos Console workspace (expected a mapping with &quot;%1: 1&quot;).</source>
        <translation>ce n&apos;est pas un espace de travail Mesos Console (un mapping avec « %1: 1 » est attendu).</translation>
    </message>
    <message>
        <source>this is not a Mesos Console workspace (no &quot;%1:&quot; line). To use an Ansible inventory, import it.</source>
        <translation>ce n&apos;est pas un espace de travail Mesos Console (pas de ligne « %1: »). Pour utiliser un inventaire Ansible, importez-le.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a format version number</source>
        <translation>« %1 » doit être un numéro de version de format</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Mesos Console (format %1; this one reads %2). Update the console.</source>
        <translation>cet espace de travail a été écrit par une version plus récente de Mesos Console (format %1 ; celle-ci lit %2). Mettez la console à jour.</translation>
    </message>
    <message>
        <source>&quot;jump_host&quot; must be a mapping (via, host, user, port, key, known_hosts)</source>
        <translation>« jump_host » doit être un mapping (via, host, user, port, key, known_hosts)</translation>
    </message>
    <message>
        <source>&quot;via&quot; must be direct, host (an inventory host) or bastion, not &quot;%1&quot;</source>
        <translation>« via » doit valoir direct, host (un hôte de l&apos;inventaire) ou bastion, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;jump_host&quot; says via %1 but names no host</source>
        <translation>« jump_host » indique via %1 mais ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>Cannot autosave the unsaved workspace: cannot create the folder %1</source>
        <translation>Impossible d&apos;enregistrer automatiquement l&apos;espace de travail non enregistré : impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>An empty host pattern matches nothing; use &quot;all&quot; or a group name.</source>
        <translation>Un motif d&apos;hôtes vide ne correspond à rien ; utilisez « all » ou un nom de groupe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a group nor a host of this workspace.</source>
        <translation>« %1 » n&apos;est ni un groupe ni un hôte de cet espace de travail.</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must be read-write, protected or read-only, not &quot;%1&quot;</source>
        <translation>« mode » doit valoir read-write, protected ou read-only, et non « %1 »</translation>
    </message>
    <message>
        <source>&quot;colour&quot; must be a colour written #rrggbb (e.g. &quot;#d93025&quot;), not &quot;%1&quot;</source>
        <translation>« colour » doit être une couleur écrite #rrggbb (p. ex. « #d93025 »), et non « %1 »</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlExporter</name>
    <message>
        <source>Cannot write the host &quot;%1&quot; to YAML: Ansible would read the name as a range or a port. Rename the host.</source>
        <translation>Impossible d&apos;écrire l&apos;hôte « %1 » en YAML : Ansible lirait le nom comme une plage ou un port. Renommez l&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlImporter</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>impossible de lire le YAML : %1</translation>
    </message>
    <message>
        <source>the YAML file is empty; an inventory starts with &quot;all:&quot;</source>
        <translation>le fichier YAML est vide ; un inventaire commence par « all: »</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of group names (starting with &quot;all:&quot;), not %1</source>
        <translation>un inventaire YAML doit être un mapping de noms de groupes (commençant par « all: »), pas %1</translation>
    </message>
    <message>
        <source>this is an inventory plugin configuration (it has a &quot;plugin:&quot; key), not an inventory; run ansible-inventory --list on it and import that instead</source>
        <translation>c&apos;est une configuration de plugin d&apos;inventaire (elle a une clé « plugin: »), pas un inventaire ; lancez ansible-inventory --list dessus et importez plutôt le résultat</translation>
    </message>
    <message>
        <source>a group name must be text, not %1; quote it</source>
        <translation>un nom de groupe doit être du texte, pas %1 ; mettez-le entre guillemets</translation>
    </message>
    <message>
        <source>groups are nested too deeply</source>
        <translation>les groupes sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>skipping &quot;%1&quot;: a group must be a mapping (with hosts, vars, children) or empty, not %2</source>
        <translation>« %1 » ignoré : un groupe doit être un mapping (avec hosts, vars, children) ou vide, pas %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of the group &quot;%2&quot; must be a mapping, not %3</source>
        <translation>« %1 » du groupe « %2 » doit être un mapping, pas %3</translation>
    </message>
    <message>
        <source>skipping the key &quot;%1&quot; in the group &quot;%2&quot;: it is not a mapping</source>
        <translation>clé « %1 » du groupe « %2 » ignorée : ce n&apos;est pas un mapping</translation>
    </message>
    <message>
        <source>skipping the unexpected key &quot;%1&quot; in the group &quot;%2&quot;; only vars, children and hosts are read</source>
        <translation>clé inattendue « %1 » du groupe « %2 » ignorée ; seuls vars, children et hosts sont lus</translation>
    </message>
    <message>
        <source>the host pattern %1 must be text; put numbers in quotes</source>
        <translation>le motif d&apos;hôte %1 doit être du texte ; mettez les nombres entre guillemets</translation>
    </message>
    <message>
        <source>the variables of host &quot;%1&quot; must be a mapping (name: value), not %2</source>
        <translation>les variables de l&apos;hôte « %1 » doivent être un mapping (nom: valeur), pas %2</translation>
    </message>
    <message>
        <source>a variables file must hold a mapping (name: value), not a list or a single value</source>
        <translation>un fichier de variables doit contenir un mapping (nom: valeur), pas une liste ni une valeur unique</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlSyntax</name>
    <message>
        <source>out of memory while reading the YAML</source>
        <translation>mémoire insuffisante pendant la lecture du YAML</translation>
    </message>
    <message>
        <source>not valid YAML: %1: %2 at line %3, column %4</source>
        <translation>YAML non valide : %1 : %2 à la ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (a second &apos;---&apos;); keep one</source>
        <translation>le fichier contient plus d&apos;un document YAML (un second &apos;---&apos;) ; n&apos;en gardez qu&apos;un</translation>
    </message>
</context>
<context>
    <name>mc::inventory::YamlValue</name>
    <message>
        <source>this value expands to more than %1 values (aliases repeated too often)</source>
        <translation>cette valeur se développe en plus de %1 valeurs (alias répétés trop souvent)</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>les valeurs sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>vault-encrypted values are not supported; decrypt them with ansible-vault first</source>
        <translation>les valeurs chiffrées par Vault ne sont pas prises en charge ; déchiffrez-les d&apos;abord avec ansible-vault</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>une clé de fusion (&lt;&lt;) demande un mapping ou une liste de mappings</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>une clé de mapping doit être une valeur simple, pas une liste ni un mapping</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!int but is not a whole number</source>
        <translation>« %1 » est marqué !!int mais n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!float but is not a number</source>
        <translation>« %1 » est marqué !!float mais n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is tagged !!bool but is not yes/no/true/false/on/off</source>
        <translation>« %1 » est marqué !!bool mais ne vaut pas yes/no/true/false/on/off</translation>
    </message>
</context>
<context>
    <name>mc::logs</name>
    <message>
        <source>The agent answered /files/read with something that is not a {&quot;data&quot;, &quot;offset&quot;} object.</source>
        <translation>L&apos;agent a répondu à /files/read par autre chose qu&apos;un objet {&quot;data&quot;, &quot;offset&quot;}.</translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation>l&apos;agent a répondu %1</translation>
    </message>
    <message>
        <source>The agent answered %1 for its state.</source>
        <translation>L&apos;agent a répondu %1 pour son état.</translation>
    </message>
</context>
<context>
    <name>mc::logs::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Nothing was saved to %1.</source>
        <translation>Rien n’a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled. %2</source>
        <translation>Le téléchargement de %1 a été annulé. %2</translation>
    </message>
    <message>
        <source>%1 did not answer the download of %2 within %3 s. %4</source>
        <translation>%1 n’a pas répondu au téléchargement de %2 en %3 s. %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The agent answered %1 to the download of %2. %3</source>
        <translation>L’agent a répondu %1 au téléchargement de %2. %3</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 sur %2 octets</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The download of %1 stalled after %2: no data for %3 s. %4</source>
        <translation>Le téléchargement de %1 s’est bloqué après %2 : aucune donnée pendant %3 s. %4</translation>
    </message>
    <message>
        <source>The download of %1 broke off after %2: %3. %4</source>
        <translation>Le téléchargement de %1 s’est interrompu après %2 : %3. %4</translation>
    </message>
    <message>
        <source>The download of %1 ended after %2. %3</source>
        <translation>Le téléchargement de %1 s’est terminé après %2. %3</translation>
    </message>
</context>
<context>
    <name>mc::logs::LogSource</name>
    <message>
        <source>This log cannot be read by position.</source>
        <translation>Ce journal ne peut pas être lu par position.</translation>
    </message>
</context>
<context>
    <name>mc::logs::LogTail</name>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>the agent answered %1</source>
        <translation>l&apos;agent a répondu %1</translation>
    </message>
    <message>
        <source>Cannot read %1: the agent answered %2.</source>
        <translation>Impossible de lire %1 : l&apos;agent a répondu %2.</translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox (garbage-collected, or the agent was replaced).</source>
        <translation>%1 a disparu : l&apos;agent n&apos;a plus ce bac à sable (supprimé par le ramasse-miettes, ou l&apos;agent a été remplacé).</translation>
    </message>
    <message>
        <source>%1 is gone: the agent no longer has this sandbox.</source>
        <translation>%1 a disparu : l&apos;agent n&apos;a plus ce bac à sable.</translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes at %4 (truncated or rotated); reading it again from the start.</source>
        <translation>%1 est passé de %2 à %3 octets à %4 (tronqué ou en rotation) ; relecture depuis le début.</translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation>Agent injoignable (%1) ; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>Task finished; all %1 bytes read.</source>
        <translation>Tâche terminée ; les %1 octets ont été lus.</translation>
    </message>
    <message>
        <source>The agent answered %1.</source>
        <translation>L&apos;agent a répondu %1.</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l&apos;octet %1</translation>
    </message>
</context>
<context>
    <name>mc::logs::SandboxBrowser</name>
    <message>
        <source>The agent&apos;s listing of the sandbox is not a JSON array.</source>
        <translation>La liste du bac à sable renvoyée par l&apos;agent n&apos;est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The agent %1 did not answer: %2</source>
        <translation>L&apos;agent %1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <source>The sandbox of %1 is gone: the agent %2 has removed it (garbage collection of completed tasks&apos; sandboxes).</source>
        <translation>Le bac à sable de %1 a disparu : l&apos;agent %2 l&apos;a supprimé (ramasse-miettes des bacs à sable des tâches terminées).</translation>
    </message>
    <message>
        <source>The sandbox of %1 is gone from the agent %2.</source>
        <translation>Le bac à sable de %1 n&apos;existe plus sur l&apos;agent %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the sandbox of %2.</source>
        <translation>%1 n&apos;est plus dans le bac à sable de %2.</translation>
    </message>
    <message>
        <source>The agent %1 answered %2 to the listing of %3.</source>
        <translation>L&apos;agent %1 a répondu %2 à la liste de %3.</translation>
    </message>
</context>
<context>
    <name>mc::logs::SandboxLocator</name>
    <message>
        <source>The agent&apos;s state is not valid JSON.</source>
        <translation>L&apos;état de l&apos;agent n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The agent does not know the task %1 (its sandbox may have been garbage-collected).</source>
        <translation>L&apos;agent ne connaît pas la tâche %1 (son bac à sable a peut-être été supprimé par le ramasse-miettes).</translation>
    </message>
</context>
<context>
    <name>mc::logs::ServiceLogSource</name>
    <message>
        <source>Paused; new lines are held</source>
        <translation>En pause ; les nouvelles lignes sont retenues</translation>
    </message>
    <message>
        <source>[… %1 bytes dropped while paused …]
</source>
        <translation>[… %1 octets abandonnés pendant la pause …]
</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Paused; %1 bytes of older lines dropped</source>
        <translation>En pause ; %1 octets de lignes anciennes abandonnés</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The log command failed on %1 (exit %2).</source>
        <translation>La commande de journal a échoué sur %1 (code %2).</translation>
    </message>
    <message>
        <source>the log command ended</source>
        <translation>la commande de journal s&apos;est terminée</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
</context>
<context>
    <name>mc::logs::TaskLogSource</name>
    <message>
        <source>Looking up the sandbox of %1 on %2</source>
        <translation>Recherche du bac à sable de %1 sur %2</translation>
    </message>
    <message>
        <source>Agent unreachable (%1); retrying in %2 s</source>
        <translation>Agent injoignable (%1) ; nouvel essai dans %2 s</translation>
    </message>
</context>
<context>
    <name>mc::marathon</name>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 est revenu vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2).</translation>
    </message>
</context>
<context>
    <name>mc::marathon::AppDefinition</name>
    <message>
        <source>The app definition is not valid JSON: %1 at offset %2.</source>
        <translation>La définition de l&apos;app n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The app definition must be a JSON object ({&quot;id&quot;: ...}).</source>
        <translation>La définition de l&apos;app doit être un objet JSON ({&quot;id&quot;: ...}).</translation>
    </message>
    <message>
        <source>Give the app an id, e.g. /prod/web.</source>
        <translation>Donnez un id à l&apos;app, p. ex. /prod/web.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits, &apos;-&apos; and &apos;.&apos; in path segments separated by &apos;/&apos;, each starting and ending with a letter or digit (e.g. /prod/web-1).</source>
        <translation>Utilisez des minuscules, des chiffres, &apos;-&apos; et &apos;.&apos; dans des segments de chemin séparés par &apos;/&apos;, chacun commençant et finissant par une lettre ou un chiffre (p. ex. /prod/web-1).</translation>
    </message>
    <message>
        <source>CPUs must be 0 or more.</source>
        <translation>Les CPU doivent valoir 0 ou plus.</translation>
    </message>
    <message>
        <source>Memory must be 0 MiB or more.</source>
        <translation>La mémoire doit valoir 0 Mio ou plus.</translation>
    </message>
    <message>
        <source>Disk must be 0 MiB or more.</source>
        <translation>Le disque doit valoir 0 Mio ou plus.</translation>
    </message>
    <message>
        <source>Instances must be 0 or more.</source>
        <translation>Les instances doivent valoir 0 ou plus.</translation>
    </message>
    <message>
        <source>Give a Docker image or a command (cmd or args).</source>
        <translation>Indiquez une image Docker ou une commande (cmd ou args).</translation>
    </message>
    <message>
        <source>Use either a command or arguments, not both.</source>
        <translation>Utilisez soit une commande, soit des arguments, pas les deux.</translation>
    </message>
    <message>
        <source>User networking needs the name of the network.</source>
        <translation>Le réseau user nécessite le nom du réseau.</translation>
    </message>
    <message>
        <source>Bridge and user networking need a Docker image.</source>
        <translation>Les réseaux bridge et user nécessitent une image Docker.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 65535.</source>
        <translation>%1 doit être compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>Le port</translation>
    </message>
    <message>
        <source>The container port</source>
        <translation>Le port du conteneur</translation>
    </message>
    <message>
        <source>The host port</source>
        <translation>Le port de l&apos;hôte</translation>
    </message>
    <message>
        <source>The service port</source>
        <translation>Le port de service</translation>
    </message>
    <message>
        <source>The protocol is tcp, udp or udp,tcp.</source>
        <translation>Le protocole est tcp, udp ou udp,tcp.</translation>
    </message>
    <message>
        <source>A port name uses lowercase letters, digits and &apos;-&apos;.</source>
        <translation>Un nom de port utilise des minuscules, des chiffres et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Port names must be unique.</source>
        <translation>Les noms de port doivent être uniques.</translation>
    </message>
    <message>
        <source>An environment variable needs a name.</source>
        <translation>Une variable d&apos;environnement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Un label doit avoir un nom.</translation>
    </message>
    <message>
        <source>A constraint needs a field (hostname or an agent attribute).</source>
        <translation>Une contrainte nécessite un champ (hostname ou un attribut d&apos;agent).</translation>
    </message>
    <message>
        <source>Unknown operator &apos;%1&apos;; use one of %2.</source>
        <translation>Opérateur &apos;%1&apos; inconnu ; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>The %1 operator needs a value.</source>
        <translation>L&apos;opérateur %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>The %1 operator needs a whole number of 1 or more.</source>
        <translation>L&apos;opérateur %1 nécessite un nombre entier de 1 ou plus.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Utilisez l&apos;un de %1.</translation>
    </message>
    <message>
        <source>A COMMAND health check needs a command.</source>
        <translation>Un contrôle de santé COMMAND nécessite une commande.</translation>
    </message>
    <message>
        <source>This health check needs a port: add one to the port table.</source>
        <translation>Ce contrôle de santé nécessite un port : ajoutez-en un au tableau des ports.</translation>
    </message>
    <message>
        <source>The port index must be between 0 and %1.</source>
        <translation>L&apos;index de port doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The path must start with &apos;/&apos;.</source>
        <translation>Le chemin doit commencer par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The grace period must be 0 or more seconds.</source>
        <translation>Le délai de grâce doit être de 0 seconde ou plus.</translation>
    </message>
    <message>
        <source>The interval must be 1 second or more.</source>
        <translation>L&apos;intervalle doit être d&apos;une seconde ou plus.</translation>
    </message>
    <message>
        <source>The timeout must be 1 second or more.</source>
        <translation>Le délai d&apos;expiration doit être d&apos;une seconde ou plus.</translation>
    </message>
    <message>
        <source>The timeout must be shorter than the interval.</source>
        <translation>Le délai d&apos;expiration doit être plus court que l&apos;intervalle.</translation>
    </message>
    <message>
        <source>Max consecutive failures must be 0 or more.</source>
        <translation>Le nombre maximal d&apos;échecs consécutifs doit valoir 0 ou plus.</translation>
    </message>
    <message>
        <source>A volume needs a container path.</source>
        <translation>Un volume nécessite un chemin de conteneur.</translation>
    </message>
    <message>
        <source>The mode is RW or RO.</source>
        <translation>Le mode est RW ou RO.</translation>
    </message>
    <message>
        <source>A fetch entry needs a URI.</source>
        <translation>Une entrée fetch nécessite une URI.</translation>
    </message>
    <message>
        <source>A fraction between 0 and 1.</source>
        <translation>Une fraction entre 0 et 1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression.</source>
        <translation>« %1 » n&apos;est pas une expression régulière valide.</translation>
    </message>
</context>
<context>
    <name>mc::marathon::AppExport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an app export is far smaller. Is it the right file?</source>
        <translation>%1 fait %2 Mo ; un export d&apos;apps est bien plus petit. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 n&apos;est pas du JSON : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Export into a new or empty folder, so that an import of it finds only this export&apos;s files.</source>
        <translation>Le dossier %1 n&apos;est pas vide. Exportez dans un dossier nouveau ou vide, pour qu&apos;un import de ce dossier ne trouve que les fichiers de cet export.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Marathon id (lower-case a-z, 0-9, &apos;-&apos; and &apos;.&apos; between slashes), so it cannot name a file; nothing was written. Export to one .json file instead.</source>
        <translation>« %1 » n&apos;est pas un id Marathon (minuscules a-z, 0-9, &apos;-&apos; et &apos;.&apos; entre barres obliques) et ne peut donc pas nommer un fichier ; rien n&apos;a été écrit. Exportez plutôt vers un seul fichier .json.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: definition %2 has no id</source>
        <translation>%1 : la définition %2 n’a pas d’id</translation>
    </message>
    <message>
        <source>%1 holds no app or pod definitions</source>
        <translation>%1 ne contient aucune définition d’app ou de pod</translation>
    </message>
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
    <message>
        <source>%1 and %2</source>
        <comment>3 apps and 1 pod</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the app %1</source>
        <translation>l’app %1</translation>
    </message>
    <message>
        <source>%1 and the pod %2 would both be %3; nothing was written. Export to one .json file instead.</source>
        <translation>%1 et le pod %2 seraient tous deux %3 ; rien n’a été écrit. Exportez plutôt vers un seul fichier .json.</translation>
    </message>
    <message>
        <source>the pod %1</source>
        <translation>le pod %1</translation>
    </message>
    <message>
        <source>%1 is not an app or pod definition (a JSON object with an id)</source>
        <translation>%1 n’est pas une définition d’app ou de pod (un objet JSON avec un id)</translation>
    </message>
    <message>
        <source>%1 is named as a pod but has no containers: a pod needs at least one</source>
        <translation>%1 est nommé comme un pod mais n’a aucun conteneur : un pod en demande au moins un</translation>
    </message>
    <message>
        <source>The folder %1 holds no app or pod definitions (*.json)</source>
        <translation>Le dossier %1 ne contient aucune définition d’app ou de pod (*.json)</translation>
    </message>
</context>
<context>
    <name>mc::marathon::ApplySummary</name>
    <message numerus="yes">
        <source>Created %1, updated %2, failed %3, %4 left as they were; %n deployment(s)</source>
        <translation>
            <numerusform>Créées %1, mises à jour %2, en échec %3, %4 laissées telles quelles ; %n déploiement</numerusform>
            <numerusform>Créées %1, mises à jour %2, en échec %3, %4 laissées telles quelles ; %n déploiements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::marathon::ImportApplier</name>
    <message>
        <source>Importing app %1</source>
        <translation>Import de l&apos;app %1</translation>
    </message>
    <message numerus="yes">
        <source>Updating group %1 (%n app(s))</source>
        <translation>
            <numerusform>Mise à jour du groupe %1 (%n app)</numerusform>
            <numerusform>Mise à jour du groupe %1 (%n apps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply again with force to cancel the running deployment, or wait for it.</source>
        <translation>Appliquez à nouveau en forçant pour annuler le déploiement en cours, ou attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Not applied: Marathon refused the update of group %1 for another of its apps.</source>
        <translation>Non appliqué : Marathon a refusé la mise à jour du groupe %1 à cause d&apos;une autre de ses apps.</translation>
    </message>
    <message>
        <source>Importing pod %1</source>
        <translation>Import du pod %1</translation>
    </message>
</context>
<context>
    <name>mc::marathon::ImportPlan</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 skipped, %5 in conflict</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangée(s), %4 ignorée(s), %5 en conflit</translation>
    </message>
    <message>
        <source>%1 is a group in the target, an app cannot have its id</source>
        <translation>%1 est un groupe dans la cible, une app ne peut pas avoir son id</translation>
    </message>
    <message>
        <source>%1 is an app in the target, it cannot hold the app %2</source>
        <translation>%1 est une app dans la cible, elle ne peut pas contenir l&apos;app %2</translation>
    </message>
    <message>
        <source>the target has %1 already</source>
        <translation>la cible a déjà %1</translation>
    </message>
    <message>
        <source>%1 is being deployed in the target (deployment %2): wait for it to finish, or apply with force to cancel it</source>
        <translation>%1 est en cours de déploiement dans la cible (déploiement %2) : attendez qu&apos;il se termine, ou appliquez en forçant pour l&apos;annuler</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>%1 (import)</source>
        <translation>%1 (import)</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, it cannot hold the pod %2</source>
        <translation>%1 est un pod dans la cible, il ne peut pas contenir le pod %2</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, it cannot hold the app %2</source>
        <translation>%1 est un pod dans la cible, il ne peut pas contenir l’app %2</translation>
    </message>
    <message>
        <source>%1 is an app in the target, it cannot hold the pod %2</source>
        <translation>%1 est une app dans la cible, elle ne peut pas contenir le pod %2</translation>
    </message>
    <message>
        <source>%1 is a group in the target, a pod cannot have its id</source>
        <translation>%1 est un groupe dans la cible, un pod ne peut pas avoir son id</translation>
    </message>
    <message>
        <source>%1 is an app in the target, a pod cannot have its id</source>
        <translation>%1 est une app dans la cible, un pod ne peut pas avoir son id</translation>
    </message>
    <message>
        <source>%1 is a pod in the target, an app cannot have its id</source>
        <translation>%1 est un pod dans la cible, une app ne peut pas avoir son id</translation>
    </message>
</context>
<context>
    <name>mc::marathon::LaunchQueue</name>
    <message>
        <source>Marathon&apos;s launch queue (/v2/queue) is not the JSON it should be (%1).</source>
        <translation>La file de lancement de Marathon (/v2/queue) n&apos;est pas le JSON attendu (%1).</translation>
    </message>
</context>
<context>
    <name>mc::marathon::MarathonClient</name>
    <message>
        <source>Reading app %1</source>
        <translation>Lecture de l&apos;app %1</translation>
    </message>
    <message>
        <source>The app %1</source>
        <translation>L&apos;app %1</translation>
    </message>
    <message>
        <source>Creating app %1</source>
        <translation>Création de l&apos;app %1</translation>
    </message>
    <message>
        <source>Updating app %1</source>
        <translation>Mise à jour de l&apos;app %1</translation>
    </message>
    <message>
        <source>Scaling app %1 to %2</source>
        <translation>Mise à l&apos;échelle de l&apos;app %1 à %2</translation>
    </message>
    <message>
        <source>Restarting app %1</source>
        <translation>Redémarrage de l&apos;app %1</translation>
    </message>
    <message>
        <source>Destroying app %1</source>
        <translation>Destruction de l&apos;app %1</translation>
    </message>
    <message>
        <source>Killing task %1</source>
        <translation>Arrêt de la tâche %1</translation>
    </message>
    <message>
        <source>Killing %1 tasks</source>
        <translation>Arrêt de %1 tâches</translation>
    </message>
    <message>
        <source>Stopping deployment %1</source>
        <translation>Arrêt du déploiement %1</translation>
    </message>
    <message>
        <source>Rolling back deployment %1</source>
        <translation>Retour arrière du déploiement %1</translation>
    </message>
    <message>
        <source>Importing app %1</source>
        <translation>Import de l&apos;app %1</translation>
    </message>
    <message>
        <source>Updating group %1</source>
        <translation>Mise à jour du groupe %1</translation>
    </message>
    <message>
        <source>Scaling group %1 by %2</source>
        <translation>Mise à l&apos;échelle du groupe %1 par %2</translation>
    </message>
    <message>
        <source>Destroying group %1</source>
        <translation>Destruction du groupe %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Reading the launch queue</source>
        <translation>Lecture de la file de lancement</translation>
    </message>
    <message>
        <source>Reading the tasks of %1</source>
        <translation>Lecture des tâches de %1</translation>
    </message>
    <message>
        <source>Resetting the launch delay of %1</source>
        <translation>Réinitialisation du délai de lancement de %1</translation>
    </message>
    <message>
        <source>Applying version %1 of %2</source>
        <translation>Application de la version %1 de %2</translation>
    </message>
    <message>
        <source>Reading the pods</source>
        <translation>Lecture des pods</translation>
    </message>
    <message>
        <source>Reading the status of pod %1</source>
        <translation>Lecture du statut du pod %1</translation>
    </message>
    <message>
        <source>Creating pod %1</source>
        <translation>Création du pod %1</translation>
    </message>
    <message>
        <source>Updating pod %1</source>
        <translation>Mise à jour du pod %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Scaling pod %1 to %2</source>
        <translation>Mise à l&apos;échelle du pod %1 à %2</translation>
    </message>
    <message>
        <source>Restarting pod %1</source>
        <translation>Redémarrage du pod %1</translation>
    </message>
    <message>
        <source>Destroying pod %1</source>
        <translation>Destruction du pod %1</translation>
    </message>
    <message>
        <source>Killing instance %1 of pod %2</source>
        <translation>Arrêt de l&apos;instance %1 du pod %2</translation>
    </message>
    <message>
        <source>%1 failed: Marathon wants credentials (401). Set the HTTP user and password (or the DC/OS token) in the cluster settings and try again.</source>
        <translation>%1 a échoué : Marathon demande des identifiants (401). Définissez l&apos;utilisateur et le mot de passe HTTP (ou le jeton DC/OS) dans les paramètres du cluster et réessayez.</translation>
    </message>
    <message>
        <source>%1 failed: Marathon refused it (403)%2. Ask for the permission, or wait until running deployments finish.</source>
        <translation>%1 a échoué : Marathon l&apos;a refusé (403)%2. Demandez l&apos;autorisation, ou attendez la fin des déploiements en cours.</translation>
    </message>
    <message>
        <source>not found (404).</source>
        <translation>introuvable (404).</translation>
    </message>
    <message>
        <source>%1 failed: the app is locked by deployment %2. Wait for it to finish, or force the change (this cancels the running deployment).</source>
        <translation>%1 a échoué : l&apos;app est verrouillée par le déploiement %2. Attendez qu&apos;il se termine, ou forcez la modification (cela annule le déploiement en cours).</translation>
    </message>
    <message>
        <source>conflict (409).</source>
        <translation>conflit (409).</translation>
    </message>
    <message>
        <source>%1 failed: Marathon rejected the definition (%2): %3</source>
        <translation>%1 a échoué : Marathon a refusé la définition (%2) : %3</translation>
    </message>
    <message>
        <source>%1 failed: Marathon answered %2%3. If the leader is changing, try again in a few seconds.</source>
        <translation>%1 a échoué : Marathon a répondu %2%3. Si le leader est en train de changer, réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>the group %1</source>
        <translation>le groupe %1</translation>
    </message>
    <message>
        <source>the versions of %1</source>
        <translation>les versions de %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>la version %1 de %2</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>le pod %1</translation>
    </message>
</context>
<context>
    <name>mc::marathon::MarathonParser</name>
    <message>
        <source>Marathon&apos;s app list</source>
        <translation>La liste des apps de Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s app list has no &quot;apps&quot; array.</source>
        <translation>La liste des apps de Marathon n&apos;a pas de tableau « apps ».</translation>
    </message>
    <message>
        <source>Marathon&apos;s task list</source>
        <translation>La liste des tâches de Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list</source>
        <translation>La liste des déploiements de Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s deployment list is not a JSON array.</source>
        <translation>La liste des déploiements de Marathon n&apos;est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info</source>
        <translation>/v2/info de Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info names no version.</source>
        <translation>/v2/info de Marathon n&apos;indique aucune version.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader</source>
        <translation>/v2/leader de Marathon</translation>
    </message>
    <message>
        <source>Marathon has no leader right now.</source>
        <translation>Marathon n&apos;a pas de leader pour le moment.</translation>
    </message>
    <message>
        <source>A Marathon event</source>
        <translation>Un événement Marathon</translation>
    </message>
</context>
<context>
    <name>mc::marathon::PodParser</name>
    <message>
        <source>%1 is not what Marathon answers there (Marathon 1.4 or later is needed for pods).</source>
        <translation>%1 n&apos;est pas ce que Marathon répond à cet endroit (les pods demandent Marathon 1.4 ou plus récent).</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/pods</source>
        <translation>/v2/pods de Marathon</translation>
    </message>
    <message>
        <source>The pod</source>
        <translation>Le pod</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/pods/::status</source>
        <translation>/v2/pods/::status de Marathon</translation>
    </message>
    <message>
        <source>The pod&apos;s status</source>
        <translation>L&apos;état du pod</translation>
    </message>
</context>
<context>
    <name>mc::marathon::TaskHealth</name>
    <message>
        <source>Marathon&apos;s task list of the app is not the JSON it should be.</source>
        <translation>La liste des tâches de l&apos;app renvoyée par Marathon n&apos;est pas le JSON attendu.</translation>
    </message>
</context>
<context>
    <name>mc::marathon::WhyNotRunning</name>
    <message>
        <source>resources of another role</source>
        <translation>ressources d&apos;un autre rôle</translation>
    </message>
    <message>
        <source>placement constraints</source>
        <translation>contraintes de placement</translation>
    </message>
    <message>
        <source>no matching reservation</source>
        <translation>aucune réservation correspondante</translation>
    </message>
    <message>
        <source>agent in maintenance</source>
        <translation>agent en maintenance</translation>
    </message>
    <message>
        <source>not enough CPUs</source>
        <translation>pas assez de CPU</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>pas assez de mémoire</translation>
    </message>
    <message>
        <source>not enough disk</source>
        <translation>pas assez de disque</translation>
    </message>
    <message>
        <source>not enough GPUs</source>
        <translation>pas assez de GPU</translation>
    </message>
    <message>
        <source>not enough ports</source>
        <translation>pas assez de ports</translation>
    </message>
    <message>
        <source>scarce resources (GPU agents kept for GPU apps)</source>
        <translation>ressources rares (agents GPU réservés aux apps GPU)</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (agent %2)</translation>
    </message>
    <message>
        <source>Asks %1 host ports; the most free is %2 on %3.</source>
        <translation>Demande %1 ports d&apos;hôte ; le plus grand nombre libre est %2 sur %3.</translation>
    </message>
    <message>
        <source>Asks %1 CPUs; the largest free is %2 on %3.</source>
        <translation>Demande %1 CPU ; le plus grand libre est %2 sur %3.</translation>
    </message>
    <message>
        <source>Asks %1 of memory; the largest free is %2 on %3.</source>
        <translation>Demande %1 de mémoire ; le plus grand libre est %2 sur %3.</translation>
    </message>
    <message>
        <source>Asks %1 of disk; the largest free is %2 on %3.</source>
        <translation>Demande %1 de disque ; le plus grand libre est %2 sur %3.</translation>
    </message>
    <message>
        <source>Asks %1 GPUs; the most free is %2 on %3.</source>
        <translation>Demande %1 GPU ; le plus grand nombre libre est %2 sur %3.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1: no agent offered matches (%2 has: %3).</source>
        <translation>%1 : aucun agent proposé ne correspond (%2 a : %3).</translation>
    </message>
    <message>
        <source>%1: the agents offered already hold as many instances as it allows.</source>
        <translation>%1 : les agents proposés portent déjà autant d&apos;instances qu&apos;elle le permet.</translation>
    </message>
    <message>
        <source>Constraint %1</source>
        <translation>Contrainte %1</translation>
    </message>
    <message>
        <source>Accepts only roles %1; the agents offered other roles.</source>
        <translation>N&apos;accepte que les rôles %1 ; les agents ont proposé d&apos;autres rôles.</translation>
    </message>
    <message>
        <source>Unhealthy tasks by cause:</source>
        <translation>Tâches non saines par cause :</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>(no cause given)</source>
        <translation>(aucune cause indiquée)</translation>
    </message>
    <message>
        <source>  %1 on %2, check %3: not alive, %4 consecutive failures, last success %5, last failure %6: %7</source>
        <translation>  %1 sur %2, contrôle %3 : non vivant, %4 échecs consécutifs, dernier succès %5, dernier échec %6 : %7</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is not in Marathon&apos;s launch queue: nothing waits to be launched.</source>
        <translation>%1 n&apos;est pas dans la file de lancement de Marathon : rien n&apos;attend d&apos;être lancé.</translation>
    </message>
    <message>
        <source>This Marathon (before 1.4) does not say why offers were declined; only the count and the delay are known.</source>
        <translation>Ce Marathon (antérieur à 1.4) n&apos;indique pas pourquoi les offres ont été refusées ; seuls le nombre et le délai sont connus.</translation>
    </message>
    <message>
        <source>Last task failure: %1 (%2) on %3 at %4, version %5</source>
        <translation>Dernier échec de tâche : %1 (%2) sur %3 à %4, version %5</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>Delayed after failures: next launch in %1 s (back-off).</source>
        <translation>Retardée après des échecs : prochain lancement dans %1 s (délai croissant).</translation>
    </message>
    <message>
        <source>Waiting for offers; left to launch: %1.</source>
        <translation>En attente d&apos;offres ; reste à lancer : %1.</translation>
    </message>
    <message>
        <source>In the queue since %1.</source>
        <translation>Dans la file depuis %1.</translation>
    </message>
    <message>
        <source>Offers processed: %1, unused: %2.</source>
        <translation>Offres traitées : %1, inutilisées : %2.</translation>
    </message>
    <message>
        <source>  %1: declined %2 of %3 last offers (%4)</source>
        <translation>  %1 : %2 des %3 dernières offres refusées (%4)</translation>
    </message>
    <message>
        <source>  Unused offer of %1 (%2): %3</source>
        <translation>  Offre inutilisée de %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>mc::mesos::ExecutorStatistics</name>
    <message>
        <source>The agent&apos;s resource statistics are not a JSON array.</source>
        <translation>Les statistiques de ressources de l&apos;agent ne sont pas un tableau JSON.</translation>
    </message>
</context>
<context>
    <name>mc::mesos::MesosOperator</name>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Draining agent %1</source>
        <translation>Vidage de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Deactivating agent %1</source>
        <translation>Désactivation de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Reactivating agent %1</source>
        <translation>Réactivation de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Marking agent %1 gone</source>
        <translation>Marquage de l&apos;agent %1 comme disparu</translation>
    </message>
    <message>
        <source>Scheduling maintenance of %1</source>
        <translation>Planification de la maintenance de %1</translation>
    </message>
    <message>
        <source>Bringing %1 down</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <source>Bringing %1 up</source>
        <translation>Remise en service de %1</translation>
    </message>
    <message>
        <source>Tearing down framework %1</source>
        <translation>Démantèlement du framework %1</translation>
    </message>
    <message>
        <source>Mesos %1 has no %2: it came with Mesos %3.%4.</source>
        <translation>Mesos %1 n&apos;a pas %2 : il est arrivé avec Mesos %3.%4.</translation>
    </message>
    <message>
        <source>The master&apos;s /version</source>
        <translation>Le /version du master</translation>
    </message>
    <message>
        <source>The master&apos;s agents</source>
        <translation>Les agents du master</translation>
    </message>
    <message>
        <source>The maintenance schedule</source>
        <translation>Le calendrier de maintenance</translation>
    </message>
    <message>
        <source>The maintenance status</source>
        <translation>L&apos;état de maintenance</translation>
    </message>
    <message>
        <source>The master&apos;s roles</source>
        <translation>Les rôles du master</translation>
    </message>
    <message>
        <source>%1: Mesos refused: %2</source>
        <translation>%1 : Mesos a refusé : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mc::mesos::MesosParser</name>
    <message>
        <source>The master state</source>
        <translation>L&apos;état du master</translation>
    </message>
    <message>
        <source>The master state summary</source>
        <translation>Le résumé de l&apos;état du master</translation>
    </message>
    <message>
        <source>The task list</source>
        <translation>La liste des tâches</translation>
    </message>
    <message>
        <source>The metrics snapshot</source>
        <translation>L&apos;instantané des métriques</translation>
    </message>
    <message>
        <source>The metrics snapshot is not a JSON object.</source>
        <translation>L&apos;instantané des métriques n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry</source>
        <translation>L&apos;entrée ZooKeeper du master</translation>
    </message>
    <message>
        <source>The master&apos;s ZooKeeper entry names no address (no ip, hostname or pid).</source>
        <translation>L&apos;entrée ZooKeeper du master n&apos;indique aucune adresse (ni ip, ni hostname, ni pid).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 came back empty where JSON was expected.</source>
        <translation>%1 est revenu vide alors que du JSON était attendu.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream</source>
        <translation>Un événement du flux du master</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream has no type.</source>
        <translation>Un événement du flux du master n&apos;a pas de type.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>An event of the master&apos;s stream repeats the key &quot;%1&quot;.</source>
        <translation>Un événement du flux du master répète la clé « %1 ».</translation>
    </message>
    <message>
        <source>&apos;,&apos; where a task was expected</source>
        <translation>« , » là où une tâche était attendue</translation>
    </message>
    <message>
        <source>&apos;]&apos; after &apos;,&apos;</source>
        <translation>« ] » après « , »</translation>
    </message>
    <message>
        <source>a task list&apos;s elements without &apos;,&apos;</source>
        <translation>des éléments d’une liste de tâches sans « , »</translation>
    </message>
    <message>
        <source>&apos;}&apos; in a task list</source>
        <translation>« } » dans une liste de tâches</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>a value where a key was expected</source>
        <translation>une valeur là où une clé était attendue</translation>
    </message>
</context>
<context>
    <name>mc::mesos::TaskState</name>
    <message>
        <source>staging</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>killing</source>
        <translation>en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tuée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>gone by operator</source>
        <translation>retirée par l&apos;opérateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>mc::models::AgentsModel</name>
    <message>
        <source>recovering</source>
        <translation>en récupération</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>ID de l&apos;agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
</context>
<context>
    <name>mc::models::AppGroupTreeModel</name>
    <message>
        <source>Of all instances of the apps in %1</source>
        <translation>De toutes les instances des apps de %1</translation>
    </message>
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
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Préparées</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saines</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non saines</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>En déploiement</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Image / command</source>
        <translation>Image / commande</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>en déploiement</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>delayed %1 s</source>
        <translation>retardée de %1 s</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>en attente : %1</translation>
    </message>
    <message>
        <source>See the Why tab of the app&apos;s details for the reasons.</source>
        <translation>Voir l&apos;onglet Pourquoi des détails de l&apos;app pour les raisons.</translation>
    </message>
    <message>
        <source>Launch queue</source>
        <translation>File de lancement</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>%1 CPUs · %2</source>
        <translation>%1 CPU · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) measured: %1 of %2 CPUs, %3 of %4 memory</source>
        <translation>
            <numerusform>%n tâche mesurée : %1 sur %2 CPU, %3 sur %4 de mémoire</numerusform>
            <numerusform>%n tâches mesurées : %1 sur %2 CPU, %3 sur %4 de mémoire</numerusform>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>mc::models::ClustersModel</name>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no leader</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no tasks</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>none waiting or failing</source>
        <translation>aucune en attente ni en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Agents active / total</source>
        <translation>Agents actifs / total</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tâches par état</translation>
    </message>
    <message>
        <source>Apps waiting or failing</source>
        <translation>Apps en attente ou en échec</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>mc::models::DeploymentsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Deployment ID</source>
        <translation>ID du déploiement</translation>
    </message>
</context>
<context>
    <name>mc::models::FrameworksModel</name>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Tâches actives</translation>
    </message>
    <message>
        <source>CPUs used</source>
        <translation>CPU utilisés</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>ID du framework</translation>
    </message>
    <message>
        <source>The scheduler is disconnected: its tasks run on, nobody launches or kills any until it comes back (or its failover timeout ends)</source>
        <translation>Le scheduler est déconnecté : ses tâches continuent de tourner, personne n&apos;en lance ni n&apos;en tue jusqu&apos;à son retour (ou la fin de son délai de failover)</translation>
    </message>
    <message>
        <source>The framework is inactive: it gets no offers</source>
        <translation>Le framework est inactif : il ne reçoit aucune offre</translation>
    </message>
</context>
<context>
    <name>mc::models::ImportPlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec : %1 : %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes / reason</source>
        <translation>Modifications / raison</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (pod)</source>
        <translation>%1 (pod)</translation>
    </message>
    <message>
        <source>%1 (pod, from %2)</source>
        <translation>%1 (pod, depuis %2)</translation>
    </message>
    <message>
        <source>App or pod</source>
        <translation>App ou pod</translation>
    </message>
</context>
<context>
    <name>mc::models::InventoryTreeModel</name>
    <message>
        <source>1 host</source>
        <translation>1 hôte</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 hôtes</translation>
    </message>
    <message>
        <source> · zoo_id %1</source>
        <translation> · zoo_id %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address / hosts</source>
        <translation>Adresse / hôtes</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Renommer le groupe %1</translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation>Renommer l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Copy hosts to %1</source>
        <translation>Copier les hôtes vers %1</translation>
    </message>
    <message>
        <source>Move hosts to %1</source>
        <translation>Déplacer les hôtes vers %1</translation>
    </message>
</context>
<context>
    <name>mc::models::PodsModel</name>
    <message numerus="yes">
        <source>%1 of %n wanted instance(s) stable</source>
        <translation>
            <numerusform>Stables : %1 sur %n instance voulue</numerusform>
            <numerusform>Stables : %1 sur %n instances voulues</numerusform>
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
        <translation>Instances</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points d&apos;accès</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
</context>
<context>
    <name>mc::models::ProfileEditCommand</name>
    <message>
        <source>Change cluster settings</source>
        <translation>Modifier les paramètres du cluster</translation>
    </message>
</context>
<context>
    <name>mc::models::RolesModel</name>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>%1 de disque</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Quota guarantee</source>
        <translation>Garantie de quota</translation>
    </message>
    <message>
        <source>Quota limit</source>
        <translation>Limite de quota</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
</context>
<context>
    <name>mc::models::RoutesModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No running, healthy task: requests get 503.</source>
        <translation>Aucune tâche en cours et saine : les requêtes reçoivent 503.</translation>
    </message>
    <message>
        <source>Tasks that get no traffic: not running, or failing their health checks.</source>
        <translation>Tâches qui ne reçoivent aucun trafic : arrêtées, ou en échec de leurs contrôles de santé.</translation>
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
        <translation>Ports de service</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ignorées</translation>
    </message>
</context>
<context>
    <name>mc::models::SandboxModel</name>
    <message>
        <source>%1
%2 bytes · %3 %4:%5</source>
        <translation>%1
%2 octets · %3 %4:%5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>mc::models::ServicesModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 sur %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>host key</source>
        <translation>clé d&apos;hôte</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <source>SSH timeout</source>
        <translation>délai SSH dépassé</translation>
    </message>
    <message>
        <source>needs sudo</source>
        <translation>sudo requis</translation>
    </message>
    <message>
        <source>no SSH</source>
        <translation>pas de SSH</translation>
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
        <translation>sain</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>non sain</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
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
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>measuring (two samples needed)</source>
        <translation>mesure en cours (deux échantillons nécessaires)</translation>
    </message>
    <message>
        <source>%1 of %2 CPUs</source>
        <translation>%1 sur %2 CPU</translation>
    </message>
    <message>
        <source>%1; throttled %2 s in all</source>
        <translation>%1 ; bridée %2 s au total</translation>
    </message>
    <message>
        <source>%1 resident of a %2 limit</source>
        <translation>%1 résidents pour une limite de %2</translation>
    </message>
</context>
<context>
    <name>mc::models::VariablesModel</name>
    <message>
        <source>this group</source>
        <translation>ce groupe</translation>
    </message>
    <message>
        <source>group_vars file</source>
        <translation>fichier group_vars</translation>
    </message>
    <message>
        <source>group all</source>
        <translation>groupe all</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
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
        <translation>cet hôte</translation>
    </message>
    <message>
        <source>host_vars file</source>
        <translation>fichier host_vars</translation>
    </message>
    <message>
        <source>Inherited from %1; set it on this host to override.</source>
        <translation>Hérité de %1 ; définissez-la sur cet hôte pour la remplacer.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation>Une variable doit avoir un nom.</translation>
    </message>
    <message>
        <source>Rename variable %1</source>
        <translation>Renommer la variable %1</translation>
    </message>
    <message>
        <source>Select a host or group first.</source>
        <translation>Sélectionnez d&apos;abord un hôte ou un groupe.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>The value is not valid YAML (quote text with &quot;...&quot;): %1</source>
        <translation>La valeur n&apos;est pas du YAML valide (mettez le texte entre &quot;...&quot;) : %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>« %1 » n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
</context>
<context>
    <name>mc::provision::AgentDrain</name>
    <message>
        <source>No Mesos master to drain the agents through: give the cluster&apos;s master.</source>
        <translation>Aucun master Mesos par lequel vider les agents : indiquez le master du cluster.</translation>
    </message>
    <message>
        <source>No Mesos master answers: %1</source>
        <translation>Aucun master Mesos ne répond : %1</translation>
    </message>
    <message>
        <source>Cannot read the state of agent %1: %2</source>
        <translation>Impossible de lire l&apos;état de l&apos;agent %1 : %2</translation>
    </message>
    <message>
        <source>Agent %1 left the master while it drained.</source>
        <translation>L&apos;agent %1 a quitté le master pendant son vidage.</translation>
    </message>
    <message numerus="yes">
        <source>agent %1: %2 (%n s)</source>
        <translation>
            <numerusform>agent %1 : %2 (%n s)</numerusform>
            <numerusform>agent %1 : %2 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not draining</source>
        <translation>pas en vidage</translation>
    </message>
    <message>
        <source>Agent %1 is no longer draining (reactivated meanwhile?).</source>
        <translation>L&apos;agent %1 n&apos;est plus en vidage (réactivé entre-temps ?).</translation>
    </message>
    <message>
        <source>Cancelled while agent %1 was still %2.</source>
        <translation>Annulé alors que l&apos;agent %1 était encore %2.</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. It stays deactivated; tasks with a long kill grace period keep it draining: run again later, with a longer timeout or a shorter max grace period, or reactivate it.</source>
        <translation>
            <numerusform>L&apos;agent %1 est encore %2 après %n s, le délai de vidage : rien ne lui a été appliqué. Il reste désactivé ; des tâches avec un long délai de grâce avant arrêt le maintiennent en vidage : relancez plus tard, avec un délai plus long ou un délai de grâce maximal plus court, ou réactivez-le.</numerusform>
            <numerusform>L&apos;agent %1 est encore %2 après %n s, le délai de vidage : rien ne lui a été appliqué. Il reste désactivé ; des tâches avec un long délai de grâce avant arrêt le maintiennent en vidage : relancez plus tard, avec un délai plus long ou un délai de grâce maximal plus court, ou réactivez-le.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::provision::AgentIdentity</name>
    <message>
        <source>agent %1: %2 would change its attributes/resources%3: the agent keeps the old ones in /var/lib/mesos/meta and refuses to start until `%4` is run there; it then registers with a new agent id and its running tasks are lost</source>
        <translation>agent %1 : %2 modifierait ses attributs/ressources%3 : l&apos;agent garde les anciens dans /var/lib/mesos/meta et refuse de démarrer tant que `%4` n&apos;y est pas exécuté ; il s&apos;enregistre ensuite avec un nouvel identifiant d&apos;agent et ses tâches en cours sont perdues</translation>
    </message>
    <message>
        <source>agent %1: %2 changed its attributes/resources%3: the agent keeps the old ones in /var/lib/mesos/meta and refuses to start until `%4` is run there; it then registers with a new agent id and its running tasks are lost</source>
        <translation>agent %1 : %2 a modifié ses attributs/ressources%3 : l&apos;agent garde les anciens dans /var/lib/mesos/meta et refuse de démarrer tant que `%4` n&apos;y est pas exécuté ; il s&apos;enregistre ensuite avec un nouvel identifiant d&apos;agent et ses tâches en cours sont perdues</translation>
    </message>
    <message>
        <source> (if this agent has run before)</source>
        <translation> (si cet agent a déjà tourné)</translation>
    </message>
    <message>
        <source>agent %1: %2 would change its attributes/resources: the agent would be drained first and its id removed; it registers under a new agent id and is reactivated</source>
        <translation>agent %1 : %2 modifierait ses attributs/ressources : l&apos;agent serait d&apos;abord vidé et son identifiant supprimé ; il s&apos;enregistre sous un nouvel identifiant d&apos;agent et est réactivé</translation>
    </message>
    <message>
        <source>agent %1: %2 changed its attributes/resources: the agent was drained first and its id removed; it registers under a new agent id and is reactivated</source>
        <translation>agent %1 : %2 a modifié ses attributs/ressources : l&apos;agent a d&apos;abord été vidé et son identifiant supprimé ; il s&apos;enregistre sous un nouvel identifiant d&apos;agent et est réactivé</translation>
    </message>
</context>
<context>
    <name>mc::provision::Drift</name>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>%1: check failed: %2</source>
        <translation>%1 : échec de la vérification : %2</translation>
    </message>
    <message>
        <source>flag --%1 is not set in the running process (%2 writes &apos;%3&apos;; restart needed)</source>
        <translation>le flag --%1 n&apos;est pas défini dans le processus en cours (%2 écrit « %3 » ; redémarrage nécessaire)</translation>
    </message>
    <message>
        <source>flag --%1 runs with &apos;%2&apos;, %3 says &apos;%4&apos; (restart needed)</source>
        <translation>le flag --%1 tourne avec « %2 », %3 indique « %4 » (redémarrage nécessaire)</translation>
    </message>
    <message>
        <source>running flags not read from %1: %2</source>
        <translation>flags en vigueur non lus depuis %1 : %2</translation>
    </message>
    <message>
        <source>running flags not read from %1: HTTP %2</source>
        <translation>flags en vigueur non lus depuis %1 : HTTP %2</translation>
    </message>
    <message>
        <source>running flags from %1 are not JSON: %2</source>
        <translation>les flags en vigueur de %1 ne sont pas du JSON : %2</translation>
    </message>
    <message>
        <source>running flags read from %1: %2 of %3 as the files say</source>
        <translation>flags en vigueur lus depuis %1 : %2 sur %3 conformes aux fichiers</translation>
    </message>
</context>
<context>
    <name>mc::provision::Planner</name>
    <message>
        <source>%1: ip is &apos;%2&apos;, not an IPv4 address (Mesos takes only an address for --ip). Set ip=&lt;IPv4 address&gt; for %1 in the inventory, or remove ip to use the address the host reports.</source>
        <translation>%1 : ip vaut « %2 », ce n’est pas une adresse IPv4 (Mesos n’accepte qu’une adresse pour --ip). Définissez ip=&lt;adresse IPv4&gt; pour %1 dans l’inventaire, ou retirez ip pour utiliser l’adresse que l’hôte indique.</translation>
    </message>
    <message>
        <source>%1: no IPv4 address for ip: its address &apos;%2&apos; is a name and Mesos takes only an address for --ip. Run the host checks (they ask %1 for its address over SSH) or set ip=&lt;IPv4 address&gt; for %1 in the inventory.</source>
        <translation>%1 : pas d’adresse IPv4 pour ip : son adresse « %2 » est un nom et Mesos n’accepte qu’une adresse pour --ip. Lancez les contrôles des hôtes (ils demandent son adresse à %1 via SSH) ou définissez ip=&lt;adresse IPv4&gt; pour %1 dans l’inventaire.</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is neither a host nor a group of the inventory.</source>
        <translation>--limit : &apos;%1&apos; n&apos;est ni un hôte ni un groupe de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>The inventory has no masters or agents (groups %1 / %2).</source>
        <translation>L&apos;inventaire n&apos;a ni masters ni agents (groupes %1 / %2).</translation>
    </message>
    <message>
        <source>--limit %1 selects no master or agent.</source>
        <translation>--limit %1 ne sélectionne aucun master ni agent.</translation>
    </message>
    <message>
        <source>%1 rendering errors:
%2</source>
        <translation>%1 erreurs de rendu :
%2</translation>
    </message>
</context>
<context>
    <name>mc::provision::Postflight</name>
    <message>
        <source>cannot ask %1: %2</source>
        <translation>impossible d&apos;interroger %1 : %2</translation>
    </message>
    <message>
        <source>srvr is not allowed (4lw.commands.whitelist): %1</source>
        <translation>srvr n&apos;est pas autorisé (4lw.commands.whitelist) : %1</translation>
    </message>
    <message>
        <source>running, but not serving: no quorum (%1)</source>
        <translation>en marche, mais ne sert pas : pas de quorum (%1)</translation>
    </message>
    <message>
        <source>unexpected answer to srvr: %1</source>
        <translation>réponse inattendue à srvr : %1</translation>
    </message>
    <message>
        <source>leader: %1</source>
        <translation>leader : %1</translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation>redirection sans en-tête Location</translation>
    </message>
    <message>
        <source>no leader elected (503: %1)</source>
        <translation>aucun leader élu (503 : %1)</translation>
    </message>
    <message>
        <source>/master/redirect answered HTTP %1</source>
        <translation>/master/redirect a répondu HTTP %1</translation>
    </message>
    <message>
        <source>/ping answered HTTP %1</source>
        <translation>/ping a répondu HTTP %1</translation>
    </message>
    <message>
        <source>one server, standalone</source>
        <translation>un seul serveur, autonome (standalone)</translation>
    </message>
    <message>
        <source>%1 leader, %2 followers of %3 servers</source>
        <translation>%1 leader, %2 followers sur %3 serveurs</translation>
    </message>
    <message>
        <source>: more than one leader (split ensemble: check server.N lines and myid)</source>
        <translation> : plus d&apos;un leader (ensemble scindé : vérifiez les lignes server.N et myid)</translation>
    </message>
    <message>
        <source>: no quorum</source>
        <translation> : pas de quorum</translation>
    </message>
    <message>
        <source>; not serving: %1</source>
        <translation> ; ne servent pas : %1</translation>
    </message>
    <message>
        <source>ZooKeeper %1: no Mesos master registered</source>
        <translation>ZooKeeper %1 : aucun master Mesos enregistré</translation>
    </message>
    <message>
        <source>ZooKeeper %1 names %2 (%3 registered)</source>
        <translation>ZooKeeper %1 désigne %2 (%3 enregistrés)</translation>
    </message>
    <message>
        <source>leader elected: %1 (%2 of %3 masters agree)</source>
        <translation>leader élu : %1 (%2 masters sur %3 sont d&apos;accord)</translation>
    </message>
    <message>
        <source>; not answering: %1</source>
        <translation> ; ne répondent pas : %1</translation>
    </message>
    <message>
        <source>masters name different leaders: %1</source>
        <translation>les masters désignent des leaders différents : %1</translation>
    </message>
    <message>
        <source>leader elected per ZooKeeper: %1; the masters do not answer here: %2</source>
        <translation>leader élu selon ZooKeeper : %1 ; les masters ne répondent pas ici : %2</translation>
    </message>
    <message>
        <source>no leader elected: %1</source>
        <translation>aucun leader élu : %1</translation>
    </message>
    <message>
        <source>%1 of %2 answer /ping</source>
        <translation>%1 sur %2 répondent à /ping</translation>
    </message>
</context>
<context>
    <name>mc::provision::Preflight</name>
    <message>
        <source>No masters: put 1, 3 or 5 hosts in the group %1.</source>
        <translation>Aucun master : mettez 1, 3 ou 5 hôtes dans le groupe %1.</translation>
    </message>
    <message>
        <source>%1 masters: ZooKeeper and the Mesos registry need an odd count (1, 3 or 5); with %1 a single failure can still stop the cluster. Add or remove one.</source>
        <translation>%1 masters : ZooKeeper et le registre Mesos ont besoin d&apos;un nombre impair (1, 3 ou 5) ; avec %1, une seule panne peut encore arrêter le cluster. Ajoutez-en ou retirez-en un.</translation>
    </message>
    <message>
        <source>No agents: tasks will have nowhere to run.</source>
        <translation>Aucun agent : les tâches n&apos;auront nulle part où s&apos;exécuter.</translation>
    </message>
    <message>
        <source>has no zoo_id: give every master a unique zoo_id (1..255).</source>
        <translation>n&apos;a pas de zoo_id : donnez à chaque master une zoo_id unique (1..255).</translation>
    </message>
    <message>
        <source>zoo_id &apos;%1&apos; is not a number in 1..255.</source>
        <translation>la zoo_id « %1 » n&apos;est pas un nombre entre 1 et 255.</translation>
    </message>
    <message>
        <source>zoo_id %1 is also %2&apos;s: ZooKeeper ids must be unique.</source>
        <translation>la zoo_id %1 est aussi celle de %2 : les identifiants ZooKeeper doivent être uniques.</translation>
    </message>
    <message>
        <source>%1=%2, but %3 masters need a quorum of %4 (a majority); remove the variable, the console computes it.</source>
        <translation>%1=%2, mais %3 masters ont besoin d&apos;un quorum de %4 (une majorité) ; retirez la variable, la console le calcule.</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s admin server and Marathon both want port %1: set zk_admin_server: false or another zk_admin_port.</source>
        <translation>Le serveur d&apos;administration de ZooKeeper et Marathon veulent tous deux le port %1 : définissez zk_admin_server: false ou un autre zk_admin_port.</translation>
    </message>
    <message>
        <source>%1, init system %2</source>
        <translation>%1, système d&apos;init %2</translation>
    </message>
    <message>
        <source>unknown OS (no /etc/os-release)</source>
        <translation>OS inconnu (pas de /etc/os-release)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>sudo does not work for the login user.</source>
        <translation>sudo ne fonctionne pas pour l&apos;utilisateur de connexion.</translation>
    </message>
    <message>
        <source>its host name %1 resolves to %2 (Debian/Ubuntu&apos;s /etc/hosts default): ZooKeeper and Mesos would bind to loopback and the ensemble never forms. Map the name to the host&apos;s real address in /etc/hosts.</source>
        <translation>son nom d&apos;hôte %1 se résout en %2 (valeur par défaut du /etc/hosts de Debian/Ubuntu) : ZooKeeper et Mesos se lieraient au loopback et l&apos;ensemble ne se formerait jamais. Associez le nom à l&apos;adresse réelle de l&apos;hôte dans /etc/hosts.</translation>
    </message>
    <message>
        <source>its clock is %1 s off this machine&apos;s: run NTP (chrony) everywhere.</source>
        <translation>son horloge a %1 s d&apos;écart avec celle de cette machine : utilisez NTP (chrony) partout.</translation>
    </message>
    <message>
        <source>only %1 MiB free under /var (ZooKeeper, Mesos and Docker keep data there).</source>
        <translation>seulement %1 Mio libres sous /var (ZooKeeper, Mesos et Docker y conservent leurs données).</translation>
    </message>
    <message>
        <source>no systemd and no /etc/init.d: services cannot be managed.</source>
        <translation>ni systemd ni /etc/init.d : les services ne peuvent pas être gérés.</translation>
    </message>
    <message>
        <source> by %1 (pid %2%3)</source>
        <translation> par %1 (pid %2%3)</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>port 8080 is held by ZooKeeper (its admin server): Marathon cannot start. Set admin.enableServer=false (recipe variable zk_admin_server: false).</source>
        <translation>le port 8080 est occupé par ZooKeeper (son serveur d&apos;administration) : Marathon ne peut pas démarrer. Définissez admin.enableServer=false (variable de recette zk_admin_server: false).</translation>
    </message>
    <message>
        <source>port %1 is already in use%2.</source>
        <translation>le port %1 est déjà utilisé%2.</translation>
    </message>
    <message>
        <source>it reports no IPv4 address (SSH_CONNECTION, hostname -I and its resolved name gave none)</source>
        <translation>il n&apos;indique aucune adresse IPv4 (SSH_CONNECTION, hostname -I et son nom résolu n&apos;en ont donné aucune)</translation>
    </message>
    <message>
        <source>%1: cannot learn its IPv4 address: %2</source>
        <translation>%1 : impossible d&apos;obtenir son adresse IPv4 : %2</translation>
    </message>
</context>
<context>
    <name>mc::provision::ProbeSocket</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>connected, but no answer within %1 ms</source>
        <translation>connecté, mais aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>connected, but it closed without answering</source>
        <translation>connecté, mais la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <source>not an HTTP answer: %1</source>
        <translation>pas une réponse HTTP : %1</translation>
    </message>
</context>
<context>
    <name>mc::provision::ProvisionRunner</name>
    <message>
        <source>A provisioning run is going on already.</source>
        <translation>Un provisionnement est déjà en cours.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed or unreachable</source>
        <translation>
            <numerusform>%n hôte en échec ou injoignable</numerusform>
            <numerusform>%n hôtes en échec ou injoignables</numerusform>
        </translation>
    </message>
    <message>
        <source>The attributes/resources of agent(s) %1 would change, and they cannot be drained first: %2 Nothing was changed.</source>
        <translation>Les attributs/ressources du ou des agents %1 changeraient, et ils ne peuvent pas être vidés d&apos;abord : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>drain agent</source>
        <translation>vider l&apos;agent</translation>
    </message>
    <message>
        <source>remove the agent id</source>
        <translation>supprimer l&apos;identifiant d&apos;agent</translation>
    </message>
    <message>
        <source>reactivate agent</source>
        <translation>réactiver l&apos;agent</translation>
    </message>
    <message>
        <source>would drain agent %1 at %2 (Mesos %3) until DRAINED, remove %4, apply, reactivate it</source>
        <translation>viderait l&apos;agent %1 via %2 (Mesos %3) jusqu&apos;à DRAINED, supprimerait %4, appliquerait, puis le réactiverait</translation>
    </message>
    <message>
        <source>no agent of %1 is registered at %2: nothing to drain; would remove %3 and apply</source>
        <translation>aucun agent de %1 n&apos;est enregistré auprès de %2 : rien à vider ; supprimerait %3 et appliquerait</translation>
    </message>
    <message>
        <source>draining agent %1 before its attributes/resources change</source>
        <translation>vidage de l&apos;agent %1 avant la modification de ses attributs/ressources</translation>
    </message>
    <message numerus="yes">
        <source>agent %1 DRAINED after %n s</source>
        <translation>
            <numerusform>agent %1 DRAINED après %n s</numerusform>
            <numerusform>agent %1 DRAINED après %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent of %1 is registered at %2: nothing to drain</source>
        <translation>aucun agent de %1 n&apos;est enregistré auprès de %2 : rien à vider</translation>
    </message>
    <message>
        <source> (agent %1 stays drained and deactivated)</source>
        <translation> (l&apos;agent %1 reste vidé et désactivé)</translation>
    </message>
    <message>
        <source>no agent of %1 is registered yet: it registers under a new id when it starts</source>
        <translation>aucun agent de %1 n&apos;est encore enregistré : il s&apos;enregistrera sous un nouvel identifiant à son démarrage</translation>
    </message>
    <message>
        <source>agent %1 registered under a new id, active</source>
        <translation>agent %1 enregistré sous un nouvel identifiant, actif</translation>
    </message>
    <message>
        <source>agent %1 is active</source>
        <translation>l&apos;agent %1 est actif</translation>
    </message>
    <message>
        <source>reactivated agent %1</source>
        <translation>agent %1 réactivé</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
</context>
<context>
    <name>mc::provision::RecipeLoader</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 doit être une valeur unique</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 doit être une liste de noms</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no kind (one of package, repository, template, copy, directory, command, service, wait_for)</source>
        <translation>%1 &apos;%2&apos; n&apos;a pas de type (l&apos;un de package, repository, template, copy, directory, command, service, wait_for)</translation>
    </message>
    <message>
        <source>%1 needs a mapping of its options</source>
        <translation>%1 nécessite un mapping de ses options</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; (allowed: %3)</source>
        <translation>%1 : option &apos;%2&apos; inconnue (autorisées : %3)</translation>
    </message>
    <message>
        <source>%1 option &apos;%2&apos;</source>
        <translation>%1, option &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: missing option &apos;%2&apos;</source>
        <translation>%1 : option &apos;%2&apos; manquante</translation>
    </message>
    <message>
        <source>%1: %2 must be one of %3, not &apos;%4&apos;</source>
        <translation>%1 : %2 doit valoir l&apos;un de %3, pas &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number, not &apos;%3&apos;</source>
        <translation>%1 : %2 doit être un nombre entier, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: mode must be octal digits in quotes, such as &quot;0644&quot;, not &apos;%2&apos;</source>
        <translation>%1 : mode doit être fait de chiffres octaux entre guillemets, comme &quot;0644&quot;, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: names is empty</source>
        <translation>%1 : names est vide</translation>
    </message>
    <message>
        <source>%1: give state and/or enabled</source>
        <translation>%1 : indiquez state et/ou enabled</translation>
    </message>
    <message>
        <source>%1: give either port or url</source>
        <translation>%1 : indiquez soit port, soit url</translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; has two handlers named &apos;%3&apos;</source>
        <translation>%1 : le rôle &apos;%2&apos; a deux handlers nommés &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Recipe %1 does not exist.</source>
        <translation>La recette %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Recipe %1 is not valid YAML: %2</source>
        <translation>La recette %1 n&apos;est pas du YAML valide : %2</translation>
    </message>
    <message>
        <source>%1: a recipe is a mapping with name, variables, apply and roles</source>
        <translation>%1 : une recette est un mapping avec name, variables, apply et roles</translation>
    </message>
    <message>
        <source>%1: missing &apos;recipe: 1&apos; (the format version)</source>
        <translation>%1 : &apos;recipe: 1&apos; manquant (la version du format)</translation>
    </message>
    <message>
        <source>%1: missing &apos;roles&apos; (a mapping of role name to steps)</source>
        <translation>%1 : &apos;roles&apos; manquant (un mapping des noms de rôle vers leurs étapes)</translation>
    </message>
    <message>
        <source>%1: missing &apos;apply&apos; (which roles masters and agents get)</source>
        <translation>%1 : &apos;apply&apos; manquant (quels rôles reçoivent les masters et les agents)</translation>
    </message>
    <message>
        <source>%1: template &apos;%2&apos; of step &apos;%3&apos; not found (looked for %4)</source>
        <translation>%1 : modèle &apos;%2&apos; de l&apos;étape &apos;%3&apos; introuvable (cherché : %4)</translation>
    </message>
    <message>
        <source>%1 errors in recipe %2:
%3</source>
        <translation>%1 erreurs dans la recette %2 :
%3</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>a handler of role &apos;%1&apos; must be a mapping (name: ..., &lt;kind&gt;: ...)</source>
        <translation>un handler du rôle &apos;%1&apos; doit être un mapping (name: ..., &lt;kind&gt;: ...)</translation>
    </message>
    <message>
        <source>a step of role &apos;%1&apos; must be a mapping (name: ..., &lt;kind&gt;: ...)</source>
        <translation>une étape du rôle &apos;%1&apos; doit être un mapping (name: ..., &lt;kind&gt;: ...)</translation>
    </message>
    <message>
        <source>a handler cannot notify other handlers</source>
        <translation>un handler ne peut pas notifier d&apos;autres handlers</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a handler (expected name, notify, when and one of: %2)</source>
        <translation>clé &apos;%1&apos; inconnue dans un handler (attendu : name, notify, when et l&apos;un de : %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a step (expected name, notify, when and one of: %2)</source>
        <translation>clé &apos;%1&apos; inconnue dans une étape (attendu : name, notify, when et l&apos;un de : %2)</translation>
    </message>
    <message>
        <source>a handler has one kind; &apos;%1&apos; and &apos;%2&apos; both given</source>
        <translation>un handler n&apos;a qu&apos;un seul type ; &apos;%1&apos; et &apos;%2&apos; sont tous deux indiqués</translation>
    </message>
    <message>
        <source>a step has one kind; &apos;%1&apos; and &apos;%2&apos; both given</source>
        <translation>une étape n&apos;a qu&apos;un seul type ; &apos;%1&apos; et &apos;%2&apos; sont tous deux indiqués</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; must be a mapping with &apos;steps&apos; (and &apos;handlers&apos;)</source>
        <translation>le rôle &apos;%1&apos; doit être un mapping avec &apos;steps&apos; (et &apos;handlers&apos;)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos;: unknown key &apos;%2&apos; (expected steps, handlers)</source>
        <translation>rôle &apos;%1&apos; : clé &apos;%2&apos; inconnue (attendu : steps, handlers)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos;: %2 must be a list</source>
        <translation>rôle &apos;%1&apos; : %2 doit être une liste</translation>
    </message>
    <message>
        <source>%1: step &apos;%2&apos; notifies &apos;%3&apos;, which is not a handler of role &apos;%4&apos;%5</source>
        <translation>%1 : l&apos;étape &apos;%2&apos; notifie &apos;%3&apos;, qui n&apos;est pas un handler du rôle &apos;%4&apos;%5</translation>
    </message>
    <message>
        <source> (handlers: %1)</source>
        <translation> (handlers : %1)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is defined twice</source>
        <translation>le rôle &apos;%1&apos; est défini deux fois</translation>
    </message>
    <message>
        <source>apply: unknown key &apos;%1&apos; (expected masters, agents)</source>
        <translation>apply : clé &apos;%1&apos; inconnue (attendu : masters, agents)</translation>
    </message>
    <message>
        <source>apply.%1 names role &apos;%2&apos;, which the recipe does not define</source>
        <translation>apply.%1 cite le rôle &apos;%2&apos;, que la recette ne définit pas</translation>
    </message>
    <message>
        <source>this console reads recipe format 1</source>
        <translation>cette console lit le format de recette 1</translation>
    </message>
    <message>
        <source>variables must be a mapping</source>
        <translation>variables doit être un mapping</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected recipe, name, description, variables, apply, roles)</source>
        <translation>clé &apos;%1&apos; inconnue (attendu : recipe, name, description, variables, apply, roles)</translation>
    </message>
</context>
<context>
    <name>mc::provision::RunProfile</name>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>stat/checksum</source>
        <translation>stat/contrôle</translation>
    </message>
    <message>
        <source>file upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message numerus="yes">
        <source>Time profile: %n host(s), %1 s from the first step to the last
</source>
        <translation>
            <numerusform>Profil de temps : %n hôte, %1 s de la première à la dernière étape
</numerusform>
            <numerusform>Profil de temps : %n hôtes, %1 s de la première à la dernière étape
</numerusform>
        </translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>host-s</source>
        <translation>hôte-s</translation>
    </message>
    <message>
        <source>wall-s</source>
        <translation>réel-s</translation>
    </message>
    <message>
        <source>at once max / mean</source>
        <translation>simultanés max / moy.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>mc::provision::StepExecutor</name>
    <message>
        <source>cannot record the pending handler in %1: %2</source>
        <translation>impossible d&apos;enregistrer le handler en attente dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1: %2</source>
        <translation>impossible de créer le dossier de %1 : %2</translation>
    </message>
    <message>
        <source>%1 exists (left as it is)</source>
        <translation>%1 existe (laissé tel quel)</translation>
    </message>
    <message>
        <source>would create %1</source>
        <translation>créerait %1</translation>
    </message>
    <message>
        <source>would update %1</source>
        <translation>mettrait à jour %1</translation>
    </message>
    <message>
        <source>would mode/owner of %1</source>
        <translation>corrigerait le mode/propriétaire de %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>fixed mode/owner of %1</source>
        <translation>mode/propriétaire de %1 corrigé</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>code de sortie %1 : %2</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>when: %1 is false</source>
        <translation>when : %1 est faux</translation>
    </message>
    <message>
        <source>would run: %1</source>
        <translation>exécuterait : %1</translation>
    </message>
    <message>
        <source>not checked in check mode</source>
        <translation>non vérifié en mode vérification</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 répond</translation>
    </message>
    <message>
        <source>port %1 open</source>
        <translation>port %1 ouvert</translation>
    </message>
    <message>
        <source> (pending since an earlier run)</source>
        <translation> (en attente depuis une exécution précédente)</translation>
    </message>
    <message>
        <source>%1 was started after the change; no restart needed%2</source>
        <translation>%1 a été démarré après la modification ; pas de redémarrage nécessaire%2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>mc::ssh</name>
    <message>
        <source>ProxyJump entry &quot;%1&quot;: &quot;]&quot; is missing</source>
        <translation>Entrée ProxyJump « %1 » : « ] » manque</translation>
    </message>
    <message>
        <source>ProxyJump entry &quot;%1&quot; is not [user@]host[:port]</source>
        <translation>L’entrée ProxyJump « %1 » n’est pas de la forme [user@]hôte[:port]</translation>
    </message>
    <message>
        <source>ProxyJump entry &quot;%1&quot;: %2 is not a port (1-65535)</source>
        <translation>Entrée ProxyJump « %1 » : %2 n’est pas un port (1-65535)</translation>
    </message>
</context>
<context>
    <name>mc::ssh::JumpRoute</name>
    <message>
        <source>via SSH %1:%2</source>
        <translation>via SSH %1:%2</translation>
    </message>
    <message>
        <source>Choose the inventory host to reach the cluster through.</source>
        <translation>Choisissez l&apos;hôte de l&apos;inventaire par lequel joindre le cluster.</translation>
    </message>
    <message>
        <source>Enter the bastion&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du bastion.</translation>
    </message>
    <message>
        <source>The jump host port %1 is not a port (1-65535).</source>
        <translation>Le port %1 de l&apos;hôte de rebond n&apos;est pas un port (1-65535).</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; is not a host of this workspace&apos;s inventory. Pick one of its hosts, or choose a bastion for a host outside it.</source>
        <translation>L&apos;hôte de rebond « %1 » n&apos;est pas un hôte de l&apos;inventaire de cet espace de travail. Choisissez l&apos;un de ses hôtes, ou un bastion pour un hôte qui n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>The bastion &quot;%1&quot; is not a host name or IP address (no port, user or spaces here: they have their own fields).</source>
        <translation>Le bastion « %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IP (ni port, ni utilisateur, ni espaces ici : ils ont leurs propres champs).</translation>
    </message>
</context>
<context>
    <name>mc::ssh::JumpTransport</name>
    <message>
        <source>the jump host %1 cannot open a channel</source>
        <translation>l’hôte de rebond %1 ne peut pas ouvrir de canal</translation>
    </message>
    <message>
        <source>the jump host %1 cannot connect to %2:%3 (%4)</source>
        <translation>l’hôte de rebond %1 ne peut pas se connecter à %2:%3 (%4)</translation>
    </message>
    <message>
        <source>cannot make a socket pair for the jump host %1</source>
        <translation>impossible de créer une paire de sockets pour l’hôte de rebond %1</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SocksWorker</name>
    <message>
        <source>not a SOCKS5 client</source>
        <translation>pas un client SOCKS5</translation>
    </message>
    <message>
        <source>it offered no username/password login</source>
        <translation>il n&apos;a proposé aucune authentification par nom d&apos;utilisateur/mot de passe</translation>
    </message>
    <message>
        <source>wrong username or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>SSH tunnel: refused a local connection from port %1 (%2)</source>
        <translation>Tunnel SSH : connexion locale depuis le port %1 refusée (%2)</translation>
    </message>
    <message>
        <source>SSH connection to jump host %1 lost: %2</source>
        <translation>Connexion SSH à l&apos;hôte de rebond %1 perdue : %2</translation>
    </message>
    <message>
        <source>its socket belongs to another user of this machine, uid %1</source>
        <translation>son socket appartient à un autre utilisateur de cette machine, uid %1</translation>
    </message>
    <message>
        <source>the user its socket belongs to could not be found</source>
        <translation>l&apos;utilisateur propriétaire de son socket est introuvable</translation>
    </message>
    <message>
        <source>Cannot open the local SOCKS port for the SSH tunnel</source>
        <translation>Impossible d&apos;ouvrir le port SOCKS local pour le tunnel SSH</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the forward</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour la redirection</translation>
    </message>
    <message>
        <source>SSH jump host %1 unreachable: %2</source>
        <translation>Hôte de rebond SSH %1 injoignable : %2</translation>
    </message>
    <message>
        <source>Forward to %1:%2 via %3: the SSH host could not connect there</source>
        <translation>Redirection vers %1:%2 via %3 : l&apos;hôte SSH n&apos;a pas pu s&apos;y connecter</translation>
    </message>
    <message>
        <source>SSH connection to jump host %1 lost</source>
        <translation>Connexion SSH à l&apos;hôte de rebond %1 perdue</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshPool</name>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>not started: an earlier host failed</source>
        <translation>non démarré : un hôte précédent a échoué</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulé avant de commencer</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshSession</name>
    <message>
        <source>%1: more than %2 jump hosts in a row; does the SSH config make hosts jump through each other (ProxyJump)?</source>
        <translation>%1 : plus de %2 hôtes de rebond à la suite ; la configuration SSH fait-elle rebondir des hôtes les uns par les autres (ProxyJump) ?</translation>
    </message>
    <message>
        <source>%1: through the jump host %2: %3</source>
        <translation>%1 : via l’hôte de rebond %2 : %3</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The host key of %1 (%2:%3) has CHANGED: %4 has %5 %6, the host offered %7 %8. Nothing was sent. If the machine was reinstalled, remove its old entry with `%9` and connect again to check and trust the new key; otherwise someone may be intercepting the connection.</source>
        <translation>La clé d’hôte de %1 (%2:%3) a CHANGÉ : %4 contient %5 %6, l’hôte a présenté %7 %8. Rien n’a été envoyé. Si la machine a été réinstallée, supprimez son ancienne entrée avec `%9` puis reconnectez-vous pour vérifier la nouvelle clé et lui faire confiance ; sinon, quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>(a key of another type)</source>
        <translation>(une clé d’un autre type)</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing came back for %2 s, not even an answer to SSH keepalives. The host, its SSH server or the network in between is down or stalled.</source>
        <translation>%1 ne répond plus : rien n&apos;est revenu depuis %2 s, pas même une réponse aux keepalives SSH. L&apos;hôte, son serveur SSH ou le réseau intermédiaire est en panne ou bloqué.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session</source>
        <translation>%1 : impossible de créer une session SSH</translation>
    </message>
    <message>
        <source>%1: cannot read the SSH config file %2</source>
        <translation>%1 : impossible de lire le fichier de configuration SSH %2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 n&apos;a envoyé aucune clé d&apos;hôte</translation>
    </message>
    <message>
        <source>The host key of %1 (%2:%3) is not known (%4 %5) and was not trusted. Check the fingerprint on the machine (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and trust it.</source>
        <translation>La clé d&apos;hôte de %1 (%2:%3) n&apos;est pas connue (%4 %5) et n&apos;a pas été approuvée. Vérifiez l&apos;empreinte sur la machine (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) et faites-lui confiance.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;hôte de %1 dans %2</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1</source>
        <translation>Impossible de vérifier la clé d&apos;hôte de %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>%1: cannot unlock the key %2: wrong or no passphrase</source>
        <translation>%1 : impossible de déverrouiller la clé %2 : phrase de passe erronée ou absente</translation>
    </message>
    <message>
        <source>%1: cannot read the key %2</source>
        <translation>%1 : impossible de lire la clé %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>default keys</source>
        <translation>clés par défaut</translation>
    </message>
    <message>
        <source>%1 closed the connection during login</source>
        <translation>%1 a fermé la connexion pendant l&apos;authentification</translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Mot de passe pour %1@%2</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>%1: authentication as %2 failed (tried: %3)</source>
        <translation>%1 : échec de l&apos;authentification en tant que %2 (essayé : %3)</translation>
    </message>
    <message>
        <source>nothing the server accepts</source>
        <translation>rien que le serveur accepte</translation>
    </message>
    <message>
        <source>%1: cannot open a channel</source>
        <translation>%1 : impossible d&apos;ouvrir un canal</translation>
    </message>
    <message>
        <source>%1: cannot start the command</source>
        <translation>%1 : impossible de démarrer la commande</translation>
    </message>
    <message>
        <source>%1: sudo rejected the become password</source>
        <translation>%1 : sudo a refusé le mot de passe become</translation>
    </message>
    <message>
        <source>%1: the connection was lost while the command ran</source>
        <translation>%1 : la connexion a été perdue pendant l&apos;exécution de la commande</translation>
    </message>
    <message>
        <source>sudo password on %1</source>
        <translation>mot de passe sudo sur %1</translation>
    </message>
    <message>
        <source>%1: sudo asks for a password and none was given</source>
        <translation>%1 : sudo demande un mot de passe et aucun n&apos;a été fourni</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s</source>
        <translation>%1 : la commande ne s&apos;est pas terminée en %2 s</translation>
    </message>
    <message>
        <source>%1: cannot start a shell</source>
        <translation>%1 : impossible de démarrer un shell</translation>
    </message>
    <message>
        <source>%1: cannot start a shell through sudo</source>
        <translation>%1 : impossible de démarrer un shell via sudo</translation>
    </message>
    <message>
        <source>%1: the shell ended while the command ran (killed on the host?)</source>
        <translation>%1 : le shell s&apos;est terminé pendant l&apos;exécution de la commande (tué sur l&apos;hôte ?)</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1 : impossible de lire %2</translation>
    </message>
    <message>
        <source>%1: cannot put %2 in place</source>
        <translation>%1 : impossible de mettre %2 en place</translation>
    </message>
    <message>
        <source>%1: cannot start SFTP</source>
        <translation>%1 : impossible de démarrer SFTP</translation>
    </message>
    <message>
        <source>%1: cannot create %2</source>
        <translation>%1 : impossible de créer %2</translation>
    </message>
    <message>
        <source>%1: writing %2 failed</source>
        <translation>%1 : l&apos;écriture de %2 a échoué</translation>
    </message>
</context>
<context>
    <name>mc::ssh::SshSocksProxy</name>
    <message>
        <source>via SSH %1</source>
        <translation>via SSH %1</translation>
    </message>
</context>
<context>
    <name>mc::terminal</name>
    <message>
        <source>Cannot read the state of the agent %1: %2</source>
        <translation>Impossible de lire l&apos;état de l&apos;agent %1 : %2</translation>
    </message>
    <message>
        <source>No Docker container of task %1 on this host (looked for %2)</source>
        <translation>Aucun conteneur Docker de la tâche %1 sur cet hôte (recherché : %2)</translation>
    </message>
    <message>
        <source>%1 · docker exec on %2</source>
        <translation>%1 · docker exec sur %2</translation>
    </message>
    <message>
        <source>%1 · nsenter on %2</source>
        <translation>%1 · nsenter sur %2</translation>
    </message>
    <message>
        <source>%1 · sandbox on %2</source>
        <translation>%1 · bac à sable sur %2</translation>
    </message>
</context>
<context>
    <name>mc::terminal::ShellSession</name>
    <message>
        <source>%1: cannot open a shell: %2</source>
        <translation>%1 : impossible d&apos;ouvrir un shell : %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>sudo password on %1</source>
        <translation>mot de passe sudo sur %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation>Connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <source>The shell ended with exit status %1</source>
        <translation>Le shell s&apos;est terminé avec le code de sortie %1</translation>
    </message>
    <message>
        <source>The shell ended</source>
        <translation>Le shell s&apos;est terminé</translation>
    </message>
</context>
<context>
    <name>mc::terminal::TaskForward</name>
    <message>
        <source>The agent of %1 is not known (yet).</source>
        <translation>L&apos;agent de %1 n&apos;est pas (encore) connu.</translation>
    </message>
    <message>
        <source>%1 has no host port number %2.</source>
        <translation>%1 n&apos;a pas de port d&apos;hôte numéro %2.</translation>
    </message>
    <message>
        <source>%1 port %2 on %3</source>
        <translation>%1 port %2 sur %3</translation>
    </message>
    <message>
        <source>%1 ended: the forward from 127.0.0.1:%2 stopped.</source>
        <translation>%1 terminée : la redirection depuis 127.0.0.1:%2 s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>%1 ended: waiting for the app&apos;s replacement task.</source>
        <translation>%1 terminée : attente de la tâche de remplacement de l&apos;app.</translation>
    </message>
    <message>
        <source>Cannot follow %1 to %2: %3</source>
        <translation>Impossible de suivre %1 vers %2 : %3</translation>
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
        <translation>Exécuter une commande</translation>
    </message>
    <message>
        <source>e.g. df -h /var/lib/mesos</source>
        <translation>p. ex. df -h /var/lib/mesos</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Run as root (sudo)</source>
        <translation>Exécuter en root (sudo)</translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation>Hôtes simultanés :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pick at least one host.</source>
        <translation>Choisissez au moins un hôte.</translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)…</source>
        <translation>
            <numerusform>Exécution sur %n hôte…</numerusform>
            <numerusform>Exécution sur %n hôtes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: exit 0</source>
        <translation>%1 : code 0</translation>
    </message>
    <message>
        <source>%1: exit %2</source>
        <translation>%1 : code %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed. %3</source>
        <translation>%1 hôtes sur %2 en échec. %3</translation>
    </message>
    <message>
        <source>Pick the hosts of a group</source>
        <translation>Choisir les hôtes d’un groupe</translation>
    </message>
    <message>
        <source>Tick exactly the hosts of a group of the workspace</source>
        <translation>Cocher exactement les hôtes d’un groupe de l’espace de travail</translation>
    </message>
    <message>
        <source>Hosts to run the command on</source>
        <translation>Hôtes sur lesquels exécuter la commande</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Pick a group…</source>
        <translation>Choisir un groupe…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (%n hôte)</numerusform>
            <numerusform>%1 (%n hôtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr : %1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Run as root?</source>
        <translation>Exécuter en root ?</translation>
    </message>
    <message numerus="yes">
        <source>Run this command as root on %n host(s)?</source>
        <translation>
            <numerusform>Exécuter cette commande en root sur %n hôte ?</numerusform>
            <numerusform>Exécuter cette commande en root sur %n hôtes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” runs through sudo with every right on each host: what it stops, changes or removes cannot be taken back from here.</source>
        <translation>« %1 » s&apos;exécute via sudo avec tous les droits sur chaque hôte : ce qu&apos;elle arrête, modifie ou supprime ne peut pas être annulé d&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>Run as root on %n host(s)</source>
        <translation>
            <numerusform>Exécuter en root sur %n hôte</numerusform>
            <numerusform>Exécuter en root sur %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Non exécutée.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppActions</name>
    <message>
        <source>Launch…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <source>Launch a new app (Docker image, resources, ports…)</source>
        <translation>Lancer une nouvelle app (image Docker, ressources, ports…)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the app&apos;s definition</source>
        <translation>Modifier la définition de l&apos;app</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Mettre à l&apos;échelle…</translation>
    </message>
    <message>
        <source>Set the number of instances</source>
        <translation>Définir le nombre d&apos;instances</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Replace every task, following the upgrade strategy</source>
        <translation>Remplacer chaque tâche, selon la stratégie de mise à niveau</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Scale a suspended app up again</source>
        <translation>Remettre à l&apos;échelle une app suspendue</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <source>Remove the app and kill its tasks</source>
        <translation>Supprimer l&apos;app et tuer ses tâches</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Start a deployment back to the previous version</source>
        <translation>Lancer un déploiement vers la version précédente</translation>
    </message>
    <message>
        <source>Stop the deployment where it is (no rollback)</source>
        <translation>Arrêter le déploiement là où il en est (sans retour arrière)</translation>
    </message>
    <message>
        <source>Kill the selected tasks; Marathon starts replacements</source>
        <translation>Tuer les tâches sélectionnées ; Marathon en lance de nouvelles</translation>
    </message>
    <message>
        <source>Kill the selected tasks and lower the instance count</source>
        <translation>Tuer les tâches sélectionnées et réduire le nombre d&apos;instances</translation>
    </message>
    <message>
        <source>Launching %1</source>
        <translation>Lancement de %1</translation>
    </message>
    <message>
        <source>Deployment %1 started.</source>
        <translation>Déploiement %1 démarré.</translation>
    </message>
    <message>
        <source>Cannot edit %1</source>
        <translation>Impossible de modifier %1</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Mettre %1 à l&apos;échelle</translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation>Instances de %1 :</translation>
    </message>
    <message>
        <source>Scale %1 to %2</source>
        <translation>Passer %1 à %2 instances</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Destroy %1?</source>
        <translation>Détruire %1 ?</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>Détruire %1</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down</source>
        <translation>
            <numerusform>Tuer %n tâche et réduire</numerusform>
            <numerusform>Tuer %n tâches et réduire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>Tuer %n tâche</numerusform>
            <numerusform>Tuer %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop deployment %1</source>
        <translation>Arrêter le déploiement %1</translation>
    </message>
    <message>
        <source>Roll back deployment %1</source>
        <translation>Revenir en arrière sur le déploiement %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>%1: app locked</source>
        <translation>%1 : app verrouillée</translation>
    </message>
    <message>
        <source>%1 is blocked by deployment %2, which is still running.

Wait for it to finish (see Deployments in progress), or force the change: that cancels the running deployment.</source>
        <translation>%1 est bloquée par le déploiement %2, toujours en cours.

Attendez qu&apos;il se termine (voir Déploiements en cours), ou forcez la modification : cela annule le déploiement en cours.</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <source>Wait, then retry</source>
        <translation>Attendre, puis réessayer</translation>
    </message>
    <message>
        <source>Waiting for deployment %1 to finish; the change is sent then.</source>
        <translation>Attente de la fin du déploiement %1 ; la modification sera envoyée ensuite.</translation>
    </message>
    <message>
        <source>Update of %1</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>Redémarrer…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Scale to 0 instances (its tasks are killed)</source>
        <translation>Mettre à l&apos;échelle à 0 instance (ses tâches sont tuées)</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <source>No deployment is in progress.</source>
        <translation>Aucun déploiement n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Sélectionnez d&apos;abord un déploiement.</translation>
    </message>
    <message>
        <source>Kill…</source>
        <translation>Tuer…</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; scale down…</source>
        <translation>Tuer &amp;&amp; réduire…</translation>
    </message>
    <message>
        <source>Select the tasks to kill first.</source>
        <translation>Sélectionnez d&apos;abord les tâches à tuer.</translation>
    </message>
    <message>
        <source>The selected tasks have ended already.</source>
        <translation>Les tâches sélectionnées sont déjà terminées.</translation>
    </message>
    <message>
        <source>Some selected tasks belong to no Marathon app: there is nothing to scale down.</source>
        <translation>Certaines tâches sélectionnées n&apos;appartiennent à aucune app Marathon : il n&apos;y a rien à réduire.</translation>
    </message>
    <message>
        <source>Kill and scale down…</source>
        <translation>Tuer et réduire…</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Sélectionnez d&apos;abord une app.</translation>
    </message>
    <message>
        <source>%1 is not listed (any more).</source>
        <translation>%1 n&apos;est pas (plus) listée.</translation>
    </message>
    <message>
        <source>%1 is suspended: it has no task to restart.</source>
        <translation>%1 est suspendue : elle n&apos;a aucune tâche à redémarrer.</translation>
    </message>
    <message>
        <source>%1 is suspended already (0 instances).</source>
        <translation>%1 est déjà suspendue (0 instance).</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n instance(s): Resume is for a suspended app.</source>
        <translation>
            <numerusform>%1 tourne avec %n instance : Reprendre sert à une app suspendue.</numerusform>
            <numerusform>%1 tourne avec %n instances : Reprendre sert à une app suspendue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n instance(s), %2 running</source>
        <translation>
            <numerusform>%1 — %n instance, %2 en cours</numerusform>
            <numerusform>%1 — %n instances, %2 en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 sur %3</translation>
    </message>
    <message>
        <source>Scale %1 down?</source>
        <translation>Réduire %1 ?</translation>
    </message>
    <message>
        <source>Scale %1 down from %2 to %3 instances?</source>
        <translation>Réduire %1 de %2 à %3 instances ?</translation>
    </message>
    <message>
        <source>Marathon kills all its tasks (as Suspend does).</source>
        <translation>Marathon tue toutes ses tâches (comme Suspendre).</translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n of its tasks.</source>
        <translation>
            <numerusform>Marathon tue %n de ses tâches.</numerusform>
            <numerusform>Marathon tue %n de ses tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale down to %1</source>
        <translation>Réduire à %1</translation>
    </message>
    <message>
        <source>Scaling %1 to %2</source>
        <translation>Mise à l&apos;échelle de %1 à %2</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Redémarrer %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of its %n task(s) with a new one, following the app&apos;s upgrade strategy.</source>
        <translation>
            <numerusform>Marathon remplace sa %n tâche par une nouvelle, selon la stratégie de mise à niveau de l&apos;app.</numerusform>
            <numerusform>Marathon remplace chacune de ses %n tâches par une nouvelle, selon la stratégie de mise à niveau de l&apos;app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting %1</source>
        <translation>Redémarrage de %1</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>Suspendre %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon scales it to 0 instances: its %n task(s) are killed. Resume scales it up again.</source>
        <translation>
            <numerusform>Marathon la met à l&apos;échelle à 0 instance : sa %n tâche est tuée. Reprendre la remet à l&apos;échelle.</numerusform>
            <numerusform>Marathon la met à l&apos;échelle à 0 instance : ses %n tâches sont tuées. Reprendre la remet à l&apos;échelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending %1 (0 instances)</source>
        <translation>Suspension de %1 (0 instance)</translation>
    </message>
    <message>
        <source>Destroy the app %1?</source>
        <translation>Détruire l&apos;app %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n task(s) are killed and its definition is removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Sa %n tâche est tuée et sa définition retirée de Marathon ; cette action est irréversible.</numerusform>
            <numerusform>Ses %n tâches sont tuées et sa définition retirée de Marathon ; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>Destruction de %1</translation>
    </message>
    <message>
        <source>Kill task %1 and scale down</source>
        <translation>Tuer la tâche %1 et réduire</translation>
    </message>
    <message>
        <source>Kill task %1</source>
        <translation>Tuer la tâche %1</translation>
    </message>
    <message>
        <source>Killed task %1 and scaled down</source>
        <translation>Tâche %1 tuée et app réduite</translation>
    </message>
    <message>
        <source>Killed task %1</source>
        <translation>Tâche %1 tuée</translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s) and scaled down</source>
        <translation>
            <numerusform>%n tâche tuée et app réduite</numerusform>
            <numerusform>%n tâches tuées et apps réduites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %n task(s)</source>
        <translation>
            <numerusform>%n tâche tuée</numerusform>
            <numerusform>%n tâches tuées</numerusform>
        </translation>
    </message>
    <message>
        <source>Each task is stopped and its app&apos;s instance count is lowered by one, so no replacement starts.</source>
        <translation>Chaque tâche est arrêtée et le nombre d&apos;instances de son app baisse de un, si bien qu&apos;aucun remplacement ne démarre.</translation>
    </message>
    <message numerus="yes">
        <source>Each task is stopped (SIGTERM, then SIGKILL after the grace period); Marathon starts a replacement for each, so %n app(s) keep their instance count.</source>
        <translation>
            <numerusform>Chaque tâche est arrêtée (SIGTERM, puis SIGKILL après le délai de grâce) ; Marathon démarre un remplacement pour chacune, si bien que %n app garde son nombre d&apos;instances.</numerusform>
            <numerusform>Chaque tâche est arrêtée (SIGTERM, puis SIGKILL après le délai de grâce) ; Marathon démarre un remplacement pour chacune, si bien que %n apps gardent leur nombre d&apos;instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s) and scale down?</source>
        <translation>
            <numerusform>Tuer %n tâche et réduire ?</numerusform>
            <numerusform>Tuer %n tâches et réduire ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)?</source>
        <translation>
            <numerusform>Tuer %n tâche ?</numerusform>
            <numerusform>Tuer %n tâches ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s) and scale their apps down?</source>
        <translation>
            <numerusform>Tuer cette %n tâche et réduire son app ?</numerusform>
            <numerusform>Tuer ces %n tâches et réduire leurs apps ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n task(s)?</source>
        <translation>
            <numerusform>Tuer cette %n tâche ?</numerusform>
            <numerusform>Tuer ces %n tâches ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n and scale down</source>
        <translation>
            <numerusform>Tuer %n et réduire</numerusform>
            <numerusform>Tuer %n et réduire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; step %3 of %4: %5</source>
        <translation>%1 — %2 ; étape %3 sur %4 : %5</translation>
    </message>
    <message>
        <source>Stop deployment?</source>
        <translation>Arrêter le déploiement ?</translation>
    </message>
    <message>
        <source>Stop the deployment of %1 where it is?</source>
        <translation>Arrêter le déploiement de %1 là où il en est ?</translation>
    </message>
    <message>
        <source>No rollback: the apps keep the tasks they have now, some maybe on the new version and some on the old, until the next deployment.</source>
        <translation>Sans retour arrière : les apps gardent leurs tâches actuelles, certaines peut-être dans la nouvelle version et d&apos;autres dans l&apos;ancienne, jusqu&apos;au prochain déploiement.</translation>
    </message>
    <message>
        <source>Stop deployment</source>
        <translation>Arrêter le déploiement</translation>
    </message>
    <message>
        <source>Roll back deployment?</source>
        <translation>Revenir en arrière sur le déploiement ?</translation>
    </message>
    <message>
        <source>Roll the deployment of %1 back?</source>
        <translation>Revenir en arrière sur le déploiement de %1 ?</translation>
    </message>
    <message>
        <source>Marathon starts a deployment back to the previous version: tasks this deployment started are killed and replaced by tasks of the previous version.</source>
        <translation>Marathon lance un déploiement vers la version précédente : les tâches démarrées par ce déploiement sont tuées et remplacées par des tâches de la version précédente.</translation>
    </message>
    <message>
        <source>Stopped deployment %1</source>
        <translation>Déploiement %1 arrêté</translation>
    </message>
    <message>
        <source>Rolling back deployment %1</source>
        <translation>Retour arrière du déploiement %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Launch app…</source>
        <translation>Lancer une app…</translation>
    </message>
    <message>
        <source>Scale %1…</source>
        <translation>Mettre %1 à l&apos;échelle…</translation>
    </message>
    <message>
        <source>Restart %1…</source>
        <translation>Redémarrer %1…</translation>
    </message>
    <message>
        <source>Suspend %1…</source>
        <translation>Suspendre %1…</translation>
    </message>
    <message>
        <source>Resume %1…</source>
        <translation>Reprendre %1…</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>Modifier %1…</translation>
    </message>
    <message>
        <source>Destroy %1…</source>
        <translation>Détruire %1…</translation>
    </message>
    <message>
        <source>Kill task %1…</source>
        <translation>Tuer la tâche %1…</translation>
    </message>
    <message>
        <source>Reset the launch delay of %1</source>
        <translation>Réinitialiser le délai de lancement de %1</translation>
    </message>
    <message>
        <source>Launch delay of %1 reset</source>
        <translation>Délai de lancement de %1 réinitialisé</translation>
    </message>
    <message>
        <source>Marathon launches it at the next offer.</source>
        <translation>Marathon la lance à la prochaine offre.</translation>
    </message>
    <message>
        <source>Apply version %1 of %2</source>
        <translation>Appliquer la version %1 de %2</translation>
    </message>
    <message>
        <source>Applying version %1 of %2</source>
        <translation>Application de la version %1 de %2</translation>
    </message>
    <message>
        <source>Apply version %1 of %2?</source>
        <translation>Appliquer la version %1 de %2 ?</translation>
    </message>
    <message>
        <source>Deploy version %1 of %2?</source>
        <translation>Déployer la version %1 de %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon deploys that definition as a new version (the Versions tab shows what it changes); its %n task(s) are replaced or scaled as it says.</source>
        <translation>
            <numerusform>Marathon déploie cette définition comme nouvelle version (l&apos;onglet Versions montre ce qu&apos;elle change) ; sa %n tâche est remplacée ou mise à l&apos;échelle comme elle l&apos;indique.</numerusform>
            <numerusform>Marathon déploie cette définition comme nouvelle version (l&apos;onglet Versions montre ce qu&apos;elle change) ; ses %n tâches sont remplacées ou mises à l&apos;échelle comme elle l&apos;indique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply version</source>
        <translation>Appliquer la version</translation>
    </message>
    <message>
        <source>Export apps…</source>
        <translation>Exporter les apps…</translation>
    </message>
    <message>
        <source>To one file…</source>
        <translation>Vers un seul fichier…</translation>
    </message>
    <message>
        <source>Import apps…</source>
        <translation>Importer des apps…</translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation>Depuis un dossier…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Export Apps to One File</source>
        <translation>Exporter les apps vers un seul fichier</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Apps to a New or Empty Folder</source>
        <translation>Exporter les apps vers un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Export of the apps to %1</source>
        <translation>Export des apps vers %1</translation>
    </message>
    <message>
        <source>Import Apps from a Folder</source>
        <translation>Importer des apps depuis un dossier</translation>
    </message>
    <message>
        <source>Import Apps from a File</source>
        <translation>Importer des apps depuis un fichier</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Edit group…</source>
        <translation>Modifier le groupe…</translation>
    </message>
    <message>
        <source>Change the group&apos;s JSON (its apps, subgroups, dependencies): review the diff, then apply</source>
        <translation>Modifier le JSON du groupe (ses apps, sous-groupes, dépendances) : vérifier le diff, puis appliquer</translation>
    </message>
    <message>
        <source>Scale group…</source>
        <translation>Mettre le groupe à l&apos;échelle…</translation>
    </message>
    <message>
        <source>Multiply the instances of every app in the group by a factor (one deployment)</source>
        <translation>Multiplier les instances de chaque app du groupe par un facteur (un seul déploiement)</translation>
    </message>
    <message>
        <source>Restart group…</source>
        <translation>Redémarrer le groupe…</translation>
    </message>
    <message>
        <source>Restart every app in the group</source>
        <translation>Redémarrer chaque app du groupe</translation>
    </message>
    <message>
        <source>Destroy group…</source>
        <translation>Détruire le groupe…</translation>
    </message>
    <message>
        <source>Remove the group and all its apps, killing their tasks</source>
        <translation>Supprimer le groupe et toutes ses apps, en tuant leurs tâches</translation>
    </message>
    <message>
        <source>Select a group in the tree first.</source>
        <translation>Sélectionnez d&apos;abord un groupe dans l&apos;arbre.</translation>
    </message>
    <message>
        <source>%1 has no app (any more).</source>
        <translation>%1 n&apos;a (plus) aucune app.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n tâche</numerusform>
            <numerusform>%1 — %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiply the instances of every app in %1 by:</source>
        <translation>Multiplier les instances de chaque app de %1 par :</translation>
    </message>
    <message>
        <source>Scale every app in %1 by %2?</source>
        <translation>Mettre chaque app de %1 à l&apos;échelle par %2 ?</translation>
    </message>
    <message>
        <source>Marathon kills all their tasks.</source>
        <translation>Marathon tue toutes leurs tâches.</translation>
    </message>
    <message>
        <source>Marathon kills tasks of each app down to its new instance count (rounded).</source>
        <translation>Marathon tue des tâches de chaque app jusqu&apos;à son nouveau nombre d&apos;instances (arrondi).</translation>
    </message>
    <message>
        <source>Scale by %1</source>
        <translation>Mettre à l&apos;échelle par %1</translation>
    </message>
    <message>
        <source>Scale %1 by %2</source>
        <translation>Mettre %1 à l&apos;échelle par %2</translation>
    </message>
    <message>
        <source>Scaling %1 by %2</source>
        <translation>Mise à l&apos;échelle de %1 par %2</translation>
    </message>
    <message>
        <source>Restart every app in %1?</source>
        <translation>Redémarrer chaque app de %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon replaces each of their %n task(s) with a new one, following each app&apos;s upgrade strategy (one deployment per app).</source>
        <translation>
            <numerusform>Marathon remplace leur %n tâche par une nouvelle, selon la stratégie de mise à niveau de chaque app (un déploiement par app).</numerusform>
            <numerusform>Marathon remplace chacune de leurs %n tâches par une nouvelle, selon la stratégie de mise à niveau de chaque app (un déploiement par app).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart group</source>
        <translation>Redémarrer le groupe</translation>
    </message>
    <message>
        <source>Destroy the group %1 and all its apps?</source>
        <translation>Détruire le groupe %1 et toutes ses apps ?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) are killed and the group and its apps are removed from Marathon; this cannot be undone.</source>
        <translation>
            <numerusform>Leur %n tâche est tuée et le groupe et ses apps sont retirés de Marathon ; cette action est irréversible.</numerusform>
            <numerusform>Leurs %n tâches sont tuées et le groupe et ses apps sont retirés de Marathon ; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Write every app and pod definition, without what Marathon manages, to files that can be imported into another cluster</source>
        <translation>Écrire chaque définition d’app et de pod, sans ce que gère Marathon, dans des fichiers importables dans un autre cluster</translation>
    </message>
    <message>
        <source>To a folder (one file per app or pod)…</source>
        <translation>Vers un dossier (un fichier par app ou pod)…</translation>
    </message>
    <message>
        <source>Create or update apps and pods from an export: see the plan first, then apply it</source>
        <translation>Créer ou mettre à jour des apps et des pods depuis un export : voir d’abord le plan, puis l’appliquer</translation>
    </message>
    <message>
        <source>The definitions of %1 written.</source>
        <translation>Définitions de %1 écrites.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppEditDialog</name>
    <message>
        <source>Force the change</source>
        <translation>Forcer la modification</translation>
    </message>
    <message>
        <source>Wait, then retry</source>
        <translation>Attendre, puis réessayer</translation>
    </message>
    <message>
        <source>Edit app %1</source>
        <translation>Modifier l&apos;app %1</translation>
    </message>
    <message>
        <source>Launch an app</source>
        <translation>Lancer une app</translation>
    </message>
    <message>
        <source>Retry with ?force=true: cancels the running deployment (tasks of both versions may run for a while).</source>
        <translation>Réessayer avec ?force=true : annule le déploiement en cours (des tâches des deux versions peuvent tourner un moment).</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>The request body as Marathon&apos;s and its CLIs&apos; .json files have it. Fields the form does not show are kept.</source>
        <translation>Le corps de la requête, tel que le contiennent les fichiers .json de Marathon et de ses CLI. Les champs que le formulaire n&apos;affiche pas sont conservés.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import app definition</source>
        <translation>Importer une définition d&apos;app</translation>
    </message>
    <message>
        <source>Marathon app (*.json);;All files (*)</source>
        <translation>App Marathon (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export app definition</source>
        <translation>Exporter la définition de l&apos;app</translation>
    </message>
    <message>
        <source>Marathon app (*.json)</source>
        <translation>App Marathon (*.json)</translation>
    </message>
    <message>
        <source>Waiting for the running deployment to finish; the change is sent then…</source>
        <translation>Attente de la fin du déploiement en cours ; la modification sera envoyée ensuite…</translation>
    </message>
    <message>
        <source>Always pull the image</source>
        <translation>Toujours récupérer l&apos;image (pull)</translation>
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
        <translation>user (réseau nommé)</translation>
    </message>
    <message>
        <source>network name (user mode)</source>
        <translation>nom du réseau (mode user)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>empty: the image&apos;s entrypoint; runs under /bin/sh -c</source>
        <translation>vide : le point d&apos;entrée de l&apos;image ; s&apos;exécute sous /bin/sh -c</translation>
    </message>
    <message>
        <source>arguments instead of a command, e.g. --port 8080</source>
        <translation>arguments au lieu d&apos;une commande, p. ex. --port 8080</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>Docker &amp;image</source>
        <translation>&amp;Image Docker</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Arguments</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Port du conteneur</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Port de l&apos;hôte</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Port de service</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>With host networking only the service port (0 = assigned), protocol and name count.</source>
        <translation>En réseau host, seuls le port de service (0 = attribué), le protocole et le nom comptent.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Operators: UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS</source>
        <translation>Opérateurs : UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS</translation>
    </message>
    <message>
        <source>Path / cmd</source>
        <translation>Chemin / cmd</translation>
    </message>
    <message>
        <source>Port index</source>
        <translation>Index de port</translation>
    </message>
    <message>
        <source>Grace (s)</source>
        <translation>Délai de grâce (s)</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervalle (s)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Expiration (s)</translation>
    </message>
    <message>
        <source>Max failures</source>
        <translation>Échecs max.</translation>
    </message>
    <message>
        <source>Path for HTTP(S) checks, the command for COMMAND checks. Protocols: HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP</source>
        <translation>Chemin pour les contrôles HTTP(S), commande pour les contrôles COMMAND. Protocoles : HTTP, HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Chemin du conteneur</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Chemin de l&apos;hôte</translation>
    </message>
    <message>
        <source>Mode (RW/RO)</source>
        <translation>Mode (RW/RO)</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Exécutable</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraire</translation>
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
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Contrôles de santé</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Fetch URIs</source>
        <translation>URI à récupérer</translation>
    </message>
    <message>
        <source>Upgrade strategy</source>
        <translation>Stratégie de mise à niveau</translation>
    </message>
    <message>
        <source>Minimum health capacity</source>
        <translation>Capacité saine minimale</translation>
    </message>
    <message>
        <source>Maximum over capacity</source>
        <translation>Surcapacité maximale</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fix the marked fields before exporting.</source>
        <translation>Corrigez les champs signalés avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>Not connected to Marathon: connect a cluster first. Your definition stays here; export it if you want to keep it.</source>
        <translation>Non connecté à Marathon : connectez d&apos;abord un cluster. Votre définition reste ici ; exportez-la si vous voulez la conserver.</translation>
    </message>
    <message>
        <source>Still waiting for deployment %1 to finish…</source>
        <translation>Toujours en attente de la fin du déploiement %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The app is locked by deployment %1.&lt;/b&gt; Wait for it to finish, or force the change (this cancels the running deployment).</source>
        <translation>&lt;b&gt;L&apos;app est verrouillée par le déploiement %1.&lt;/b&gt; Attendez qu&apos;il se termine, ou forcez la modification (cela annule le déploiement en cours).</translation>
    </message>
    <message>
        <source>Marathon rejected the definition; the reasons are next to the fields.</source>
        <translation>Marathon a refusé la définition ; les raisons figurent à côté des champs.</translation>
    </message>
    <message>
        <source>The JSON needs numbers where the marked cells have text: correct them first.</source>
        <translation>Le JSON attend des nombres là où les cellules marquées contiennent du texte : corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing to change: Marathon already has this definition of %1. Nothing was sent.</source>
        <translation>Rien à modifier : Marathon a déjà cette définition de %1. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Appliquer ces modifications ?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Saving sends these fields of %1 to Marathon: %2. Every other field stays as Marathon has it.</source>
        <translation>L&apos;enregistrement envoie ces champs de %1 à Marathon : %2. Tous les autres champs restent tels que Marathon les a.</translation>
    </message>
    <message>
        <source>App definition as JSON</source>
        <translation>Définition de l’application en JSON</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppImportDialog</name>
    <message>
        <source>e.g. /staging (ids and absolute dependencies move below it)</source>
        <translation>p. ex. /staging (les id et les dépendances absolues passent en dessous)</translation>
    </message>
    <message>
        <source>Id &amp;prefix:</source>
        <translation>&amp;Préfixe d&apos;id :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>%1 (%v of %m)</source>
        <translation>%1 (%v sur %m)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cannot make the plan: %1</source>
        <translation>Impossible d&apos;établir le plan : %1</translation>
    </message>
    <message>
        <source>The prefix &quot;%1&quot; is not a group id: lower-case letters, digits, &apos;-&apos; and &apos;.&apos; between slashes, e.g. /staging.</source>
        <translation>Le préfixe « %1 » n&apos;est pas un id de groupe : minuscules, chiffres, &apos;-&apos; et &apos;.&apos; entre barres obliques, p. ex. /staging.</translation>
    </message>
    <message>
        <source>%1.
Resolve the conflicts first (the reason is in their row), or change the options.</source>
        <translation>%1.
Résolvez d&apos;abord les conflits (la raison est dans leur ligne), ou changez les options.</translation>
    </message>
    <message>
        <source>%1.
Nothing to change.</source>
        <translation>%1.
Rien à modifier.</translation>
    </message>
    <message>
        <source>%1 is the same in the cluster.</source>
        <translation>%1 est identique dans le cluster.</translation>
    </message>
    <message>
        <source>The import is being applied.</source>
        <translation>L&apos;import est en cours d&apos;application.</translation>
    </message>
    <message>
        <source>Applied. Change an option to make a new plan.</source>
        <translation>Appliqué. Changez une option pour établir un nouveau plan.</translation>
    </message>
    <message>
        <source>Resolve the conflicts first.</source>
        <translation>Résolvez d&apos;abord les conflits.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Import Apps and Pods</source>
        <translation>Importer des apps et des pods</translation>
    </message>
    <message>
        <source>%1 from %2 into %3</source>
        <translation>%1 de %2 vers %3</translation>
    </message>
    <message>
        <source>New apps and pods start with &amp;0 instances (existing ones keep theirs)</source>
        <translation>Les nouvelles apps et les nouveaux pods démarrent avec &amp;0 instance (les existants gardent les leurs)</translation>
    </message>
    <message>
        <source>&amp;Leave the apps and pods the cluster has as they are</source>
        <translation>&amp;Laisser telles quelles les apps et les pods du cluster</translation>
    </message>
    <message>
        <source>One deployment per &amp;app (default: one per group; pods always one each)</source>
        <translation>Un déploiement par &amp;app (par défaut : un par groupe ; les pods toujours un chacun)</translation>
    </message>
    <message>
        <source>&amp;Update apps and pods that are being deployed (cancels those deployments)</source>
        <translation>Mettre à jo&amp;ur les apps et les pods en cours de déploiement (annule ces déploiements)</translation>
    </message>
    <message>
        <source>Difference of the selected app or pod</source>
        <translation>Différence de l’app ou du pod sélectionné</translation>
    </message>
    <message>
        <source>Select an app or pod to update to see what changes.</source>
        <translation>Sélectionnez une app ou un pod à mettre à jour pour voir ce qui change.</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s apps and pods…</source>
        <translation>Lecture des apps et des pods du cluster…</translation>
    </message>
    <message>
        <source>%1
The failed ones say why in their row (hover for the details).</source>
        <translation>%1
Ceux en échec disent pourquoi dans leur ligne (survolez pour les détails).</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) or pod(s) the cluster has below these groups are not in the import and stay as they are.</source>
        <translation>
            <numerusform>%n app ou pod du cluster sous ces groupes n’est pas dans l’import et reste tel quel.</numerusform>
            <numerusform>%n apps ou pods du cluster sous ces groupes ne sont pas dans l’import et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s apps and pods could not be read.</source>
        <translation>Les apps et les pods du cluster n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Create %1; update %2</source>
        <translation>Créer %1 ; mettre à jour %2</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AppWhy</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>%1 has waited for offers for %2 min</source>
        <translation>%1 attend des offres depuis %2 min</translation>
    </message>
    <message>
        <source>Marathon does not say why (no offer was declined, or it is older than 1.4). See the Why tab of the app.</source>
        <translation>Marathon n&apos;indique pas pourquoi (aucune offre refusée, ou version antérieure à 1.4). Voir l&apos;onglet Pourquoi de l&apos;app.</translation>
    </message>
    <message>
        <source>Mostly declined for %1. See the Why tab of the app.</source>
        <translation>Surtout refusées pour %1. Voir l&apos;onglet Pourquoi de l&apos;app.</translation>
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
        <translation>Filtrer les déploiements…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployments in progress&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déploiements en cours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Show the apps as a tree of their groups, with sums per group</source>
        <translation>Afficher les apps en arbre de leurs groupes, avec des totaux par groupe</translation>
    </message>
    <message>
        <source>Apps by group</source>
        <translation>Apps par groupe</translation>
    </message>
    <message>
        <source>Select a group for its actions and dependencies.</source>
        <translation>Sélectionnez un groupe pour ses actions et ses dépendances.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n app(s), %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all instances.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n app, %2 instances, %3 en cours, %4 préparées ; %5 CPU et %6 pour toutes les instances.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n apps, %2 instances, %3 en cours, %4 préparées ; %5 CPU et %6 pour toutes les instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dependencies: %1</source>
        <translation>Dépendances : %1</translation>
    </message>
    <message>
        <source>asking Marathon…</source>
        <translation>interrogation de Marathon…</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Marathon&apos;s pods (1.4+): containers launched together</source>
        <translation>Pods de Marathon (1.4+) : conteneurs lancés ensemble</translation>
    </message>
</context>
<context>
    <name>mc::widgets::AuditPage</name>
    <message>
        <source>any time</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>every cluster</source>
        <translation>tous les clusters</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster :</translation>
    </message>
    <message>
        <source>every action (app. for every app action)</source>
        <translation>toutes les actions (app. pour toutes les actions d&apos;app)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>part of an app, task or host name</source>
        <translation>partie d&apos;un nom d&apos;app, de tâche ou d&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>anywhere in the line</source>
        <translation>n&apos;importe où dans la ligne</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the lines shown to a CSV or JSON file</source>
        <translation>Écrire les lignes affichées dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The selected line</source>
        <translation>La ligne sélectionnée</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Sélectionnez une ligne pour la voir en entier.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1</source>
        <translation>
            <numerusform>%n ligne de %1</numerusform>
            <numerusform>%n lignes de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>(%n ligne illisible ignorée)</numerusform>
            <numerusform>(%n lignes illisibles ignorées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Lines</source>
        <translation>Exporter les lignes d&apos;audit</translation>
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
        <translation>Ajouter des hôtes</translation>
    </message>
    <message>
        <source>One host per line. Ranges such as &lt;tt&gt;agent[01:20].example.com&lt;/tt&gt; or &lt;tt&gt;10.0.0.[10:15]&lt;/tt&gt; add several; &lt;tt&gt;key=value&lt;/tt&gt; after a name sets its variables (&lt;tt&gt;zoo_id=1&lt;/tt&gt;).</source>
        <translation>Un hôte par ligne. Des plages comme &lt;tt&gt;agent[01:20].example.com&lt;/tt&gt; ou &lt;tt&gt;10.0.0.[10:15]&lt;/tt&gt; en ajoutent plusieurs ; &lt;tt&gt;key=value&lt;/tt&gt; après un nom définit ses variables (&lt;tt&gt;zoo_id=1&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Add to &amp;group:</source>
        <translation>Ajouter au &amp;groupe :</translation>
    </message>
    <message>
        <source>Leave out [group] lines; choose the group below.</source>
        <translation>Omettez les lignes [group] ; choisissez le groupe ci-dessous.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>No hosts yet.</source>
        <translation>Pas encore d&apos;hôtes.</translation>
    </message>
    <message>
        <source>1 host: %1</source>
        <translation>1 hôte : %1</translation>
    </message>
    <message>
        <source>%1 hosts: %2 … %3</source>
        <translation>%1 hôtes : %2 … %3</translation>
    </message>
    <message>
        <source>Host names or range patterns, one per line</source>
        <translation>Noms d’hôtes ou motifs de plages, un par ligne</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ChangeGuard</name>
    <message>
        <source>read-only cluster</source>
        <translation>cluster en lecture seule</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterDetails</name>
    <message>
        <source>Agent ID</source>
        <translation>ID de l&apos;agent</translation>
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
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>ID du framework</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Interface web</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Tâches actives</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>%1 wanted, %2 running, %3 staged</source>
        <translation>%1 voulues, %2 en cours, %3 préparées</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>%1 healthy, %2 unhealthy</source>
        <translation>%1 saines, %2 non saines</translation>
    </message>
    <message>
        <source>no health checks</source>
        <translation>aucun contrôle de santé</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>%1 CPUs, %2, %3 disk per instance</source>
        <translation>%1 CPU, %2, %3 de disque par instance</translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation>Ports de service</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source> (completed)</source>
        <translation> (terminé)</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Exécuteur</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>non sain</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>%1 de disque</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>ports %1</translation>
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
        <translation>Masters</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
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
        <translation>&lt;b&gt;Aucun leader : élection en cours…&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>&lt;b&gt;leader&lt;/b&gt;</source>
        <translation>&lt;b&gt;leader&lt;/b&gt;</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>No master known yet.</source>
        <translation>Aucun master connu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leader : %1</translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;, latency %3 ms avg, %4 connections, %5 outstanding&lt;br&gt;</source>
        <translation>%1 — &lt;b&gt;%2&lt;/b&gt;, latence moyenne %3 ms, %4 connexions, %5 en attente&lt;br&gt;</translation>
    </message>
    <message>
        <source>Not watched: connect with a zk:// URL to see the ensemble.</source>
        <translation>Non suivi : connectez-vous avec une URL zk:// pour voir l&apos;ensemble.</translation>
    </message>
    <message>
        <source>Leader: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version: %2&lt;br&gt;Framework: %3</source>
        <translation>Leader : &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Version : %2&lt;br&gt;Framework : %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Apps: %1, deployments: %2</source>
        <translation>&lt;br&gt;Apps : %1, déploiements : %2</translation>
    </message>
    <message>
        <source>Not watched: start with --marathon URL.</source>
        <translation>Non suivi : démarrez avec --marathon URL.</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>Agents: &lt;b&gt;%1&lt;/b&gt; active, %2 inactive&lt;br&gt;Frameworks: %3 active&lt;br&gt;</source>
        <translation>Agents : &lt;b&gt;%1&lt;/b&gt; actifs, %2 inactifs&lt;br&gt;Frameworks : %3 actifs&lt;br&gt;</translation>
    </message>
    <message>
        <source>Tasks: &lt;b&gt;%1&lt;/b&gt; running, %2 staging, %3 starting, %4 killing&lt;br&gt;</source>
        <translation>Tâches : &lt;b&gt;%1&lt;/b&gt; en cours, %2 en préparation, %3 en démarrage, %4 en arrêt&lt;br&gt;</translation>
    </message>
    <message>
        <source>CPUs: %1&lt;br&gt;Memory: %2&lt;br&gt;Disk: %3</source>
        <translation>CPU : %1&lt;br&gt;Mémoire : %2&lt;br&gt;Disque : %3</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance %1</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos : %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
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
        <translation>Ouvrir un terminal sur l&apos;hôte de l&apos;agent sélectionné</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterProfileDialog</name>
    <message>
        <source>Cluster Settings</source>
        <translation>Paramètres du cluster</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ex. production</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>&amp;Nom du cluster :</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>&amp;Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Port SSH :</translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh defaults</source>
        <translation>agent SSH ou valeurs par défaut de ~/.ssh</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH :</translation>
    </message>
    <message>
        <source>Run provisioning with sudo</source>
        <translation>Provisionner avec sudo</translation>
    </message>
    <message>
        <source>sudo to &amp;user:</source>
        <translation>sudo vers l&apos;uti&amp;lisateur :</translation>
    </message>
    <message>
        <source>apps.example.com</source>
        <translation>apps.example.com</translation>
    </message>
    <message>
        <source>HAProxy &amp;domain:</source>
        <translation>&amp;Domaine HAProxy :</translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:5050</source>
        <translation>http://&lt;chaque master&gt;:5050</translation>
    </message>
    <message>
        <source>&amp;Mesos URL:</source>
        <translation>URL &amp;Mesos :</translation>
    </message>
    <message>
        <source>http://&lt;each master&gt;:8080</source>
        <translation>http://&lt;chaque master&gt;:8080</translation>
    </message>
    <message>
        <source>M&amp;arathon URL:</source>
        <translation>URL M&amp;arathon :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;HTTP user (no password is stored):</source>
        <translation>Utilisateur &amp;HTTP (aucun mot de passe n&apos;est stocké) :</translation>
    </message>
    <message>
        <source>Master &amp;groups:</source>
        <translation>&amp;Groupes de masters :</translation>
    </message>
    <message>
        <source>A&amp;gent groups:</source>
        <translation>Groupes d&apos;a&amp;gents :</translation>
    </message>
    <message>
        <source>Reach the cluster through</source>
        <translation>Joindre le cluster via</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Connexion directe</translation>
    </message>
    <message>
        <source>SSH jump host from the inventory</source>
        <translation>Hôte de rebond SSH de l&apos;inventaire</translation>
    </message>
    <message>
        <source>SSH bastion outside the inventory</source>
        <translation>Bastion SSH hors de l&apos;inventaire</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>Conne&amp;xion :</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Hôte de rebond</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>Hôte de &amp;rebond :</translation>
    </message>
    <message>
        <source>the host&apos;s / the profile&apos;s SSH user</source>
        <translation>utilisateur SSH de l&apos;hôte / du profil</translation>
    </message>
    <message>
        <source>Jump host SSH user</source>
        <translation>Utilisateur SSH de l&apos;hôte de rebond</translation>
    </message>
    <message>
        <source>Jump host u&amp;ser:</source>
        <translation>U&amp;tilisateur de l&apos;hôte de rebond :</translation>
    </message>
    <message>
        <source>Jump host SSH port</source>
        <translation>Port SSH de l&apos;hôte de rebond</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Jump host p&amp;ort:</source>
        <translation>P&amp;ort de l&apos;hôte de rebond :</translation>
    </message>
    <message>
        <source>the host&apos;s / the profile&apos;s key</source>
        <translation>clé de l&apos;hôte / du profil</translation>
    </message>
    <message>
        <source>Jump host key file</source>
        <translation>Fichier de clé de l&apos;hôte de rebond</translation>
    </message>
    <message>
        <source>Jump host &amp;key file:</source>
        <translation>&amp;Fichier de clé de l&apos;hôte de rebond :</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Jump host known_hosts file</source>
        <translation>Fichier known_hosts de l&apos;hôte de rebond</translation>
    </message>
    <message>
        <source>known_&amp;hosts file:</source>
        <translation>Fichier &amp;known_hosts :</translation>
    </message>
    <message>
        <source>Masters, agents, Marathon and task logs are reached over this SSH connection.
Its host key must be in known_hosts; a password is asked for, never saved.</source>
        <translation>Les masters, les agents, Marathon et les journaux des tâches sont joints par cette connexion SSH.
Sa clé d&apos;hôte doit figurer dans known_hosts ; un mot de passe est demandé, jamais enregistré.</translation>
    </message>
    <message>
        <source>Problem with these settings</source>
        <translation>Problème avec ces paramètres</translation>
    </message>
    <message>
        <source>Keep the &amp;ZooKeeper URL</source>
        <translation>Conserver l&apos;URL &amp;ZooKeeper</translation>
    </message>
    <message>
        <source>Keep all ma&amp;sters</source>
        <translation>Conserver tous les ma&amp;sters</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper : %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Masters : %1</translation>
    </message>
    <message>
        <source>Learned from the cluster watched now:</source>
        <translation>Découvert auprès du cluster actuellement surveillé :</translation>
    </message>
    <message>
        <source>Cluster mode</source>
        <translation>Mode du cluster</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>Protected: type the cluster&apos;s name before each change</source>
        <translation>Protégé : saisir le nom du cluster avant chaque modification</translation>
    </message>
    <message>
        <source>Read-only: no change is sent</source>
        <translation>Lecture seule : aucune modification n&apos;est envoyée</translation>
    </message>
    <message>
        <source>Mod&amp;e:</source>
        <translation>Mod&amp;e :</translation>
    </message>
    <message>
        <source>none, or #rrggbb</source>
        <translation>aucune, ou #rrggbb</translation>
    </message>
    <message>
        <source>Cluster colour</source>
        <translation>Couleur du cluster</translation>
    </message>
    <message>
        <source>P&amp;ick…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
    <message>
        <source>Cluster Colour</source>
        <translation>Couleur du cluster</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Cou&amp;leur :</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not a colour: write it #rrggbb (e.g. #d93025) or a name such as red, or choose one.</source>
        <translation>« %1 » n&apos;est pas une couleur : écrivez-la #rrggbb (p. ex. #d93025) ou par un nom comme red, ou choisissez-en une.</translation>
    </message>
    <message>
        <source>A protected cluster needs a name: it is what you type before each change.</source>
        <translation>Un cluster protégé a besoin d&apos;un nom : c&apos;est lui que vous saisissez avant chaque modification.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClusterSwitcher</name>
    <message>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <source>The watched clusters (health dot: live, stale, failing); pick one to show it (Ctrl+K “cluster NAME”).</source>
        <translation>Les clusters suivis (pastille de santé : en direct, périmé, en échec) ; choisissez-en un pour l&apos;afficher (Ctrl+K « cluster NOM »).</translation>
    </message>
    <message>
        <source>Watched clusters</source>
        <translation>Clusters suivis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop watching the cluster shown</source>
        <translation>Ne plus suivre le cluster affiché</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>none watched</source>
        <translation>aucun suivi</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ClustersPage</name>
    <message>
        <source>Every watched cluster; double-click one (or Enter) to show it. Open another with File ▸ Connect to Cluster… or a workspace.</source>
        <translation>Tous les clusters suivis ; double-cliquez sur l&apos;un d&apos;eux (ou Entrée) pour l&apos;afficher. Ouvrez-en un autre avec Fichier ▸ Se connecter à un cluster… ou un espace de travail.</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
</context>
<context>
    <name>mc::widgets::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Jump to a view, host, app or task, or run an action…</source>
        <translation>Aller à une vue, un hôte, une app ou une tâche, ou exécuter une action…</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConfirmDialog</name>
    <message>
        <source>Affected objects</source>
        <translation>Objets concernés</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConnectDialog</name>
    <message>
        <source>Connect to Cluster</source>
        <translation>Se connecter à un cluster</translation>
    </message>
    <message>
        <source>Watch a running cluster. Name its Mesos masters (any of them: the leader is found) or its ZooKeeper ensemble, and Marathon.</source>
        <translation>Suivre un cluster en cours d&apos;exécution. Indiquez ses masters Mesos (n&apos;importe lesquels : le leader est trouvé) ou son ensemble ZooKeeper, et Marathon.</translation>
    </message>
    <message>
        <source>m1:5050, m2:5050  or  zk://m1:2181,m2:2181,m3:2181/mesos</source>
        <translation>m1:5050, m2:5050  ou  zk://m1:2181,m2:2181,m3:2181/mesos</translation>
    </message>
    <message>
        <source>Mesos masters</source>
        <translation>Masters Mesos</translation>
    </message>
    <message>
        <source>&amp;Mesos masters:</source>
        <translation>Masters &amp;Mesos :</translation>
    </message>
    <message>
        <source>m1:8080 (optional)</source>
        <translation>m1:8080 (facultatif)</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>M&amp;arathon:</source>
        <translation>M&amp;arathon :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Sign-in and TLS (only if the cluster asks for them)</source>
        <translation>Authentification et TLS (uniquement si le cluster les exige)</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>Utilisateur HTTP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>Mot de passe HTTP</translation>
    </message>
    <message>
        <source>Kept in memory while the console runs; never written to disk.</source>
        <translation>Conservé en mémoire pendant que la console tourne ; jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>Jeton d&apos;authentification</translation>
    </message>
    <message>
        <source>A DC/OS-style token (sent as &quot;Authorization: token=…&quot;); used instead of the user and password. Never written to disk.</source>
        <translation>Un jeton de style DC/OS (envoyé sous la forme « Authorization: token=… ») ; remplace l&apos;utilisateur et le mot de passe. Jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>Fichier de certificats CA</translation>
    </message>
    <message>
        <source>system CAs only</source>
        <translation>CA du système uniquement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>Choisir le fichier de certificats CA</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA c&amp;ertificates:</source>
        <translation>C&amp;ertificats CA :</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ConnectionBadge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mc::widgets::DetailTable</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Details of the selected row in %1</source>
        <translation>Détails de la ligne sélectionnée dans %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>mc::widgets::DiagnosticsDialog</name>
    <message>
        <source>Record &amp;debug lines</source>
        <translation>Consigner les lignes de &amp;débogage</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Qt and other</source>
        <translation>Qt et autres</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Also keep the detailed lines (requests, redirects, connects), as --verbose does.</source>
        <translation>Garder aussi les lignes détaillées (requêtes, redirections, connexions), comme le fait --verbose.</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Journal récent</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>The log shown is on the clipboard.</source>
        <translation>Le journal affiché est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown of the last %1 kept in memory. Passwords, tokens, Authorization headers and keys are removed.</source>
        <translation>
            <numerusform>%n ligne affichée sur les %1 dernières gardées en mémoire. Les mots de passe, jetons, en-têtes Authorization et clés sont retirés.</numerusform>
            <numerusform>%n lignes affichées sur les %1 dernières gardées en mémoire. Les mots de passe, jetons, en-têtes Authorization et clés sont retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 older lines were dropped.</source>
        <translation>%1 lignes plus anciennes ont été abandonnées.</translation>
    </message>
    <message>
        <source>Mesos Console %1 diagnostic log</source>
        <translation>Journal de diagnostic de Mesos Console %1</translation>
    </message>
    <message>
        <source>Qt %1 on %2 (%3 %4)</source>
        <translation>Qt %1 sur %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Saved %1 UTC; categories: %2</source>
        <translation>Enregistré le %1 UTC ; catégories : %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Save Diagnostic Log</source>
        <translation>Enregistrer le journal de diagnostic</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved to %1. Attach it to the bug report.</source>
        <translation>Enregistré dans %1. Joignez-le au rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ForwardDialog</name>
    <message>
        <source>Follow the app&apos;s replacement task when this one ends</source>
        <translation>Suivre la tâche de remplacement de l&apos;app quand celle-ci se termine</translation>
    </message>
    <message>
        <source>Forward a Port of %1</source>
        <translation>Rediriger un port de %1</translation>
    </message>
    <message>
        <source>%1 (port index %2)</source>
        <translation>%1 (index de port %2)</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Else the forward stops and says so when the task ends.</source>
        <translation>Sinon, la redirection s&apos;arrête et le signale quand la tâche se termine.</translation>
    </message>
    <message>
        <source>The console does not see the cluster&apos;s tasks (not connected).</source>
        <translation>La console ne voit pas les tâches du cluster (non connectée).</translation>
    </message>
    <message>
        <source>Connections to 127.0.0.1 on this machine go over SSH to the task&apos;s port: through the jump host when the workspace has one, else through its agent&apos;s host.</source>
        <translation>Les connexions à 127.0.0.1 sur cette machine passent par SSH jusqu&apos;au port de la tâche : via l&apos;hôte de rebond si l&apos;espace de travail en a un, sinon via l&apos;hôte de son agent.</translation>
    </message>
    <message>
        <source>Task port:</source>
        <translation>Port de la tâche :</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>Port local :</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Rediriger</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ForwardsView</name>
    <message>
        <source>Forward to</source>
        <translation>Rediriger vers</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Sent (bytes)</source>
        <translation>Envoyés (octets)</translation>
    </message>
    <message>
        <source>Received (bytes)</source>
        <translation>Reçus (octets)</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>Redirections de port</translation>
    </message>
    <message>
        <source>Port forwards (127.0.0.1 only)</source>
        <translation>Redirections de port (127.0.0.1 uniquement)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 (follows its app)</source>
        <translation>%1 (suit son app)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>mc::widgets::GroupEditDialog</name>
    <message>
        <source>Edit group %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <source>The group must be a JSON object.</source>
        <translation>Le groupe doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The id must stay %1 (to move apps, export and import them).</source>
        <translation>L&apos;id doit rester %1 (pour déplacer des apps, exportez-les puis importez-les).</translation>
    </message>
    <message>
        <source>Apply sends this change to Marathon as one deployment of %1.</source>
        <translation>Appliquer envoie cette modification à Marathon en un seul déploiement de %1.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, port %3) is not in your known hosts. Compare the fingerprint below with the one on the machine (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) before you trust it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, port %3) ne figure pas dans vos hôtes connus. Comparez l&apos;empreinte ci-dessous avec celle de la machine (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Trust Once</source>
        <translation>Faire confiance une fois</translation>
    </message>
    <message>
        <source>Trust and Remember</source>
        <translation>Faire confiance et mémoriser</translation>
    </message>
</context>
<context>
    <name>mc::widgets::InventoryView</name>
    <message>
        <source>Add &amp;Group…</source>
        <translation>Ajouter un &amp;groupe…</translation>
    </message>
    <message>
        <source>Add &amp;Host…</source>
        <translation>Ajouter un &amp;hôte…</translation>
    </message>
    <message>
        <source>Add &amp;Many Hosts…</source>
        <translation>Ajouter &amp;plusieurs hôtes…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>Paramètres du &amp;cluster…</translation>
    </message>
    <message>
        <source>&amp;Import Ansible Inventory…</source>
        <translation>&amp;Importer un inventaire Ansible…</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>&amp;Exporter l&apos;inventaire…</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>Enregistrer l&apos;espace de &amp;travail</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l&apos;espace de travail s&amp;ous…</translation>
    </message>
    <message>
        <source>Select a host or a group to edit it.

Drag hosts onto a group to move them (hold Ctrl to copy). F2 renames.</source>
        <translation>Sélectionnez un hôte ou un groupe pour le modifier.

Faites glisser des hôtes sur un groupe pour les déplacer (maintenez Ctrl pour copier). F2 renomme.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>the name above</source>
        <translation>le nom ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Address (ansible_host):</source>
        <translation>&amp;Adresse (ansible_host) :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>SSH &amp;port (ansible_port):</source>
        <translation>&amp;Port SSH (ansible_port) :</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>hérité</translation>
    </message>
    <message>
        <source>SSH &amp;user (ansible_user):</source>
        <translation>&amp;Utilisateur SSH (ansible_user) :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;ZooKeeper id (zoo_id):</source>
        <translation>Identifiant &amp;ZooKeeper (zoo_id) :</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <source>Rename host %1</source>
        <translation>Renommer l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>Renommer le groupe %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>No problems found: the inventory is ready for a Mesos cluster.</source>
        <translation>Aucun problème trouvé : l&apos;inventaire est prêt pour un cluster Mesos.</translation>
    </message>
    <message>
        <source>A group name needs letters, digits or _ and no spaces or &apos;:&apos;.</source>
        <translation>Un nom de groupe doit contenir des lettres, des chiffres ou _ et aucun espace ni &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation>Il existe déjà un groupe nommé « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a host name; choose another group name.</source>
        <translation>« %1 » est déjà un nom d&apos;hôte ; choisissez un autre nom de groupe.</translation>
    </message>
    <message>
        <source>Give at least one host name.</source>
        <translation>Indiquez au moins un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation>Ajouter l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Add %1 hosts</source>
        <translation>Ajouter %1 hôtes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Group name (for example masters or agents):</source>
        <translation>Nom du groupe (par exemple masters ou agents) :</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>Host name or IP address:</source>
        <translation>Nom d&apos;hôte ou adresse IP :</translation>
    </message>
    <message>
        <source>Host name or IP address (added to %1):</source>
        <translation>Nom d&apos;hôte ou adresse IP (ajouté à %1) :</translation>
    </message>
    <message>
        <source>Variable name:</source>
        <translation>Nom de la variable :</translation>
    </message>
    <message>
        <source>Value of %1 (YAML: 1 is a number, yes a boolean, &quot;text&quot; stays text):</source>
        <translation>Valeur de %1 (YAML : 1 est un nombre, yes un booléen, &quot;texte&quot; reste du texte) :</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import Ansible Inventory</source>
        <translation>Importer un inventaire Ansible</translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts *);;All files (*)</source>
        <translation>Inventaires Ansible (*.ini *.yml *.yaml hosts *);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Exporter l&apos;inventaire</translation>
    </message>
    <message>
        <source>Ansible INI inventory (*.ini);;Ansible YAML inventory (*.yml)</source>
        <translation>Inventaire Ansible INI (*.ini);;Inventaire Ansible YAML (*.yml)</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>Enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Mesos Console workspace (*.mcw.yaml)</source>
        <translation>Espace de travail Mesos Console (*.mcw.yaml)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The inventory has changes that are not saved. Save them before going on?</source>
        <translation>L&apos;inventaire contient des modifications non enregistrées. Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Groups and hosts</source>
        <translation>Groupes et hôtes</translation>
    </message>
    <message>
        <source>Problems found in the inventory</source>
        <translation>Problèmes trouvés dans l&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>mc::widgets::JsonEditDialog</name>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Definition (JSON)</source>
        <translation>Définition (JSON)</translation>
    </message>
    <message>
        <source>Change to apply</source>
        <translation>Modification à appliquer</translation>
    </message>
    <message>
        <source>Review shows what changes here.</source>
        <translation>Vérifier montre ici ce qui change.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Force the change</source>
        <translation>Forcer la modification</translation>
    </message>
    <message>
        <source>Send it again with ?force=true: cancels the running deployment (tasks of both versions may run for a while).</source>
        <translation>Renvoyer avec ?force=true : annule le déploiement en cours (des tâches des deux versions peuvent tourner un moment).</translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogView</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Truncated, following from the start</source>
        <translation>Tronqué, suivi depuis le début</translation>
    </message>
    <message>
        <source>Unreachable, retrying</source>
        <translation>Injoignable, nouvel essai</translation>
    </message>
    <message>
        <source>Task finished</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Follow new output (unchecked: paused; nothing is lost)</source>
        <translation>Suivre la nouvelle sortie (décoché : en pause ; rien n&apos;est perdu)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Jump to the start (Ctrl+Home)</source>
        <translation>Aller au début (Ctrl+Début)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Load the previous 1 MiB of the file</source>
        <translation>Charger le 1 Mio précédent du fichier</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selection (or everything shown)</source>
        <translation>Copier la sélection (ou tout ce qui est affiché)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the whole file</source>
        <translation>Enregistrer le fichier entier</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Search (Enter: next)</source>
        <translation>Rechercher (Entrée : suivant)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Show only lines matching (regex)</source>
        <translation>N&apos;afficher que les lignes correspondantes (regex)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Expression régulière non valide : %1</translation>
    </message>
    <message>
        <source>Cannot load the earlier part: %1</source>
        <translation>Impossible de charger la partie précédente : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes shown)</source>
        <translation>%1 enregistré (%2 octets affichés)</translation>
    </message>
    <message>
        <source>  ·  showing %1 (bytes %2–%3)</source>
        <translation>  ·  affichage de %1 (octets %2–%3)</translation>
    </message>
    <message>
        <source>, the last %1 lines on screen</source>
        <translation>, les %1 dernières lignes à l&apos;écran</translation>
    </message>
    <message>
        <source>Jump to the end and follow (Ctrl+End)</source>
        <translation>Aller à la fin et suivre (Ctrl+Fin)</translation>
    </message>
</context>
<context>
    <name>mc::widgets::LogsPage</name>
    <message>
        <source>Saved %1 (%2 bytes)</source>
        <translation>%1 enregistré (%2 octets)</translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation>Téléchargement vers %1…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>Non connecté à un cluster</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to Anything…</source>
        <translation>A&amp;ller à…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Mesos Console</source>
        <translation>À &amp;propos de Mesos Console</translation>
    </message>
    <message>
        <source>About Mesos Console</source>
        <translation>À propos de Mesos Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mesos Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for Apache Mesos and Marathon clusters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mesos Console %1&lt;/h3&gt;&lt;p&gt;Une console de bureau native pour les clusters Apache Mesos et Marathon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>%1 — Mesos Console</source>
        <translation>%1 — Mesos Console</translation>
    </message>
    <message>
        <source>&amp;Connect to Cluster…</source>
        <translation>Se &amp;connecter à un cluster…</translation>
    </message>
    <message>
        <source>Workspaces and Ansible inventories (*.mcw.yaml *.yaml *.yml *.ini hosts);;All files (*)</source>
        <translation>Espaces de travail et inventaires Ansible (*.mcw.yaml *.yaml *.yml *.ini hosts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Icons-Only Sidebar</source>
        <translation>Barre latérale en &amp;icônes seules</translation>
    </message>
    <message>
        <source>[%1] %2 — Mesos Console</source>
        <translation>[%1] %2 — Mesos Console</translation>
    </message>
    <message>
        <source>Cluster and mode</source>
        <translation>Cluster et mode</translation>
    </message>
    <message>
        <source>The cluster of this workspace and what may be changed on it (Cluster Settings).</source>
        <translation>Le cluster de cet espace de travail et ce qui peut y être modifié (Paramètres du cluster).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>D&amp;iagnostics…</source>
        <translation>D&amp;iagnostic…</translation>
    </message>
</context>
<context>
    <name>mc::widgets::MesosActions</name>
    <message>
        <source>Schedule Maintenance</source>
        <translation>Planifier une maintenance</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Kill every task on the selected agents and give them no new ones; Marathon starts replacements elsewhere</source>
        <translation>Tuer toutes les tâches des agents sélectionnés et ne plus leur en donner ; Marathon lance des remplaçantes ailleurs</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Give the selected agents no new tasks; running ones keep running</source>
        <translation>Ne plus donner de nouvelles tâches aux agents sélectionnés ; celles en cours continuent</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Give the selected (deactivated or drained) agents tasks again</source>
        <translation>Redonner des tâches aux agents sélectionnés (désactivés ou vidés)</translation>
    </message>
    <message>
        <source>Mark Gone</source>
        <translation>Marquer comme disparu</translation>
    </message>
    <message>
        <source>Remove the selected agents for good; their tasks end</source>
        <translation>Retirer définitivement les agents sélectionnés ; leurs tâches se terminent</translation>
    </message>
    <message>
        <source>Schedule Maintenance…</source>
        <translation>Planifier une maintenance…</translation>
    </message>
    <message>
        <source>Add a maintenance window for the selected agents&apos; machines</source>
        <translation>Ajouter une fenêtre de maintenance pour les machines des agents sélectionnés</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Take the selected agents&apos; scheduled machines down: their agents stop and their tasks end</source>
        <translation>Arrêter les machines planifiées des agents sélectionnés : leurs agents s&apos;arrêtent et leurs tâches se terminent</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Bring the machines that are down up again</source>
        <translation>Remettre en service les machines arrêtées</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Démanteler</translation>
    </message>
    <message>
        <source>Kill every task of the selected framework and remove it</source>
        <translation>Tuer toutes les tâches du framework sélectionné et le retirer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Weight %2&lt;/p&gt;&lt;p&gt;Frameworks:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Poids %2&lt;/p&gt;&lt;p&gt;Frameworks :&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>No Mesos master is connected</source>
        <translation>Aucun master Mesos n&apos;est connecté</translation>
    </message>
    <message>
        <source>Select one or more agents</source>
        <translation>Sélectionnez un ou plusieurs agents</translation>
    </message>
    <message>
        <source>No machine is down</source>
        <translation>Aucune machine n&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Select a framework</source>
        <translation>Sélectionnez un framework</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>en vidage</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>vidé</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>window %1, %2 h</source>
        <translation>fenêtre %1, %2 h</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>fenêtre %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1 : %n tâche</numerusform>
            <numerusform>%1 : %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>; apps %1</source>
        <translation> ; apps %1</translation>
    </message>
    <message>
        <source>; frameworks %1</source>
        <translation> ; frameworks %1</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)?</source>
        <translation>
            <numerusform>Vider %n agent ?</numerusform>
            <numerusform>Vider %n agents ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Drain these agents?</source>
        <translation>Vider ces agents ?</translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills their %n task(s) now and gives them no new ones; Marathon starts replacements on other agents. Reactivate them after the maintenance.</source>
        <translation>
            <numerusform>Mesos tue maintenant leur %n tâche et ne leur en donne plus ; Marathon lance des remplaçantes sur d&apos;autres agents. Réactivez-les après la maintenance.</numerusform>
            <numerusform>Mesos tue maintenant leurs %n tâches et ne leur en donne plus ; Marathon lance des remplaçantes sur d&apos;autres agents. Réactivez-les après la maintenance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %n agent(s)</source>
        <translation>
            <numerusform>Vider %n agent</numerusform>
            <numerusform>Vider %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)?</source>
        <translation>
            <numerusform>Désactiver %n agent ?</numerusform>
            <numerusform>Désactiver %n agents ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate these agents?</source>
        <translation>Désactiver ces agents ?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) keep running; no new task is placed on them.</source>
        <translation>
            <numerusform>Leur %n tâche continue de tourner ; aucune nouvelle tâche n&apos;y est placée.</numerusform>
            <numerusform>Leurs %n tâches continuent de tourner ; aucune nouvelle tâche n&apos;y est placée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n agent(s)</source>
        <translation>
            <numerusform>Désactiver %n agent</numerusform>
            <numerusform>Désactiver %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)?</source>
        <translation>
            <numerusform>Réactiver %n agent ?</numerusform>
            <numerusform>Réactiver %n agents ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate these agents?</source>
        <translation>Réactiver ces agents ?</translation>
    </message>
    <message>
        <source>They get new tasks again.</source>
        <translation>Ils reçoivent de nouveau des tâches.</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n agent(s)</source>
        <translation>
            <numerusform>Réactiver %n agent</numerusform>
            <numerusform>Réactiver %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone?</source>
        <translation>
            <numerusform>Marquer %n agent comme disparu ?</numerusform>
            <numerusform>Marquer %n agents comme disparus ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark these agents gone for good?</source>
        <translation>Marquer ces agents comme définitivement disparus ?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n task(s) end (TASK_GONE_BY_OPERATOR) and the agents can never register again with these ids.</source>
        <translation>
            <numerusform>Leur %n tâche se termine (TASK_GONE_BY_OPERATOR) et les agents ne pourront plus jamais s&apos;enregistrer avec ces identifiants.</numerusform>
            <numerusform>Leurs %n tâches se terminent (TASK_GONE_BY_OPERATOR) et les agents ne pourront plus jamais s&apos;enregistrer avec ces identifiants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n agent(s) gone</source>
        <translation>
            <numerusform>Marquer %n agent comme disparu</numerusform>
            <numerusform>Marquer %n agents comme disparus</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>Vidage de %1</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>Reactivated %1</source>
        <translation>%1 réactivé</translation>
    </message>
    <message>
        <source>Marked %1 gone</source>
        <translation>%1 marqué comme disparu</translation>
    </message>
    <message>
        <source>Scheduled maintenance of %1</source>
        <translation>Maintenance de %1 planifiée</translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down?</source>
        <translation>
            <numerusform>Arrêter %n machine ?</numerusform>
            <numerusform>Arrêter %n machines ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the machines of these agents down?</source>
        <translation>Arrêter les machines de ces agents ?</translation>
    </message>
    <message numerus="yes">
        <source>Their agents are shut down and their %n task(s) end; Marathon starts replacements on other machines. Bring the machines up when the maintenance is over.</source>
        <translation>
            <numerusform>Leurs agents sont arrêtés et leur %n tâche se termine ; Marathon lance des remplaçantes sur d&apos;autres machines. Remettez les machines en service à la fin de la maintenance.</numerusform>
            <numerusform>Leurs agents sont arrêtés et leurs %n tâches se terminent ; Marathon lance des remplaçantes sur d&apos;autres machines. Remettez les machines en service à la fin de la maintenance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n machine(s) down</source>
        <translation>
            <numerusform>Arrêter %n machine</numerusform>
            <numerusform>Arrêter %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>Took %1 down</source>
        <translation>%1 arrêté</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up?</source>
        <translation>
            <numerusform>Remettre en service %n machine ?</numerusform>
            <numerusform>Remettre en service %n machines ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring these machines up?</source>
        <translation>Remettre ces machines en service ?</translation>
    </message>
    <message>
        <source>They leave the maintenance schedule; their agents register again and get tasks.</source>
        <translation>Elles quittent le calendrier de maintenance ; leurs agents s&apos;enregistrent de nouveau et reçoivent des tâches.</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n machine(s) up</source>
        <translation>
            <numerusform>Remettre en service %n machine</numerusform>
            <numerusform>Remettre en service %n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought %1 up</source>
        <translation>%1 remis en service</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Tear down %1?</source>
        <translation>Démanteler %1 ?</translation>
    </message>
    <message>
        <source>Tear down the framework %1 (%2)?</source>
        <translation>Démanteler le framework %1 (%2) ?</translation>
    </message>
    <message numerus="yes">
        <source>Mesos kills its %n task(s) and removes the framework; it cannot register again with this id.</source>
        <translation>
            <numerusform>Mesos tue sa %n tâche et retire le framework ; il ne pourra plus s&apos;enregistrer avec cet identifiant.</numerusform>
            <numerusform>Mesos tue ses %n tâches et retire le framework ; il ne pourra plus s&apos;enregistrer avec cet identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tear down %1</source>
        <translation>Démanteler %1</translation>
    </message>
    <message>
        <source>Tore down %1</source>
        <translation>%1 démantelé</translation>
    </message>
</context>
<context>
    <name>mc::widgets::NotificationCenter</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Mesos Console</source>
        <translation>Mesos Console</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1 : %2
%3</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>%1  %2: %3
%4</source>
        <translation>%1  %2 : %3
%4</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Rien ne s&apos;est encore produit.</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s). Click to see them.</source>
        <translation>
            <numerusform>%n notification non lue. Cliquez pour la voir.</numerusform>
            <numerusform>%n notifications non lues. Cliquez pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications. Click to see the history.</source>
        <translation>Aucune notification non lue. Cliquez pour voir l&apos;historique.</translation>
    </message>
    <message>
        <source>New · %1</source>
        <translation>Nouveau · %1</translation>
    </message>
    <message>
        <source>%1

Double-click or press Enter to go to %2.</source>
        <translation>%1

Double-cliquez ou appuyez sur Entrée pour aller à %2.</translation>
    </message>
</context>
<context>
    <name>mc::widgets::OverflowBar</name>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>The actions that do not fit in this width</source>
        <translation>Les actions qui ne tiennent pas dans cette largeur</translation>
    </message>
</context>
<context>
    <name>mc::widgets::PodsPanel</name>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Mettre à l&apos;échelle…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Reading the pods…</source>
        <translation>Lecture des pods…</translation>
    </message>
    <message>
        <source>Create a pod from its JSON definition</source>
        <translation>Créer un pod à partir de sa définition JSON</translation>
    </message>
    <message>
        <source>Edit the selected pod&apos;s JSON: review the change, then apply it</source>
        <translation>Modifier le JSON du pod sélectionné : vérifier la modification, puis l&apos;appliquer</translation>
    </message>
    <message>
        <source>Set the selected pod&apos;s number of instances</source>
        <translation>Définir le nombre d&apos;instances du pod sélectionné</translation>
    </message>
    <message>
        <source>Replace every instance of the selected pod (a new version of the same definition)</source>
        <translation>Remplacer chaque instance du pod sélectionné (une nouvelle version de la même définition)</translation>
    </message>
    <message>
        <source>Destroy the selected pod and its instances</source>
        <translation>Détruire le pod sélectionné et ses instances</translation>
    </message>
    <message>
        <source>No Marathon is connected.</source>
        <translation>Aucun Marathon n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation>Les pods n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>This Marathon has no pods: they came with Marathon 1.4 (GET /v2/pods answered 404).</source>
        <translation>Ce Marathon n&apos;a pas de pods : ils sont arrivés avec Marathon 1.4 (GET /v2/pods a répondu 404).</translation>
    </message>
    <message>
        <source>No pods. Create… starts one from its JSON definition.</source>
        <translation>Aucun pod. Créer… en démarre un à partir de sa définition JSON.</translation>
    </message>
    <message>
        <source>Select a pod first</source>
        <translation>Sélectionnez d&apos;abord un pod</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Select a pod for its instances and their tasks.</source>
        <translation>Sélectionnez un pod pour voir ses instances et leurs tâches.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · %4 of %n instance(s) stable</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · stables : %4 sur %n instance</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 · version %3 · stables : %4 sur %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deployment %2)</source>
        <translation>%1 (déploiement %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Create pod</source>
        <translation>Créer un pod</translation>
    </message>
    <message>
        <source>A pod must be a JSON object.</source>
        <translation>Un pod doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Apply creates the pod: Marathon starts its instances in one deployment.</source>
        <translation>Appliquer crée le pod : Marathon démarre ses instances en un seul déploiement.</translation>
    </message>
    <message>
        <source>Pod created</source>
        <translation>Pod créé</translation>
    </message>
    <message>
        <source>Created pod %1</source>
        <translation>Pod %1 créé</translation>
    </message>
    <message>
        <source>Pod not edited</source>
        <translation>Pod non modifié</translation>
    </message>
    <message>
        <source>Edit pod %1</source>
        <translation>Modifier le pod %1</translation>
    </message>
    <message>
        <source>The id must stay %1 (a new id is a new pod: Create… it).</source>
        <translation>L&apos;id doit rester %1 (un nouvel id est un nouveau pod : créez-le avec Créer…).</translation>
    </message>
    <message>
        <source>Apply sends this definition to Marathon: a new version of %1 whose instances replace the running ones (only scaling changed: a scale).</source>
        <translation>Appliquer envoie cette définition à Marathon : une nouvelle version de %1 dont les instances remplacent celles en cours (seule la mise à l&apos;échelle a changé : une mise à l&apos;échelle).</translation>
    </message>
    <message>
        <source>Pod updated</source>
        <translation>Pod mis à jour</translation>
    </message>
    <message>
        <source>Updated pod %1</source>
        <translation>Pod %1 mis à jour</translation>
    </message>
    <message>
        <source>Scale pod</source>
        <translation>Mettre le pod à l&apos;échelle</translation>
    </message>
    <message>
        <source>Instances of %1:</source>
        <translation>Instances de %1 :</translation>
    </message>
    <message>
        <source>Scale down %1?</source>
        <translation>Réduire %1 ?</translation>
    </message>
    <message>
        <source>Scale pod %1 from %2 to %3 instances?</source>
        <translation>Passer le pod %1 de %2 à %3 instances ?</translation>
    </message>
    <message numerus="yes">
        <source>Marathon kills %n instance(s) and their containers&apos; tasks.</source>
        <translation>
            <numerusform>Marathon tue %n instance et les tâches de ses conteneurs.</numerusform>
            <numerusform>Marathon tue %n instances et les tâches de leurs conteneurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>Pod scaled</source>
        <translation>Pod mis à l&apos;échelle</translation>
    </message>
    <message>
        <source>Pod not scaled</source>
        <translation>Pod non mis à l&apos;échelle</translation>
    </message>
    <message>
        <source>Scaling pod %1 to %2</source>
        <translation>Mise à l&apos;échelle du pod %1 à %2</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Redémarrer %1 ?</translation>
    </message>
    <message>
        <source>Restart pod %1?</source>
        <translation>Redémarrer le pod %1 ?</translation>
    </message>
    <message>
        <source>Marathon starts new instances and then kills these, with their containers&apos; tasks.</source>
        <translation>Marathon démarre de nouvelles instances puis tue celles-ci, avec les tâches de leurs conteneurs.</translation>
    </message>
    <message>
        <source>Pod restarting</source>
        <translation>Pod en redémarrage</translation>
    </message>
    <message>
        <source>Pod not restarted</source>
        <translation>Pod non redémarré</translation>
    </message>
    <message>
        <source>Restarting pod %1</source>
        <translation>Redémarrage du pod %1</translation>
    </message>
    <message>
        <source>Destroy %1?</source>
        <translation>Détruire %1 ?</translation>
    </message>
    <message>
        <source>Destroy pod %1?</source>
        <translation>Détruire le pod %1 ?</translation>
    </message>
    <message>
        <source>Marathon kills every instance and forgets the pod.</source>
        <translation>Marathon tue chaque instance et oublie le pod.</translation>
    </message>
    <message>
        <source>Pod destroyed</source>
        <translation>Pod détruit</translation>
    </message>
    <message>
        <source>Pod not destroyed</source>
        <translation>Pod non détruit</translation>
    </message>
    <message>
        <source>Destroying pod %1</source>
        <translation>Destruction du pod %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ProvisionWizard</name>
    <message>
        <source>1  Workspace</source>
        <translation>1  Espace de travail</translation>
    </message>
    <message>
        <source>2  Install method</source>
        <translation>2  Méthode d&apos;installation</translation>
    </message>
    <message>
        <source>3  Preflight</source>
        <translation>3  Vérifications préalables</translation>
    </message>
    <message>
        <source>4  Plan</source>
        <translation>4  Plan</translation>
    </message>
    <message>
        <source>5  Run</source>
        <translation>5  Exécution</translation>
    </message>
    <message>
        <source>6  Postflight</source>
        <translation>6  Vérifications finales</translation>
    </message>
    <message>
        <source>7  Summary</source>
        <translation>7  Résumé</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Choose an inventory first.</source>
        <translation>Choisissez d&apos;abord un inventaire.</translation>
    </message>
    <message>
        <source>The recipe has errors.</source>
        <translation>La recette contient des erreurs.</translation>
    </message>
    <message>
        <source>Drift &amp; converge</source>
        <translation>Dérive &amp; convergence</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>running flag</source>
        <translation>flag en vigueur</translation>
    </message>
    <message>
        <source>would run</source>
        <translation>serait exécuté</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>échec de la vérification</translation>
    </message>
    <message>
        <source>Fix the errors the preflight found, then run the checks again.</source>
        <translation>Corrigez les erreurs trouvées par les vérifications préalables, puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>Nothing has run yet: the summary comes after a run.</source>
        <translation>Rien n&apos;a encore été exécuté : le résumé vient après une exécution.</translation>
    </message>
    <message>
        <source>Agent identity: %1
%2</source>
        <translation>Identité de l&apos;agent : %1
%2</translation>
    </message>
    <message>
        <source>“Drain agents first” is ticked: those agents are drained, given new ids and reactivated.</source>
        <translation>« Vider d&apos;abord les agents » est coché : ces agents sont vidés, reçoivent de nouveaux identifiants et sont réactivés.</translation>
    </message>
    <message>
        <source>Tick “Drain agents first” (page 5) to drain those agents, give them new ids and reactivate them.</source>
        <translation>Cochez « Vider d&apos;abord les agents » (page 5) pour vider ces agents, leur donner de nouveaux identifiants et les réactiver.</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>What each host has now against what the recipe would write: every file that differs (with its diff), what would run, and the flags the Mesos masters and agents run with (/master/flags, /slave(1)/flags). Nothing changes until you converge.</source>
        <translation>Ce que chaque hôte a maintenant, comparé à ce que la recette écrirait : chaque fichier qui diffère (avec son diff), ce qui serait exécuté, et les flags avec lesquels tournent les masters et agents Mesos (/master/flags, /slave(1)/flags). Rien ne change tant que vous ne lancez pas la convergence.</translation>
    </message>
    <message>
        <source>Check for drift</source>
        <translation>Rechercher une dérive</translation>
    </message>
    <message>
        <source>Converge drifted hosts</source>
        <translation>Faire converger les hôtes en dérive</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Drift per host</source>
        <translation>Dérive par hôte</translation>
    </message>
    <message>
        <source>Host / what</source>
        <translation>Hôte / quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Diff of the selected drifted file</source>
        <translation>Diff du fichier en dérive sélectionné</translation>
    </message>
    <message>
        <source>diff of the selected file</source>
        <translation>diff du fichier sélectionné</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Planification impossible : %1</translation>
    </message>
    <message>
        <source>Asking %1 hosts what differs (check mode: nothing changes)…</source>
        <translation>Interrogation de %1 hôtes sur ce qui diffère (mode vérification : rien ne change)…</translation>
    </message>
    <message>
        <source>Reading the running Mesos flags…</source>
        <translation>Lecture des flags Mesos en vigueur…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>conforme</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) need nothing</source>
        <translation>
            <numerusform>%n étape n&apos;a besoin de rien</numerusform>
            <numerusform>%n étapes n&apos;ont besoin de rien</numerusform>
        </translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>en dérive</translation>
    </message>
    <message>
        <source>%1 file(s), %2 running flag(s), %3 other</source>
        <translation>%1 fichier(s), %2 flag(s) en vigueur, %3 autre(s)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message numerus="yes">
        <source>No drift on the hosts that answered; %n host(s) not checked.</source>
        <translation>
            <numerusform>Aucune dérive sur les hôtes qui ont répondu ; %n hôte non vérifié.</numerusform>
            <numerusform>Aucune dérive sur les hôtes qui ont répondu ; %n hôtes non vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every host is as the recipe would make it.</source>
        <translation>Chaque hôte est tel que la recette le configurerait.</translation>
    </message>
    <message>
        <source>Drifted: %1. Converge runs the recipe on them.</source>
        <translation>En dérive : %1. La convergence exécute la recette sur ces hôtes.</translation>
    </message>
    <message>
        <source>Install method</source>
        <translation>Méthode d&apos;installation</translation>
    </message>
    <message>
        <source>A recipe says what every host gets. Values below override the recipe&apos;s defaults; the inventory&apos;s host variables override both.</source>
        <translation>Une recette indique ce que reçoit chaque hôte. Les valeurs ci-dessous remplacent les valeurs par défaut de la recette ; les variables d&apos;hôte de l&apos;inventaire remplacent les deux.</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Recipe file…</source>
        <translation>Fichier de recette…</translation>
    </message>
    <message>
        <source>Recipes (*.yaml *.yml)</source>
        <translation>Recettes (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Recette :</translation>
    </message>
    <message>
        <source>all masters and agents</source>
        <translation>tous les masters et agents</translation>
    </message>
    <message>
        <source>Limit to:</source>
        <translation>Limiter à :</translation>
    </message>
    <message>
        <source>Hosts at a time:</source>
        <translation>Hôtes simultanés :</translation>
    </message>
    <message>
        <source>Recipe variables</source>
        <translation>Variables de la recette</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;This recipe has errors:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Cette recette contient des erreurs :&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Hosts × steps, asked of the hosts in check mode: nothing changes. Select a file step to see its diff.</source>
        <translation>Hôtes × étapes, demandés aux hôtes en mode vérification : rien ne change. Sélectionnez une étape de fichier pour voir son diff.</translation>
    </message>
    <message>
        <source>Compute plan</source>
        <translation>Calculer le plan</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Pas encore de plan.</translation>
    </message>
    <message>
        <source>Plan per host and step</source>
        <translation>Plan par hôte et par étape</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Hôte / étape</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Ferait</translation>
    </message>
    <message>
        <source>Diff of the selected file</source>
        <translation>Diff du fichier sélectionné</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>interrogation…</translation>
    </message>
    <message>
        <source>Asking %1 hosts what would change (check mode)…</source>
        <translation>Interrogation de %1 hôtes sur ce qui changerait (mode vérification)…</translation>
    </message>
    <message>
        <source>unreachable/failed</source>
        <translation>injoignable/en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) would be made; nothing was changed.</source>
        <translation>
            <numerusform>%n modification serait effectuée ; rien n&apos;a été modifié.</numerusform>
            <numerusform>%n modifications seraient effectuées ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some hosts could not be asked; see below.</source>
        <translation>Certains hôtes n&apos;ont pas pu être interrogés ; voir ci-dessous.</translation>
    </message>
    <message>
        <source>handler: </source>
        <translation>handler : </translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>WARNING: %1

</source>
        <translation>AVERTISSEMENT : %1

</translation>
    </message>
    <message>
        <source>new agent id needed: </source>
        <translation>nouvel identifiant d&apos;agent nécessaire : </translation>
    </message>
    <message>
        <source>Postflight</source>
        <translation>Vérifications finales</translation>
    </message>
    <message>
        <source>Does the cluster answer? ZooKeeper: one leader, the rest followers (srvr); Mesos: every master names the same elected leader (/master/redirect); Marathon: /ping.</source>
        <translation>Le cluster répond-il ? ZooKeeper : un leader, les autres followers (srvr) ; Mesos : chaque master désigne le même leader élu (/master/redirect) ; Marathon : /ping.</translation>
    </message>
    <message>
        <source>Check the cluster</source>
        <translation>Vérifier le cluster</translation>
    </message>
    <message>
        <source>Postflight checks</source>
        <translation>Vérifications finales</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Choose an inventory and a recipe first.</source>
        <translation>Choisissez d&apos;abord un inventaire et une recette.</translation>
    </message>
    <message>
        <source>Asking %1 ZooKeeper servers, %2 Mesos masters, %3 Marathons…</source>
        <translation>Interrogation de %1 serveurs ZooKeeper, %2 masters Mesos, %3 Marathon…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>The recipe runs none of ZooKeeper, Mesos masters, Marathon: nothing to ask.</source>
        <translation>La recette n&apos;exécute ni ZooKeeper, ni masters Mesos, ni Marathon : rien à interroger.</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Before any host is touched: unique ZooKeeper ids, an odd master count, a majority quorum, port clashes; on every host SSH, sudo, OS and init system, a host name not mapped to 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disk, clock.</source>
        <translation>Avant de toucher un hôte : identifiants ZooKeeper uniques, nombre impair de masters, quorum majoritaire, conflits de ports ; sur chaque hôte SSH, sudo, OS et système d&apos;init, un nom d&apos;hôte non associé à 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disque, horloge.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Check the hosts over SSH</source>
        <translation>Vérifier les hôtes par SSH</translation>
    </message>
    <message>
        <source>%v of %m hosts checked</source>
        <translation>%v hôtes vérifiés sur %m</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Résultats des vérifications préalables</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(cluster)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Fix the errors before running.</source>
        <translation>Corrigez les erreurs avant l&apos;exécution.</translation>
    </message>
    <message>
        <source>The inventory makes a sound cluster.</source>
        <translation>L&apos;inventaire forme un cluster cohérent.</translation>
    </message>
    <message>
        <source>Asking the hosts for their addresses, then checking them over SSH…</source>
        <translation>Interrogation des hôtes sur leurs adresses, puis vérification par SSH…</translation>
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
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Checking the hosts over SSH: %1 of %2 done…</source>
        <translation>Vérification des hôtes par SSH : %1 sur %2 terminés…</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>All checks passed%1.</source>
        <translation>Toutes les vérifications ont réussi%1.</translation>
    </message>
    <message>
        <source> (with warnings)</source>
        <translation> (avec des avertissements)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>ZooKeeper first, then Mesos masters, Marathon, HAProxy, then agents. A service restarts only when one of its files changed.</source>
        <translation>ZooKeeper d&apos;abord, puis les masters Mesos, Marathon, HAProxy, puis les agents. Un service ne redémarre que si l&apos;un de ses fichiers a changé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling: running steps finish, nothing new starts…</source>
        <translation>Annulation : les étapes en cours se terminent, rien de nouveau ne démarre…</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>Drain agents first</source>
        <translation>Vider d&apos;abord les agents</translation>
    </message>
    <message>
        <source>An agent whose attributes or resources would change is drained first (Mesos 1.9+: its tasks are killed and replaced elsewhere; the run waits until it is DRAINED), its agent id removed, the recipe applied (the agent starts under a new id) and the agent reactivated. Without it, such a run needs a new agent id and loses the agent&apos;s tasks. The plan (page 4) says what it would drain.</source>
        <translation>Un agent dont les attributs ou ressources changeraient est d&apos;abord vidé (Mesos 1.9+ : ses tâches sont tuées et remplacées ailleurs ; l&apos;exécution attend qu&apos;il soit DRAINED), son identifiant d&apos;agent supprimé, la recette appliquée (l&apos;agent démarre sous un nouvel identifiant) et l&apos;agent réactivé. Sans cette option, une telle exécution nécessite un nouvel identifiant d&apos;agent et perd les tâches de l&apos;agent. Le plan (page 4) indique ce qui serait vidé.</translation>
    </message>
    <message>
        <source>the inventory&apos;s masters, or http://m1:5050,http://m2:5050</source>
        <translation>les masters de l&apos;inventaire, ou http://m1:5050,http://m2:5050</translation>
    </message>
    <message>
        <source>Mesos masters to drain through</source>
        <translation>Masters Mesos par lesquels vider</translation>
    </message>
    <message>
        <source>through:</source>
        <translation>via :</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation>Progression par hôte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steps run</source>
        <translation>Étapes exécutées</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Sortie en direct</translation>
    </message>
    <message>
        <source>live output of commands</source>
        <translation>sortie en direct des commandes</translation>
    </message>
    <message>
        <source>Preflight errors: fix them first (page 3).</source>
        <translation>Erreurs de vérification préalable : corrigez-les d&apos;abord (page 3).</translation>
    </message>
    <message>
        <source>This recipe writes the attributes/resources of %1: a change there makes an agent need a new agent id. Compute the plan first (page 4) to see whether they change.</source>
        <translation>Cette recette écrit les attributs/ressources de %1 : une modification à cet endroit oblige l&apos;agent à prendre un nouvel identifiant d&apos;agent. Calculez d&apos;abord le plan (page 4) pour voir s&apos;ils changent.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Role %1 on %2</source>
        <translation>Rôle %1 sur %2</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>exécution de %1</translation>
    </message>
    <message>
        <source>done: %1 changed</source>
        <translation>terminé : %1 modifié(s)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n change(s).</source>
        <translation>
            <numerusform>Terminé : %n modification.</numerusform>
            <numerusform>Terminé : %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished with failures on %1.</source>
        <translation>Terminé avec des échecs sur %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What each host did. The run log stays beside the inventory (provision-runs/).</source>
        <translation>Ce que chaque hôte a fait. Le journal d&apos;exécution reste à côté de l&apos;inventaire (provision-runs/).</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Where the hosts&apos; time went</source>
        <translation>Où est passé le temps des hôtes</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host-seconds</source>
        <translation>Secondes-hôte</translation>
    </message>
    <message>
        <source>Wall seconds</source>
        <translation>Secondes réelles</translation>
    </message>
    <message>
        <source>Hosts at once (max / mean)</source>
        <translation>Hôtes simultanés (max / moy.)</translation>
    </message>
    <message>
        <source>Host-seconds: the time of every host added up. Wall seconds: while at least one host was at it. Host-seconds far above wall seconds: the hosts did it in parallel; hosts at once near 1 with many hosts: they waited in turn.</source>
        <translation>Secondes-hôte : le temps de tous les hôtes additionné. Secondes réelles : tant qu&apos;au moins un hôte y travaillait. Secondes-hôte bien au-dessus des secondes réelles : les hôtes ont travaillé en parallèle ; hôtes simultanés proches de 1 avec beaucoup d&apos;hôtes : ils ont attendu leur tour.</translation>
    </message>
    <message>
        <source>History of host:</source>
        <translation>Historique de l&apos;hôte :</translation>
    </message>
    <message>
        <source>Host whose history is shown</source>
        <translation>Hôte dont l&apos;historique est affiché</translation>
    </message>
    <message>
        <source>History of the chosen host</source>
        <translation>Historique de l&apos;hôte choisi</translation>
    </message>
    <message>
        <source>each run of the host: when, what it did, every step&apos;s seconds</source>
        <translation>chaque exécution sur l&apos;hôte : quand, ce qu&apos;elle a fait, les secondes de chaque étape</translation>
    </message>
    <message>
        <source>Retry failed hosts only</source>
        <translation>Relancer uniquement les hôtes en échec</translation>
    </message>
    <message>
        <source>After a run with failed hosts</source>
        <translation>Après une exécution avec des hôtes en échec</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Open Cluster view</source>
        <translation>Ouvrir la vue Cluster</translation>
    </message>
    <message>
        <source>No runs of %1 recorded yet.</source>
        <translation>Aucune exécution sur %1 enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>
Run log: %1
</source>
        <translation>
Journal d&apos;exécution : %1
</translation>
    </message>
    <message numerus="yes">
        <source>all (%n host(s), %1 s)</source>
        <translation>
            <numerusform>toutes (%n hôte, %1 s)</numerusform>
            <numerusform>toutes (%n hôtes, %1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>The machines to set up: an inventory (INI or YAML, as Ansible reads it) whose masters carry a zoo_id, and how to log in to them.</source>
        <translation>Les machines à configurer : un inventaire (INI ou YAML, tel qu&apos;Ansible le lit) dont les masters portent un zoo_id, et la façon de s&apos;y connecter.</translation>
    </message>
    <message>
        <source>inventory or workspace file</source>
        <translation>fichier d&apos;inventaire ou d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Inventory or workspace file</source>
        <translation>Fichier d&apos;inventaire ou d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Inventory or workspace</source>
        <translation>Inventaire ou espace de travail</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>ansible_user, ~/.ssh/config, or yours</source>
        <translation>ansible_user, ~/.ssh/config, ou le vôtre</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <source>agent / default keys</source>
        <translation>agent / clés par défaut</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée :</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation>known_hosts :</translation>
    </message>
    <message>
        <source>empty: passwordless sudo (kept in memory only)</source>
        <translation>vide : sudo sans mot de passe (conservé en mémoire uniquement)</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Mot de passe sudo :</translation>
    </message>
    <message>
        <source>Nothing yet: choose the inventory of the machines to set up.</source>
        <translation>Rien pour l&apos;instant : choisissez l&apos;inventaire des machines à configurer.</translation>
    </message>
    <message>
        <source>Hosts of the inventory</source>
        <translation>Hôtes de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>zoo_id</source>
        <translation>zoo_id</translation>
    </message>
    <message>
        <source>%1 (Settings), unless the inventory names one</source>
        <translation>%1 (Paramètres), sauf si l’inventaire en indique un</translation>
    </message>
    <message>
        <source>%1 (Settings)</source>
        <translation>%1 (Paramètres)</translation>
    </message>
    <message>
        <source>the workspace open on the Inventory page (not saved yet)</source>
        <translation>l&apos;espace de travail ouvert sur la page Inventaire (pas encore enregistré)</translation>
    </message>
    <message>
        <source>the workspace open on the Inventory page</source>
        <translation>l&apos;espace de travail ouvert sur la page Inventaire</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>%1 masters, %2 agents, from %3.</source>
        <translation>%1 masters, %2 agents, depuis %3.</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>% of cluster used</source>
        <translation>% du cluster utilisé</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to follow the latest values.</source>
        <translation>Glisser pour se déplacer, molette pour zoomer, double-clic pour suivre les dernières valeurs.</translation>
    </message>
    <message>
        <source>%1
CPU %2 %
Memory %3 %
Disk %4 %</source>
        <translation>%1
CPU %2 %
Mémoire %3 %
Disque %4 %</translation>
    </message>
</context>
<context>
    <name>mc::widgets::RoutingView</name>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Synchroniser &amp;automatiquement</translation>
    </message>
    <message>
        <source>Push the config to every master whenever Marathon&apos;s tasks change.</source>
        <translation>Pousser la configuration vers chaque master dès que les tâches de Marathon changent.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Show what each master&apos;s HAProxy config would change, without changing it.</source>
        <translation>Afficher ce qui changerait dans la configuration HAProxy de chaque master, sans la modifier.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Check the config with haproxy -c, write it to every master and reload HAProxy where it changed.</source>
        <translation>Vérifier la configuration avec haproxy -c, l&apos;écrire sur chaque master et recharger HAProxy là où elle a changé.</translation>
    </message>
    <message>
        <source>Routed apps</source>
        <translation>Apps routées</translation>
    </message>
    <message>
        <source>Generated config</source>
        <translation>Configuration générée</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Changes per master</source>
        <translation>Modifications par master</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>No routing domain set in the workspace</source>
        <translation>Aucun domaine de routage défini dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Apps answer at &lt;b&gt;&amp;lt;app&amp;gt;.%1&lt;/b&gt;</source>
        <translation>Les apps répondent sur &lt;b&gt;&amp;lt;app&amp;gt;.%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>already up to date; not reloaded</source>
        <translation>déjà à jour ; non rechargé</translation>
    </message>
    <message>
        <source>%1 has exactly this config.</source>
        <translation>%1 a exactement cette configuration.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Generated HAProxy config</source>
        <translation>Configuration HAProxy générée</translation>
    </message>
    <message>
        <source>Changes on the chosen master</source>
        <translation>Modifications sur le master choisi</translation>
    </message>
    <message>
        <source>Last sync result per master</source>
        <translation>Résultat de la dernière synchronisation par master</translation>
    </message>
</context>
<context>
    <name>mc::widgets::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SandboxView</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Sandbox files</source>
        <translation>Fichiers du bac à sable</translation>
    </message>
    <message>
        <source>Show the selected file in the log viewer, followed while the task runs</source>
        <translation>Afficher le fichier sélectionné dans la visionneuse de journaux, suivi tant que la tâche tourne</translation>
    </message>
    <message>
        <source>Save the whole selected file on this computer</source>
        <translation>Enregistrer l&apos;intégralité du fichier sélectionné sur cet ordinateur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the sandbox again</source>
        <translation>Relister le bac à sable</translation>
    </message>
    <message>
        <source>Download File</source>
        <translation>Télécharger le fichier</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Liste en cours…</translation>
    </message>
    <message>
        <source>%1 has ended; its sandbox stays on the agent until it is garbage-collected.</source>
        <translation>%1 est terminée ; son bac à sable reste sur l&apos;agent jusqu&apos;à son passage au ramasse-miettes.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Listing the sandbox of %1…</source>
        <translation>Liste du bac à sable de %1…</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>sudo Password</source>
        <translation>Mot de passe sudo</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Mot de passe sudo :</translation>
    </message>
    <message>
        <source>%1 on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 sur &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>mc::widgets::ServicesView</name>
    <message>
        <source>No hosts to manage</source>
        <translation>Aucun hôte à gérer</translation>
    </message>
    <message>
        <source>Add hosts to the inventory to start, stop and restart ZooKeeper, Mesos, Marathon, HAProxy and Docker on them.</source>
        <translation>Ajoutez des hôtes à l&apos;inventaire pour y démarrer, arrêter et redémarrer ZooKeeper, Mesos, Marathon, HAProxy et Docker.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>%1 the selected services (select a cell, a host row or a service column)</source>
        <translation>%1 les services sélectionnés (sélectionnez une cellule, une ligne d&apos;hôte ou une colonne de service)</translation>
    </message>
    <message>
        <source>Rolling (one host at a time, wait until it answers)</source>
        <translation>Progressif (un hôte à la fois, attendre qu&apos;il réponde)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Follow the log of the selected service on its host</source>
        <translation>Suivre le journal du service sélectionné sur son hôte</translation>
    </message>
    <message>
        <source>Run Command…</source>
        <translation>Exécuter une commande…</translation>
    </message>
    <message>
        <source>%1 %2 on every host</source>
        <translation>%1 %2 sur chaque hôte</translation>
    </message>
    <message>
        <source>%1 every service on %2</source>
        <translation>%1 tous les services sur %2</translation>
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation>%v hôtes sur %m</translation>
    </message>
    <message>
        <source>Select services and press an action; output appears here.</source>
        <translation>Sélectionnez des services et choisissez une action ; la sortie s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Select a cell, a host row or a service column first.</source>
        <translation>Sélectionnez d&apos;abord une cellule, une ligne d&apos;hôte ou une colonne de service.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s), one at a time (%3)?</source>
        <translation>
            <numerusform>%1 %2 sur %n hôte, un à la fois (%3) ?</numerusform>
            <numerusform>%1 %2 sur %n hôtes, un à la fois (%3) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n host(s) at once (%3)?</source>
        <translation>
            <numerusform>%1 %2 sur %n hôte à la fois (%3) ?</numerusform>
            <numerusform>%1 %2 sur %n hôtes en même temps (%3) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (rolling)…</source>
        <translation>%1 %2 (progressif)…</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <source>Done: %1 ok, %2 failed, %3 skipped</source>
        <translation>Terminé : %1 ok, %2 en échec, %3 ignorés</translation>
    </message>
    <message>
        <source>Services on each host</source>
        <translation>Services sur chaque hôte</translation>
    </message>
    <message>
        <source>Output of the service actions</source>
        <translation>Sortie des actions sur les services</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start no further host: the command running now finishes, hosts not yet started are left alone</source>
        <translation>Ne démarrer aucun autre hôte : la commande en cours se termine, les hôtes pas encore démarrés ne sont pas touchés</translation>
    </message>
    <message>
        <source>cancelled: %1 %2 not started</source>
        <translation>annulé : %1 %2 non démarrés</translation>
    </message>
    <message>
        <source>Cancelling: the command running now finishes, no further host starts…</source>
        <translation>Annulation : la commande en cours se termine, aucun autre hôte ne démarre…</translation>
    </message>
    <message>
        <source>Cancelled: %1 ok, %2 failed, %3 not started</source>
        <translation>Annulé : %1 ok, %2 en échec, %3 non démarrés</translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The agent&apos;s tasks keep running only until the masters give the agent up (agent_reregister_timeout, 10 minutes by default); Marathon then starts them elsewhere.</source>
        <translation>Les tâches de l&apos;agent ne continuent que jusqu&apos;à ce que les masters abandonnent l&apos;agent (agent_reregister_timeout, 10 minutes par défaut) ; Marathon les démarre alors ailleurs.</translation>
    </message>
    <message>
        <source>The agent recovers its running tasks when it comes back (with checkpointing on); it takes no new task while it restarts.</source>
        <translation>L&apos;agent récupère ses tâches en cours à son retour (avec le checkpointing activé) ; il n&apos;accepte aucune nouvelle tâche pendant son redémarrage.</translation>
    </message>
    <message>
        <source>Docker&apos;s containers stop with it (unless live-restore is on): the tasks running in containers on these hosts fail and Marathon starts them elsewhere.</source>
        <translation>Les conteneurs de Docker s&apos;arrêtent avec lui (sauf si live-restore est activé) : les tâches qui tournent dans des conteneurs sur ces hôtes échouent et Marathon les démarre ailleurs.</translation>
    </message>
    <message>
        <source>Masters left without a quorum cannot elect a leader: the cluster launches and kills no task until they are back (running tasks go on).</source>
        <translation>Des masters sans quorum ne peuvent pas élire de leader : le cluster ne lance ni ne tue aucune tâche jusqu&apos;à leur retour (les tâches en cours continuent).</translation>
    </message>
    <message>
        <source>Running tasks go on; while a leading master restarts, a standby takes over and the cluster launches no task for a few seconds.</source>
        <translation>Les tâches en cours continuent ; pendant qu&apos;un master leader redémarre, un master en attente prend le relais et le cluster ne lance aucune tâche pendant quelques secondes.</translation>
    </message>
    <message>
        <source>Running tasks go on; Marathon deploys, scales and replaces no task until it answers again.</source>
        <translation>Les tâches en cours continuent ; Marathon ne déploie, ne met à l&apos;échelle et ne remplace aucune tâche jusqu&apos;à ce qu&apos;il réponde de nouveau.</translation>
    </message>
    <message>
        <source>Apps routed through HAProxy on these hosts are not reachable until it answers again; their tasks go on.</source>
        <translation>Les apps routées par HAProxy sur ces hôtes sont injoignables jusqu&apos;à ce qu&apos;il réponde de nouveau ; leurs tâches continuent.</translation>
    </message>
    <message>
        <source>Read every service&apos;s status on every host now</source>
        <translation>Lire maintenant le statut de chaque service sur chaque hôte</translation>
    </message>
    <message numerus="yes">
        <source>Reading the status of %n host(s) over SSH…</source>
        <translation>
            <numerusform>Lecture du statut de %n hôte par SSH…</numerusform>
            <numerusform>Lecture du statut de %n hôtes par SSH…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing the status of %n host(s)…</source>
        <translation>
            <numerusform>Actualisation du statut de %n hôte…</numerusform>
            <numerusform>Actualisation du statut de %n hôtes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refreshed at %1.</source>
        <translation>Actualisé à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1 ; et %n autre</numerusform>
            <numerusform>%1 ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1. %2 of %3 hosts did not answer over SSH, their status is unknown: %4</source>
        <translation>Actualisé à %1. %2 hôtes sur %3 n&apos;ont pas répondu par SSH, leur statut est inconnu : %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Open a terminal on the selected host</source>
        <translation>Ouvrir un terminal sur l&apos;hôte sélectionné</translation>
    </message>
    <message>
        <source>Shell on %1</source>
        <translation>Shell sur %1</translation>
    </message>
</context>
<context>
    <name>mc::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <translation>Intervalle d&apos;&amp;interrogation :</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>How many hosts are worked on at the same time.</source>
        <translation>Nombre d&apos;hôtes traités en même temps.</translation>
    </message>
    <message>
        <source>Parallel &amp;hosts (forks):</source>
        <translation>&amp;Hôtes en parallèle (forks) :</translation>
    </message>
    <message>
        <source>from ~/.ssh/config or your login name</source>
        <translation>depuis ~/.ssh/config ou votre nom de connexion</translation>
    </message>
    <message>
        <source>Default &amp;user:</source>
        <translation>&amp;Utilisateur par défaut :</translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh/id_*</source>
        <translation>agent SSH ou ~/.ssh/id_*</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation>&amp;Clé par défaut :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>From the system locale</source>
        <translation>Depuis la langue du système</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Log &amp;font:</source>
        <translation>&amp;Police des journaux :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>How much of a log is kept in memory; older parts are paged in on demand.</source>
        <translation>Quantité d&apos;un journal conservée en mémoire ; les parties plus anciennes sont chargées à la demande.</translation>
    </message>
    <message>
        <source>Log &amp;window:</source>
        <translation>&amp;Fenêtre des journaux :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>&amp;Hôte et port du proxy :</translation>
    </message>
    <message>
        <source>Also as system tray messages</source>
        <translation>Également comme messages dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray now: notifications show in the window only.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification actuellement : les notifications s&apos;affichent uniquement dans la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications :</translation>
    </message>
    <message>
        <source>Log font size</source>
        <translation>Taille de la police des journaux</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TaskUsageChart</name>
    <message>
        <source>CPU (cores)</source>
        <translation>CPU (cœurs)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite mémoire</translation>
    </message>
    <message>
        <source>Select a running task to chart its CPU and memory.</source>
        <translation>Sélectionnez une tâche en cours pour tracer son CPU et sa mémoire.</translation>
    </message>
    <message>
        <source>%1: measuring…</source>
        <translation>%1 : mesure en cours…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 CPUs, %4 of %5</source>
        <translation>%1 : %2 sur %3 CPU, %4 sur %5</translation>
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
        <translation>Rechercher une tâche, une app ou un hôte…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les apps</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Finished / failed</source>
        <translation>Terminées / en échec</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Show the tasks of app</source>
        <translation>Afficher les tâches de l&apos;app</translation>
    </message>
    <message>
        <source>Show the tasks on agent</source>
        <translation>Afficher les tâches sur l&apos;agent</translation>
    </message>
    <message>
        <source>Show the tasks in state</source>
        <translation>Afficher les tâches dans l&apos;état</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Follow the stdout and stderr of the selected task</source>
        <translation>Suivre le stdout et le stderr de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Open Logs</source>
        <translation>Ouvrir les journaux</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Browse the sandbox of the selected task: open any file in the log viewer or download it</source>
        <translation>Parcourir le bac à sable de la tâche sélectionnée : ouvrir n&apos;importe quel fichier dans la visionneuse de journaux ou le télécharger</translation>
    </message>
    <message>
        <source>Browse Files</source>
        <translation>Parcourir les fichiers</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Open a terminal in the selected task: docker exec into its container, or a shell in its sandbox on the agent&apos;s host</source>
        <translation>Ouvrir un terminal dans la tâche sélectionnée : docker exec dans son conteneur, ou un shell dans son bac à sable sur l&apos;hôte de l&apos;agent</translation>
    </message>
    <message>
        <source>Open Shell</source>
        <translation>Ouvrir un shell</translation>
    </message>
    <message>
        <source>Forward Port</source>
        <translation>Rediriger un port</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TerminalTab</name>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TerminalWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Clear scrollback</source>
        <translation>Effacer l&apos;historique de défilement</translation>
    </message>
</context>
<context>
    <name>mc::widgets::TypeClusterNameDialog</name>
    <message numerus="yes">
        <source>%1 touches %n task(s).</source>
        <translation>
            <numerusform>%1 concerne %n tâche.</numerusform>
            <numerusform>%1 concerne %n tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n app(s).</source>
        <translation>
            <numerusform>%1 concerne %n app.</numerusform>
            <numerusform>%1 concerne %n apps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n deployment(s).</source>
        <translation>
            <numerusform>%1 concerne %n déploiement.</numerusform>
            <numerusform>%1 concerne %n déploiements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touches %n host(s).</source>
        <translation>
            <numerusform>%1 concerne %n hôte.</numerusform>
            <numerusform>%1 concerne %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected cluster: %1</source>
        <translation>Cluster protégé : %1</translation>
    </message>
    <message>
        <source>What the change touches</source>
        <translation>Ce que concerne la modification</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a protected cluster. Type its name to go ahead:</source>
        <translation>%1 est un cluster protégé. Saisissez son nom pour continuer :</translation>
    </message>
    <message>
        <source>The cluster&apos;s name</source>
        <translation>Le nom du cluster</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>mc::widgets::VersionsPane</name>
    <message>
        <source>Apply this version</source>
        <translation>Appliquer cette version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Difference between versions</source>
        <translation>Différence entre versions</translation>
    </message>
    <message>
        <source>Deploy the picked version of the app (its difference to the running one is shown)</source>
        <translation>Déployer la version choisie de l&apos;app (sa différence avec celle en cours est affichée)</translation>
    </message>
    <message>
        <source>Select an app to see its versions.</source>
        <translation>Sélectionnez une app pour voir ses versions.</translation>
    </message>
    <message>
        <source>Reading the versions of %1…</source>
        <translation>Lecture des versions de %1…</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n version(s). Pick one to see what applying it changes, or two to compare them.</source>
        <translation>
            <numerusform>%1 a %n version. Choisissez-en une pour voir ce que son application change, ou deux pour les comparer.</numerusform>
            <numerusform>%1 a %n versions. Choisissez-en une pour voir ce que son application change, ou deux pour les comparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick one version, or two to compare.</source>
        <translation>Choisissez une version, ou deux pour comparer.</translation>
    </message>
    <message>
        <source>The definitions are the same (the versions differ in scaling or a restart only).</source>
        <translation>Les définitions sont identiques (les versions ne diffèrent que par la mise à l&apos;échelle ou un redémarrage).</translation>
    </message>
</context>
<context>
    <name>mc::widgets::WhyPane</name>
    <message>
        <source>Reset delay</source>
        <translation>Réinitialiser le délai</translation>
    </message>
    <message>
        <source>Launch the app at the next offer instead of waiting out its back-off (DELETE /v2/queue/{id}/delay).</source>
        <translation>Lancer l&apos;app à la prochaine offre au lieu d&apos;attendre la fin de son délai croissant (DELETE /v2/queue/{id}/delay).</translation>
    </message>
    <message>
        <source>Select an app to see why it is not running.</source>
        <translation>Sélectionnez une app pour voir pourquoi elle ne tourne pas.</translation>
    </message>
    <message>
        <source>%1 of %2 offers declined</source>
        <translation>%1 offres sur %2 refusées</translation>
    </message>
    <message>
        <source>The launch queue could not be read: %1</source>
        <translation>La file de lancement n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No offer was declined in the last round.</source>
        <translation>Aucune offre n&apos;a été refusée au dernier tour.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Last unused offers:</source>
        <translation>Dernières offres inutilisées :</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::MesosMasterDiscovery</name>
    <message>
        <source>(ZooKeeper node %1)</source>
        <translation>(nœud ZooKeeper %1)</translation>
    </message>
    <message>
        <source>The masters under %1 are Mesos 0.19-0.23: they register binary info_* nodes that the console cannot read. Connect with --master http://host:5050 instead.</source>
        <translation>Les masters sous %1 sont en Mesos 0.19-0.23 : ils enregistrent des nœuds binaires info_* que la console ne sait pas lire. Connectez-vous plutôt avec --master http://host:5050.</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZkUrl</name>
    <message>
        <source>&quot;%1&quot; is not a ZooKeeper URL: %2. Write it as zk://host1:2181,host2:2181/mesos.</source>
        <translation>« %1 » n&apos;est pas une URL ZooKeeper : %2. Écrivez-la sous la forme zk://host1:2181,host2:2181/mesos.</translation>
    </message>
    <message>
        <source>it does not start with zk://</source>
        <translation>elle ne commence pas par zk://</translation>
    </message>
    <message>
        <source>it names no znode (the path after the hosts, e.g. /mesos)</source>
        <translation>elle n&apos;indique aucun znode (le chemin après les hôtes, par ex. /mesos)</translation>
    </message>
    <message>
        <source>a port is not a number between 1 and 65535</source>
        <translation>un port n&apos;est pas un nombre entre 1 et 65535</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>elle n&apos;indique aucun hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation>« %1 » n&apos;est pas hôte:port</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperProbe</name>
    <message>
        <source>ZooKeeper %1 did not answer &apos;%2&apos; within %3 s.</source>
        <translation>ZooKeeper %1 n&apos;a pas répondu à &apos;%2&apos; dans les %3 s.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 refuses the &apos;%2&apos; command: add it to 4lw.commands.whitelist in zoo.cfg.</source>
        <translation>ZooKeeper %1 refuse la commande &apos;%2&apos; : ajoutez-la à 4lw.commands.whitelist dans zoo.cfg.</translation>
    </message>
    <message>
        <source>ZooKeeper %1 is not serving requests: it has no quorum or is still starting.</source>
        <translation>ZooKeeper %1 ne sert pas de requêtes : il n&apos;a pas de quorum ou démarre encore.</translation>
    </message>
    <message>
        <source>Cannot reach ZooKeeper %1: %2</source>
        <translation>Impossible de joindre ZooKeeper %1 : %2</translation>
    </message>
</context>
<context>
    <name>mc::zookeeper::ZooKeeperSession</name>
    <message>
        <source>ZooKeeper: cannot start a session with %1.</source>
        <translation>ZooKeeper : impossible d&apos;ouvrir une session avec %1.</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 did not answer within %2 s. Check that the ensemble runs and that the hosts and ports are right.</source>
        <translation>ZooKeeper sur %1 n&apos;a pas répondu dans les %2 s. Vérifiez que l&apos;ensemble tourne et que les hôtes et ports sont corrects.</translation>
    </message>
    <message>
        <source>ZooKeeper has no node %1: no Mesos master registered there (check the path in the zk:// URL).</source>
        <translation>ZooKeeper n&apos;a pas de nœud %1 : aucun master Mesos n&apos;y est enregistré (vérifiez le chemin dans l&apos;URL zk://).</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>liste de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création de %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>ZooKeeper: %1 failed: %2.</source>
        <translation>ZooKeeper : %1 a échoué : %2.</translation>
    </message>
</context>
</TS>
