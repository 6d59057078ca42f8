#include "core/util/UnifiedDiff.h"

#include <QStringList>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace mc {

namespace {

std::vector<std::string> splitLines(const QString &text)
{
    std::vector<std::string> lines;
    if (text.isEmpty())
        return lines;
    const QStringList parts = text.split(u'\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        if (last && parts.at(i).isEmpty())
            break; // text ended with a newline
        std::string line = parts.at(i).toStdString();
        if (last)
            line += "\n\\ No newline at end of file";
        lines.push_back(std::move(line));
    }
    return lines;
}

QString range(long long start, long long count)
{
    return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
}

} // namespace

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                    const QString &newName)
{
    if (oldText == newText)
        return {};
    const std::vector<std::string> a = splitLines(oldText);
    const std::vector<std::string> b = splitLines(newText);
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    const auto appendLine = [&out](char mark, const std::string &line) {
        out += QLatin1Char(mark) + QString::fromStdString(line) + u'\n';
    };
    for (const auto &hunk : diff.getUniHunks()) {
        // dtl gives a start of 0 for an empty side; diff -u says "-0,0".
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(hunk.a, hunk.b), range(hunk.c, hunk.d));
        for (const auto &element : hunk.common[0])
            appendLine(' ', element.first);
        for (const auto &element : hunk.change) {
            switch (element.second.type) {
            case dtl::SES_ADD:
                appendLine('+', element.first);
                break;
            case dtl::SES_DELETE:
                appendLine('-', element.first);
                break;
            case dtl::SES_COMMON:
                appendLine(' ', element.first);
                break;
            }
        }
        for (const auto &element : hunk.common[1])
            appendLine(' ', element.first);
    }
    return out;
}

} // namespace mc
