#include "core/template/TemplateRenderer.h"

#include <QTest>

using mc::tmpl::render;

class tst_TemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersValuesWithoutHtmlEscaping();
    void iteratesListsOfMaps();
    void falseAndEmptySectionsRenderNothing();
    void missingVariableIsAnErrorWithPosition();
    void missingVariableInsideSkippedSectionIsFine();
    void syntaxErrorNamesTemplateAndLine();
    void rendersResourceTemplate();
};

void tst_TemplateRenderer::rendersValuesWithoutHtmlEscaping()
{
    const auto r = render(QStringLiteral("t"), QStringLiteral("zk={{zk}} {{{raw}}}"),
                          { { QStringLiteral("zk"), QStringLiteral("zk://a:2181,b:2181/mesos&x<y") },
                            { QStringLiteral("raw"), QStringLiteral("\"q\"") } });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value(), QStringLiteral("zk=zk://a:2181,b:2181/mesos&x<y \"q\""));
}

void tst_TemplateRenderer::iteratesListsOfMaps()
{
    QVariantList servers;
    for (int id = 1; id <= 3; ++id)
        servers << QVariantMap { { QStringLiteral("id"), id },
                                 { QStringLiteral("host"), QStringLiteral("m%1").arg(id) } };
    const auto r = render(QStringLiteral("zoo.cfg"),
                          QStringLiteral("{{#servers}}\nserver.{{id}}={{host}}:2888:3888\n{{/servers}}\n"),
                          { { QStringLiteral("servers"), servers } });
    QVERIFY(r.ok());
    QCOMPARE(r.value(),
             QStringLiteral("server.1=m1:2888:3888\nserver.2=m2:2888:3888\nserver.3=m3:2888:3888\n"));
}

void tst_TemplateRenderer::falseAndEmptySectionsRenderNothing()
{
    const auto r = render(QStringLiteral("t"),
                          QStringLiteral("a{{#on}}X{{/on}}{{#list}}Y{{/list}}{{^list}}none{{/list}}b"),
                          { { QStringLiteral("on"), false }, { QStringLiteral("list"), QVariantList() } });
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QStringLiteral("anoneb"));
}

void tst_TemplateRenderer::missingVariableIsAnErrorWithPosition()
{
    const auto r = render(QStringLiteral("mesos.conf"), QStringLiteral("a=1\nquorum={{quorom}}\n"),
                          { { QStringLiteral("quorum"), 2 } });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("mesos.conf:2:8")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("quorom")));
}

void tst_TemplateRenderer::missingVariableInsideSkippedSectionIsFine()
{
    const auto r = render(QStringLiteral("t"), QStringLiteral("{{#user}}user {{user}} {{group}}{{/user}}ok"),
                          { { QStringLiteral("user"), false } });
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QStringLiteral("ok"));
}

void tst_TemplateRenderer::syntaxErrorNamesTemplateAndLine()
{
    const auto r = render(QStringLiteral("zoo.cfg"), QStringLiteral("line1\nline2 {{#servers}}\n"), {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("zoo.cfg:2:7")), qPrintable(r.error().message));
}

void tst_TemplateRenderer::rendersResourceTemplate()
{
    const auto missing = mc::tmpl::renderFile(QStringLiteral(":/templates/does-not-exist"), {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("does-not-exist")));
}

QTEST_GUILESS_MAIN(tst_TemplateRenderer)
#include "tst_TemplateRenderer.moc"
