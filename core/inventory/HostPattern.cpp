#include "core/inventory/HostPattern.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mc::inventory {

namespace {

const QString kNumericRange = QStringLiteral(R"(\[(?:[0-9]+:[0-9]+)(?::[0-9]+)?\])");
const QString kHexRange = QStringLiteral(R"(\[(?:[0-9a-f]+:[0-9a-f]+)(?::[0-9]+)?\])");
const QString kAlnumRange = QStringLiteral(R"(\[(?:[a-z]:[a-z]|[0-9]+:[0-9]+)(?::[0-9]+)?\])");

QString ipv4Component()
{
    return QStringLiteral("(?:[01]?[0-9]{1,2}|2[0-4][0-9]|25[0-5]|%1)").arg(kNumericRange);
}

QString ipv6Component()
{
    return QStringLiteral("(?:[0-9a-f]{1,4}|%1)").arg(kHexRange);
}

const QRegularExpression &bracketedHostPort()
{
    static const QRegularExpression re(QStringLiteral(R"(^\[(.+)\]:([0-9]+)\z)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &hostPort()
{
    static const QRegularExpression re(QStringLiteral(R"(^((?:[^:\[\]]|\[[^\]]*\])*):([0-9]+)\z)"));
    return re;
}

const QRegularExpression &ipv4()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:%1\.){3}%1\z)").arg(ipv4Component()),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &ipv6()
{
    // As in Ansible, '^' and '$' bind to the first and last alternative only
    // and the match is anchored at the start.
    const QString c = ipv6Component();
    const QString i4 = ipv4Component();
    static const QRegularExpression re(
        QStringLiteral("^(?:%1:){7}%1|(?:%1:){1,6}:|(?:%1:)(?::%1){1,6}|(?:%1:){2}(?::%1){1,5}|"
                       "(?:%1:){3}(?::%1){1,4}|(?:%1:){4}(?::%1){1,3}|(?:%1:){5}(?::%1){1,2}|"
                       "(?:%1:){6}(?::%1)|:(?::%1){1,6}|%1?::|(?:0:){6}(?:%2\\.){3}%2|"
                       "::(?:ffff:)?(?:%2\\.){3}%2|(?:0:){5}ffff:(?:%2\\.){3}%2$")
            .arg(c, i4),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &hostName()
{
    const QString label = QStringLiteral(R"((?:[\w]|%1)(?:[\w_-]|%1)*(?<![_-]))").arg(kAlnumRange);
    static const QRegularExpression re(QStringLiteral(R"(^%1(?:\.%1)*\z)").arg(label),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool matchesAtStart(const QRegularExpression &re, const QString &text)
{
    return re.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// ansible.parsing.utils.addresses.parse_address(allow_ranges=True): the host
// part and the port, or nullopt when it is not a recognisable address.
std::optional<std::pair<QString, std::optional<int>>> parseAddress(const QString &address)
{
    QString host = address;
    std::optional<int> port;
    for (const QRegularExpression *re : { &bracketedHostPort(), &hostPort() }) {
        const auto m = re->match(host);
        if (m.hasMatch()) {
            bool ok = false;
            const int p = m.captured(2).toInt(&ok);
            host = m.captured(1);
            port = ok ? std::optional<int>(p) : std::nullopt;
        }
    }
    if (matchesAtStart(ipv4(), host) || matchesAtStart(ipv6(), host) || matchesAtStart(hostName(), host))
        return std::make_pair(host, port);
    return std::nullopt;
}

const QString kLetters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

struct RangeFailure
{
    QString message;
    qsizetype offset = 0;
};

bool parseInt(const QString &text, qlonglong &out)
{
    bool ok = false;
    out = text.trimmed().remove(u'_').toLongLong(&ok);
    return ok;
}

// The values [beg:end:step] stands for (letters or numbers, `width` > 0: zero-padded).
bool rangeValues(const QString &nrange, const QString &beg, const QString &end, qlonglong step,
                 qsizetype width, qsizetype errorAt, QStringList &values, RangeFailure &failure)
{
    const qsizetype iBeg = kLetters.indexOf(beg);
    const qsizetype iEnd = kLetters.indexOf(end);
    if (iBeg >= 0 && iEnd >= 0) {
        if (iBeg > iEnd) {
            failure = { HostPattern::tr("host range [%1] must have begin <= end").arg(nrange), errorAt };
            return false;
        }
        for (qsizetype i = iBeg; i <= iEnd; i += step)
            values << QString(kLetters.at(i));
    } else {
        qlonglong b = 0;
        qlonglong e = 0;
        if (!parseInt(beg, b) || !parseInt(end, e)) {
            failure = { HostPattern::tr("host range [%1] mixes letters and numbers; write [1:9] or [a:f]")
                            .arg(nrange),
                        errorAt };
            return false;
        }
        if (b > e) {
            failure = { HostPattern::tr("host range [%1] is empty: it starts after it ends; write [%2:%3]")
                            .arg(nrange, end, beg),
                        errorAt };
            return false;
        }
        if ((e - b) / step + 1 > HostPattern::kMaxHosts) {
            failure = { HostPattern::tr("host range [%1] gives more than %2 hosts")
                            .arg(nrange)
                            .arg(HostPattern::kMaxHosts),
                        errorAt };
            return false;
        }
        for (qlonglong i = b; i <= e; i += step) {
            QString v = QString::number(i);
            if (width > 0)
                v = v.rightJustified(width, u'0');
            values << v;
        }
    }
    return true;
}

// expand_hostname_range(); `origin` maps an index of `line` to the pattern.
bool expandRange(const QString &line, qsizetype tailOrigin, qsizetype tailStart, QStringList &out,
                 RangeFailure &failure)
{
    // An index of `line` as an offset in the pattern: what precedes tailStart
    // was substituted, so it maps to where that substitution began.
    const auto inPattern = [&](qsizetype i) { return i >= tailStart ? i - tailStart + tailOrigin : tailOrigin; };
    const qsizetype open = line.indexOf(u'[');
    const qsizetype errorAt = inPattern(open);
    QString marked = line;
    marked.replace(open, 1, u'|');
    const qsizetype close = marked.indexOf(u']');
    if (close >= 0)
        marked.replace(close, 1, u'|');
    const QStringList parts = marked.split(u'|');
    if (parts.size() != 3) {
        failure = { HostPattern::tr("a host range needs the form [begin:end] or [begin:end:step]"), errorAt };
        return false;
    }
    const QString &head = parts.at(0);
    const QString &nrange = parts.at(1);
    const QString &tail = parts.at(2);
    const QStringList bounds = nrange.split(u':');
    if (bounds.size() != 2 && bounds.size() != 3) {
        failure
            = { HostPattern::tr("host range [%1] must be begin:end or begin:end:step").arg(nrange), errorAt };
        return false;
    }
    QString beg = bounds.at(0);
    const QString &end = bounds.at(1);
    const QString stepText = bounds.size() == 3 ? bounds.at(2) : QStringLiteral("1");
    if (beg.isEmpty())
        beg = QStringLiteral("0");
    if (end.isEmpty()) {
        failure = { HostPattern::tr("host range [%1] must specify an end value").arg(nrange), errorAt };
        return false;
    }
    qsizetype width = 0;
    if (beg.startsWith(u'0') && beg.size() > 1) {
        width = beg.size();
        if (width != end.size()) {
            failure = { HostPattern::tr("host range [%1] must specify equal-length begin and end formats "
                                        "(zero-padded: write [%2:%3])")
                            .arg(nrange, beg, end.rightJustified(width, u'0')),
                        errorAt };
            return false;
        }
    }
    qlonglong step = 0;
    if (!parseInt(stepText, step) || step <= 0) {
        failure = {
            HostPattern::tr("host range [%1] needs a positive whole step, not \"%2\"").arg(nrange, stepText),
            errorAt
        };
        return false;
    }
    QStringList values;
    if (!rangeValues(nrange, beg, end, step, width, errorAt, values, failure))
        return false;
    // The tail follows the later of the two brackets: as in Ansible, a ']'
    // before the '[' closes nothing but is still taken out.
    const qsizetype nextTailOrigin = inPattern(std::max(open, close) + 1);
    for (const QString &v : values) {
        const QString name = head + v + tail;
        if (name.contains(u'[')) {
            if (!expandRange(name, nextTailOrigin, head.size() + v.size(), out, failure))
                return false;
        } else {
            out << name;
        }
        if (out.size() > HostPattern::kMaxHosts) {
            failure = { HostPattern::tr("the pattern gives more than %1 hosts").arg(HostPattern::kMaxHosts),
                        errorAt };
            return false;
        }
    }
    return true;
}

} // namespace

HostPattern::Expansion HostPattern::expand(const QString &pattern, bool iniRules)
{
    Expansion result;
    QString hostPart = pattern;
    if (const auto parsed = parseAddress(pattern)) {
        hostPart = parsed->first;
        result.port = parsed->second;
    }
    if (iniRules && pattern.trimmed().endsWith(u':') && !result.port) {
        result.error
            = tr("invalid host pattern \"%1\": a ':' at the end is reserved for a port number").arg(pattern);
        result.errorOffset = pattern.size() - 1;
        return result;
    }
    if (hostPart.isEmpty()) {
        result.error = tr("empty host name");
        return result;
    }
    // Where the host part sits in the pattern ("[...]:port" drops a bracket).
    const qsizetype hostOffset = pattern.startsWith(u'[') && !hostPart.startsWith(u'[') ? 1 : 0;
    if (hostPart.contains(u'[')) {
        RangeFailure failure;
        if (!expandRange(hostPart, hostOffset, 0, result.hosts, failure)) {
            result.hosts.clear();
            result.error = failure.message;
            result.errorOffset = failure.offset;
            return result;
        }
    } else {
        result.hosts << hostPart;
    }
    if (iniRules) {
        for (const QString &h : std::as_const(result.hosts)) {
            if (h.trimmed() == QLatin1String("---")) {
                result.error = tr("invalid host pattern \"---\": this looks like a YAML file");
                result.hosts.clear();
                return result;
            }
        }
    }
    return result;
}

bool HostPattern::isIPv4(const QString &name)
{
    return !name.contains(u'[') && matchesAtStart(ipv4(), name);
}

bool HostPattern::isIPv6(const QString &name)
{
    QHostAddress address;
    return name.contains(u':') && !name.contains(u'%') && address.setAddress(name)
        && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool HostPattern::isAnsibleHostName(const QString &name)
{
    return !name.contains(u'[') && matchesAtStart(hostName(), name);
}

bool HostPattern::isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    QString n = name;
    if (n.endsWith(u'.'))
        n.chop(1);
    const QStringList labels = n.split(u'.');
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool HostPattern::roundTrips(const QString &name, bool iniRules)
{
    const Expansion e = expand(name, iniRules);
    return e.error.isEmpty() && !e.port && e.hosts.size() == 1 && e.hosts.first() == name;
}

} // namespace mc::inventory
