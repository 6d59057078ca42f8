#include "core/audit/AuditLog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mc::audit {

namespace {

constexpr int kLockWaitMs = 10000;
const QString kRedacted = QStringLiteral("[redacted]");

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString currentUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

bool namesASecret(const QString &key)
{
    const QString k = key.toLower();
    static const char *const secrets[]
        = { "password", "passwd", "passphrase", "secret", "token", "credential", "authorization", "cookie" };
    for (const char *s : secrets) {
        if (k.contains(QLatin1String(s)))
            return true;
    }
    return k.endsWith(QLatin1String("key"));
}

QJsonValue redactValue(const QJsonValue &value);

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &v : array)
        out.append(redactValue(v));
    return out;
}

// "PASSWORD=x", "--token x", "secret: x" inside a text (a command line): the value goes.
QString redactText(QString text)
{
    static const QRegularExpression secret(
        QStringLiteral(
            R"((pass(?:word|wd|phrase)?|secret|token|api[_-]?key|credentials?)([\s"']*[=:][\s"']*|\s+)([^\s"']+))"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(secret, QStringLiteral("\\1\\2") + kRedacted);
    return text;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isString())
        return redactText(value.toString());
    if (value.isObject())
        return AuditLog::redacted(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

// Writes all of `data` at the end of the file (O_APPEND); one write() unless the
// kernel takes less, which a regular file only does on a full disk.
bool writeAll(int fd, const QByteArray &data, int &error)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        done += n;
    }
    return true;
}

// An flock() on a lock file beside the log, given up after kLockWaitMs.
class LockFile
{
public:
    explicit LockFile(const QString &path)
        : m_path(path)
        , m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_fd < 0)
            m_error = errno;
    }
    ~LockFile()
    {
        if (m_fd >= 0)
            ::close(m_fd); // lets the lock go
    }
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    bool acquire(int operation)
    {
        if (m_fd < 0)
            return false;
        QDeadlineTimer deadline(kLockWaitMs);
        for (int pause = 1;; pause = std::min(pause * 2, 50)) {
            if (::flock(m_fd, operation | LOCK_NB) == 0)
                return true;
            if (errno != EWOULDBLOCK && errno != EINTR) {
                m_error = errno;
                return false;
            }
            if (deadline.hasExpired()) {
                m_error = 0;
                return false;
            }
            QThread::msleep(pause);
        }
    }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int error() const { return m_error; }

private:
    QString m_path;
    int m_fd;
    int m_error = 0;
};

Status lockError(const QString &logPath, const LockFile &lock)
{
    if (lock.error() != 0)
        return Error {
            AuditLog::tr("Could not lock the audit log %1: %2.").arg(lock.path(), errnoText(lock.error())), {}
        };
    return Error { AuditLog::tr(
                       "Could not write the audit log %1: another process has held %2 for over %3 s "
                       "while writing to it. If no console or CLI is running, remove that lock file.")
                       .arg(logPath, lock.path(), QString::number(kLockWaitMs / 1000)),
                   {} };
}

} // namespace

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("ok");
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("machine"), machine);
    if (!frontEnd.isEmpty())
        o.insert(QStringLiteral("front_end"), frontEnd);
    o.insert(QStringLiteral("workspace"), workspace);
    o.insert(QStringLiteral("cluster"), cluster);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("targets"), QJsonArray::fromStringList(targets));
    o.insert(QStringLiteral("parameters"), parameters);
    o.insert(QStringLiteral("result"), outcomeName(outcome));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QStringLiteral("action")).toString();
    if (!e.time.isValid() || e.action.isEmpty())
        return std::nullopt;
    e.time = e.time.toUTC();
    e.user = o.value(QStringLiteral("user")).toString();
    e.machine = o.value(QStringLiteral("machine")).toString();
    e.frontEnd = o.value(QStringLiteral("front_end")).toString();
    e.workspace = o.value(QStringLiteral("workspace")).toString();
    e.cluster = o.value(QStringLiteral("cluster")).toString();
    for (const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
         const QJsonValue &t : targets)
        e.targets << t.toString();
    e.parameters = o.value(QStringLiteral("parameters")).toObject();
    const QString result = o.value(QStringLiteral("result")).toString();
    e.outcome = result == u"failed" ? Outcome::Failed : result == u"refused" ? Outcome::Refused : Outcome::Ok;
    e.durationMs = qint64(o.value(QStringLiteral("duration_ms")).toDouble());
    e.error = o.value(QStringLiteral("error")).toString();
    return e;
}

bool AuditFilter::matches(const AuditEntry &entry, const QByteArray &line) const
{
    if (since.isValid() && entry.time < since)
        return false;
    if (until.isValid() && entry.time > until)
        return false;
    if (!cluster.isEmpty() && entry.cluster != cluster)
        return false;
    if (!action.isEmpty()
        && !(action.endsWith(u'.') ? entry.action.startsWith(action) : entry.action == action))
        return false;
    if (!target.isEmpty()
        && std::none_of(entry.targets.cbegin(), entry.targets.cend(),
                        [&](const QString &t) { return t.contains(target, Qt::CaseInsensitive); }))
        return false;
    if (outcome && entry.outcome != *outcome)
        return false;
    if (!text.isEmpty() && !QString::fromUtf8(line).contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

AuditLog::AuditLog(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(std::max<qint64>(maxBytes, 4096))
    , m_keep(std::clamp(keep, 0, 99))
{ }

QString AuditLog::defaultPath()
{
    QString configured = qEnvironmentVariable("MESOS_CONSOLE_AUDIT_LOG");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mesos-console/audit.jsonl"));
}

QStringList AuditLog::files() const
{
    QStringList out;
    for (int i = m_keep; i >= 1; --i) {
        const QString rotated = m_path + u'.' + QString::number(i);
        if (QFileInfo::exists(rotated))
            out << rotated;
    }
    if (QFileInfo::exists(m_path))
        out << m_path;
    return out;
}

QJsonObject AuditLog::redacted(const QJsonObject &parameters)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (namesASecret(it.key()) && !it.value().isNull() && !it.value().isUndefined())
            out.insert(it.key(), kRedacted);
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

Status AuditLog::rotateLocked(qint64 incoming) const
{
    const QFileInfo current(m_path);
    if (!current.exists() || current.size() + incoming <= m_maxBytes)
        return {};
    if (m_keep == 0) {
        if (!QFile::remove(m_path))
            return Error { tr("Could not start a new audit log: %1 cannot be removed.").arg(m_path), {} };
        return {};
    }
    QFile::remove(m_path + u'.' + QString::number(m_keep));
    for (int i = m_keep - 1; i >= 1; --i) {
        const QString from = m_path + u'.' + QString::number(i);
        if (QFileInfo::exists(from))
            QFile::rename(from, m_path + u'.' + QString::number(i + 1));
    }
    if (!QFile::rename(m_path, m_path + QStringLiteral(".1")))
        return Error { tr("Could not rotate the audit log %1: it cannot be renamed.").arg(m_path), {} };
    return {};
}

Status AuditLog::append(AuditEntry entry) const
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    if (entry.user.isEmpty())
        entry.user = currentUser();
    if (entry.machine.isEmpty())
        entry.machine = QSysInfo::machineHostName();
    entry.parameters = redacted(entry.parameters);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {
            tr("Could not write the audit log: the folder %1 cannot be made.").arg(info.absolutePath()), {}
        };
    // Each append holds the lock alone: the check of the last byte below and the write after it
    // must see no other writer (a reader may see another's write half done), and a rotation
    // happens in the same hold. flock() is let go when a process dies, kill -9 included.
    LockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.acquire(LOCK_EX))
        return lockError(m_path, lock);
    if (QFileInfo(m_path).size() + line.size() > m_maxBytes) {
        if (Status rotated = rotateLocked(line.size()); !rotated)
            return rotated;
    }

    const QByteArray nativePath = QFile::encodeName(m_path);
    // Read as well as written: the last byte is read below (pread() on a write-only descriptor fails).
    const int fd = ::open(nativePath.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error { tr("Could not open the audit log %1: %2.").arg(m_path, errnoText(errno)), {} };
    QByteArray data;
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        // A line a crash cut short is ended here, so this one starts on its own.
        char last = '\n';
        if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
            data += '\n';
    }
    data += line;
    int error = 0;
    const bool written = writeAll(fd, data, error) && (::fdatasync(fd) == 0 || (error = errno, false));
    ::close(fd);
    if (!written)
        return Error { tr("Could not write the audit log %1: %2.").arg(m_path, errnoText(error)), {} };
    return {};
}

Result<AuditReadResult> AuditLog::read(const AuditFilter &filter) const
{
    AuditReadResult result;
    for (const QString &name : files()) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("Could not read the audit log %1: %2.").arg(name, file.errorString()), {} };
        const QByteArray all = file.readAll();
        qsizetype start = 0;
        while (start < all.size()) {
            qsizetype end = all.indexOf('\n', start);
            const bool whole = end >= 0;
            if (!whole)
                end = all.size();
            const QByteArray line = all.mid(start, end - start);
            start = end + 1;
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError parseError {};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            const auto entry = whole && doc.isObject() ? AuditEntry::fromJson(doc.object()) : std::nullopt;
            if (!entry) {
                ++result.unreadableLines;
                continue;
            }
            if (filter.matches(*entry, line))
                result.entries << *entry;
        }
    }
    return result;
}

} // namespace mc::audit
