#include "core/i18n/Translations.h"
#include "core/inventory/HostPattern.h"
#include "core/inventory/IniImporter.h"
#include "core/inventory/InventoryValidator.h"
#include "core/mesos/MesosParser.h"
#include "core/mesos/TaskState.h"
#include "core/provision/Preflight.h"
#include "core/provision/RecipeLoader.h"
#include "core/provision/StepResult.h"
#include "core/zookeeper/ZkUrl.h"

#include <QTest>

using namespace mc;

// Messages built in core/ reach the user translated: each is looked up in the
// context lupdate extracted it under, so the shipped German (and French) .qm
// answers for it. English stays the source text.
class tst_CoreTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishWithoutATranslator();
    void validatorMessageInGerman();
    void importAndParseErrorsInGerman();
    void taskStateInGerman();
    void provisionMessagesInGerman();
    void validatorMessageInFrench();
    void provisionMessagesInFrench();

private:
    static QString evenMastersMessage();
    static QStringList hostCheckMessages();
    static QString recipeError();
};

QString tst_CoreTranslations::evenMastersMessage()
{
    const auto imported = inventory::IniImporter::parse(
        QStringLiteral("[masters]\nm1 zoo_id=1\nm2 zoo_id=2\n[agents]\na1\n"), QStringLiteral("hosts"));
    if (!imported)
        return imported.error().message;
    const inventory::ValidationIssues issues = inventory::InventoryValidator::validate(imported->inventory);
    return issues.isEmpty() ? QString() : issues.first().message;
}

// What the host checks make of a host whose port 5050 (a master's) is held by another program.
QStringList tst_CoreTranslations::hostCheckMessages()
{
    QStringList out;
    for (const provision::PreflightIssue &issue : provision::Preflight::judgeHost(
             QStringLiteral("m1"), true, false,
             QStringLiteral("os=Debian GNU/Linux 12 (bookworm)\ninit=sysv\nsudo=ok\n"
                            "listen=0.0.0.0:5050 users:((\"python3\",pid=7,fd=3)) python3 -m http.server\n"),
             std::nullopt))
        out << issue.message;
    return out;
}

QString tst_CoreTranslations::recipeError()
{
    const auto recipe = provision::RecipeLoader::parse(
        QStringLiteral("recipe: 1\nname: x\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n"
                       "      - command: ls\n        directory: /x\n"),
        QStringLiteral("r.yaml"), {});
    return recipe ? QString() : recipe.error().message;
}

void tst_CoreTranslations::englishWithoutATranslator()
{
    QCOMPARE(
        hostCheckMessages(),
        (QStringList {
            QStringLiteral("Debian GNU/Linux 12 (bookworm), init system sysv"),
            QStringLiteral("port 5050 is already in use by python3 (pid 7: python3 -m http.server).") }));
    QCOMPARE(recipeError(),
             QStringLiteral("r.yaml:8:9: a step has one kind; 'command' and 'directory' both given"));
    QCOMPARE(
        evenMastersMessage(),
        QStringLiteral("There are 2 masters. ZooKeeper needs an odd number (3 or 5) for a quorum: 2 masters "
                       "survive no more failures than 1. Add or remove one."));
}

void tst_CoreTranslations::validatorMessageInGerman()
{
    QCOMPARE(i18n::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(evenMastersMessage(),
             QStringLiteral(
                 "Es gibt 2 Master. ZooKeeper braucht für ein Quorum eine ungerade Anzahl (3 oder 5): 2 "
                 "Master überstehen nicht mehr Ausfälle als 1. Einen hinzufügen oder entfernen."));
}

void tst_CoreTranslations::importAndParseErrorsInGerman()
{
    // A parser class in an anonymous namespace (IniImporter), a free function
    // (HostPattern's ranges), a reason put into another message (ZkUrl) and a
    // helper template (MesosParser) each use their class's context.
    const auto ini = inventory::IniImporter::parse(QStringLiteral("[masters]\nm1 zoo_id=1 broken\n"),
                                                   QStringLiteral("hosts"));
    QVERIFY(!ini);
    QCOMPARE(ini.error().message,
             QStringLiteral("hosts:2:13: key=value nach dem Hostnamen erwartet, „broken“ gefunden (Werte mit "
                            "Leerzeichen in Anführungszeichen setzen)"));

    QCOMPARE(inventory::HostPattern::expand(QStringLiteral("node[3:1]"), true).error,
             QStringLiteral("der Host-Bereich [3:1] ist leer: Er beginnt nach seinem Ende; [1:3] schreiben"));

    const auto zk = zookeeper::ZkUrl::parse(QStringLiteral("zk://h1:2181"));
    QVERIFY(!zk);
    QCOMPARE(
        zk.error().message,
        QStringLiteral("„zk://h1:2181“ ist keine ZooKeeper-URL: sie nennt keinen Znode (den Pfad nach den "
                       "Hosts, z. B. /mesos). Sie als zk://host1:2181,host2:2181/mesos schreiben."));

    const auto state = mesos::MesosParser::parseState(QByteArray("[1, 2]"));
    QVERIFY(!state);
    QCOMPARE(state.error().message, QStringLiteral("Der Master-Zustand ist kein JSON-Objekt."));
}

void tst_CoreTranslations::taskStateInGerman()
{
    QCOMPARE(mesos::taskStateLabel(mesos::TaskState::Running), QStringLiteral("läuft"));
    QCOMPARE(mesos::taskStateLabel(mesos::TaskState::GoneByOperator),
             QStringLiteral("vom Operator entfernt"));
}

void tst_CoreTranslations::provisionMessagesInGerman()
{
    // A step's state is shown translated; the journal and the CLI keep its name.
    QCOMPARE(provision::stepStateLabel(provision::StepState::Skipped), QStringLiteral("übersprungen"));
    QCOMPARE(provision::stepStateName(provision::StepState::Skipped), QStringLiteral("skipped"));
    // Free functions and parsers of core/provision (Preflight, RecipeLoader) use their class's context.
    QCOMPARE(
        hostCheckMessages(),
        (QStringList {
            QStringLiteral("Debian GNU/Linux 12 (bookworm), Init-System sysv"),
            QStringLiteral("Port 5050 ist bereits belegt von python3 (PID 7: python3 -m http.server).") }));
    QCOMPARE(recipeError(),
             QStringLiteral(
                 "r.yaml:8:9: ein Schritt hat nur eine Art; 'command' und 'directory' sind beide angegeben"));
}

void tst_CoreTranslations::validatorMessageInFrench()
{
    // Replaces the German translator the earlier test installed.
    QCOMPARE(i18n::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(
        evenMastersMessage(),
        QStringLiteral("Il y a 2 masters. ZooKeeper a besoin d'un nombre impair (3 ou 5) pour un quorum : 2 "
                       "masters ne survivent pas à plus de pannes que 1. Ajoutez-en ou retirez-en un."));
}

void tst_CoreTranslations::provisionMessagesInFrench()
{
    QCOMPARE(
        hostCheckMessages(),
        (QStringList {
            QStringLiteral("Debian GNU/Linux 12 (bookworm), système d'init sysv"),
            QStringLiteral("le port 5050 est déjà utilisé par python3 (pid 7: python3 -m http.server).") }));
    QCOMPARE(
        recipeError(),
        QStringLiteral(
            "r.yaml:8:9: une étape n'a qu'un seul type ; 'command' et 'directory' sont tous deux indiqués"));
}

QTEST_GUILESS_MAIN(tst_CoreTranslations)
#include "tst_CoreTranslations.moc"
