#include "core/provision/StepExecutor.h"

#include "core/provision/AgentIdentity.h"

#include "core/util/ShellQuote.h"
#include "core/util/UnifiedDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace mc::provision {

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Ok:
        return QStringLiteral("ok");
    case StepState::Changed:
        return QStringLiteral("changed");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Unreachable:
        return QStringLiteral("unreachable");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::StepExecutor)
};

} // namespace

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Ok:
        return Tr::tr("ok");
    case StepState::Changed:
        return Tr::tr("changed");
    case StepState::Failed:
        return Tr::tr("failed");
    case StepState::Unreachable:
        return Tr::tr("unreachable");
    case StepState::Skipped:
        return Tr::tr("skipped");
    }
    return {};
}

namespace {

constexpr qsizetype kMaxDiffBytes = qsizetype(100) * 1024;

QString arg(const PlannedStep &step, const QString &key, const QString &fallback = {})
{
    const QVariant v = step.args.value(key);
    return v.isValid() ? v.toString() : fallback;
}

// "0644" -> "644", as stat -c %a prints it.
QString statMode(const QString &mode)
{
    bool ok = false;
    const int m = mode.toInt(&ok, 8);
    return ok ? QString::number(m, 8) : QString();
}

QString checkPrefix(bool check)
{
    return check ? QStringLiteral("CHECK=1\n") : QStringLiteral("CHECK=0\n");
}

} // namespace

StepExecutor::StepExecutor(ssh::SshSession &session, ExecutionMode mode, StepCallback onStep,
                           LineCallback onLine, const std::atomic<bool> *cancelled)
    : m_session(session)
    , m_mode(mode)
    , m_onStep(std::move(onStep))
    , m_onLine(std::move(onLine))
    , m_cancelled(cancelled)
{ }

bool StepExecutor::unreachable() const
{
    return m_lostConnection;
}

QString StepExecutor::packageScript(const PlannedStep &step, bool check)
{
    QStringList names;
    for (const QString &n : step.args.value(QStringLiteral("names")).toStringList())
        names << shellQuote(n);
    const QString manager = arg(step, QStringLiteral("manager"), QStringLiteral("auto"));
    const bool update = arg(step, QStringLiteral("update_cache")) == u"true";
    return checkPrefix(check)
        + QStringLiteral("m=%1\n"
                         "if [ \"$m\" = auto ]; then if command -v apt-get >/dev/null 2>&1; then m=apt; "
                         "elif command -v dnf >/dev/null 2>&1; then m=dnf; elif command -v yum >/dev/null "
                         "2>&1; then m=yum; "
                         "else echo 'no apt-get, dnf or yum on this host' >&2; exit 2; fi; fi\n"
                         "missing=''\n"
                         "for p in %2; do n=${p%%=*}\n"
                         "  if [ \"$m\" = apt ]; then dpkg-query -W -f='${Status}' \"$n\" 2>/dev/null | grep "
                         "-q 'install ok installed' "
                         "|| missing=\"$missing $p\"\n"
                         "  else rpm -q \"$n\" >/dev/null 2>&1 || missing=\"$missing $p\"; fi\n"
                         "done\n"
                         "[ -z \"$missing\" ] && exit 0\n"
                         "if [ $CHECK = 1 ]; then echo \"would install:$missing\"; exit 100; fi\n"
                         "if [ \"$m\" = apt ]; then export DEBIAN_FRONTEND=noninteractive\n"
                         "  %3apt-get install -y -q -o Dpkg::Options::=--force-confold "
                         "--no-install-recommends $missing || exit 1\n"
                         "else $m install -y $missing || exit 1; fi\n"
                         "echo \"installed:$missing\"; exit 100\n")
              .arg(shellQuote(manager), names.join(u' '),
                   update ? QStringLiteral("apt-get update -q || exit 1; ") : QString());
}

QString StepExecutor::repositoryScript(const PlannedStep &step, bool check)
{
    const QString name = arg(step, QStringLiteral("name"));
    return checkPrefix(check)
        + QStringLiteral(
              "name=%1; url=%2; suite=%3; comps=%4; keyurl=%5; m=%6\n"
              "if [ \"$m\" = auto ]; then if command -v apt-get >/dev/null 2>&1; then m=apt; else m=yum; fi; "
              "fi\n"
              "fetch() { if command -v curl >/dev/null 2>&1; then curl -fsSL \"$1\"; else wget -qO- \"$1\"; "
              "fi; }\n"
              "c=0\n"
              "if [ \"$m\" = apt ]; then\n"
              "  [ -n \"$suite\" ] || suite=$(. /etc/os-release && echo \"$VERSION_CODENAME\")\n"
              "  key=/etc/apt/keyrings/$name.asc; list=/etc/apt/sources.list.d/$name.list\n"
              "  if [ -n \"$keyurl\" ]; then line=\"deb [signed-by=$key] $url $suite $comps\"\n"
              "    if [ ! -s \"$key\" ]; then c=1; if [ $CHECK = 0 ]; then mkdir -p /etc/apt/keyrings && "
              "fetch \"$keyurl\" > \"$key.mc-tmp\" && mv -f \"$key.mc-tmp\" \"$key\" || { rm -f "
              "\"$key.mc-tmp\"; "
              "echo \"cannot fetch the key $keyurl\" >&2; exit 1; }; fi; fi\n"
              "  else line=\"deb $url $suite $comps\"; fi\n"
              "else\n"
              "  list=/etc/yum.repos.d/$name.repo\n"
              "  if [ -n \"$keyurl\" ]; then g=\"gpgcheck=1\ngpgkey=$keyurl\"; else g=gpgcheck=0; fi\n"
              "  line=$(printf '[%s]\\nname=%s\\nbaseurl=%s\\nenabled=1\\n%s' \"$name\" \"$name\" \"$url\" "
              "\"$g\")\n"
              "fi\n"
              "if [ \"$(cat \"$list\" 2>/dev/null)\" != \"$line\" ]; then c=1\n"
              "  if [ $CHECK = 0 ]; then printf '%s\\n' \"$line\" > \"$list.mc-tmp\" && mv -f "
              "\"$list.mc-tmp\" \"$list\" || exit 1; fi\n"
              "  echo \"$list: $line\"; fi\n"
              "[ $c = 0 ] && exit 0\n"
              "if [ $CHECK = 0 ] && [ \"$m\" = apt ]; then apt-get update -q || exit 1; fi\n"
              "exit 100\n")
              .arg(shellQuote(name), shellQuote(arg(step, QStringLiteral("url"))),
                   shellQuote(arg(step, QStringLiteral("suite"))),
                   shellQuote(arg(step, QStringLiteral("components"), QStringLiteral("main"))),
                   shellQuote(arg(step, QStringLiteral("key_url"))),
                   shellQuote(arg(step, QStringLiteral("manager"), QStringLiteral("auto"))));
}

QString StepExecutor::directoryScript(const PlannedStep &step, bool check)
{
    const QString owner = arg(step, QStringLiteral("owner"));
    const QString group = arg(step, QStringLiteral("group"));
    return checkPrefix(check)
        + QStringLiteral(
              "p=%1; mode=%2; owner=%3; group=%4; c=0\n"
              "if [ ! -d \"$p\" ]; then c=1; echo \"create $p\"; [ $CHECK = 1 ] || mkdir -p -- \"$p\" || "
              "exit 1; fi\n"
              "if [ -n \"$mode\" ] && [ \"$(stat -c %a -- \"$p\" 2>/dev/null)\" != \"$mode\" ]; then c=1; "
              "[ $CHECK = 1 ] || chmod \"$mode\" -- \"$p\" || exit 1; fi\n"
              "if [ -n \"$owner\" ] && [ \"$(stat -c %U -- \"$p\" 2>/dev/null)\" != \"$owner\" ]; then c=1; "
              "[ $CHECK = 1 ] || chown \"$owner\" -- \"$p\" || exit 1; fi\n"
              "if [ -n \"$group\" ] && [ \"$(stat -c %G -- \"$p\" 2>/dev/null)\" != \"$group\" ]; then c=1; "
              "[ $CHECK = 1 ] || chgrp \"$group\" -- \"$p\" || exit 1; fi\n"
              "[ $c = 1 ] && exit 100; exit 0\n")
              .arg(shellQuote(arg(step, QStringLiteral("path"))),
                   shellQuote(statMode(arg(step, QStringLiteral("mode"), QStringLiteral("0755")))),
                   shellQuote(owner), shellQuote(group));
}

QString StepExecutor::commandScript(const PlannedStep &step, bool check)
{
    QString s = checkPrefix(check);
    const QString creates = arg(step, QStringLiteral("creates"));
    const QString unless = arg(step, QStringLiteral("unless"));
    if (!creates.isEmpty())
        s += QStringLiteral("if [ -e %1 ]; then echo 'guard: %2 exists'; exit 0; fi\n")
                 .arg(shellQuote(creates), QString(creates).replace(u'\'', u'_'));
    if (!unless.isEmpty())
        s += QStringLiteral("if sh -c %1 >/dev/null 2>&1; then echo 'guard: unless holds'; exit 0; fi\n")
                 .arg(shellQuote(unless));
    s += QStringLiteral("if [ $CHECK = 1 ]; then echo 'would run'; exit 100; fi\n"
                        "sh -c %1; rc=$?\n"
                        "if [ $rc = 0 ]; then exit 100; elif [ $rc = 100 ]; then exit 1; else exit $rc; fi\n")
             .arg(shellQuote(arg(step, QStringLiteral("run"))));
    return s;
}

QString StepExecutor::serviceScript(const PlannedStep &step, bool check)
{
    return checkPrefix(check)
        + QStringLiteral(
              "n=%1; state=%2; enabled=%3; c=0\n"
              "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1 && "
              "systemctl cat \"$n.service\" >/dev/null 2>&1; then m=systemd\n"
              "elif [ -x \"/etc/init.d/$n\" ]; then m=sysv\n"
              "elif command -v docker >/dev/null 2>&1 && docker inspect --type container \"$n\" >/dev/null "
              "2>&1; then m=docker\n"
              "elif [ \"$state\" = stopped ] || { [ -z \"$state\" ] && [ \"$enabled\" = false ]; }; then "
              "echo \"$n is not installed\"; exit 0\n"
              "elif [ $CHECK = 1 ]; then echo \"$n is not installed yet\"; exit 100\n"
              "else echo \"no service $n here (no systemd unit, /etc/init.d/$n or Docker container)\" >&2; "
              "exit 3; fi\n"
              "running() { case $m in systemd) systemctl is-active --quiet \"$n\" ;; "
              "sysv) \"/etc/init.d/$n\" status >/dev/null 2>&1 ;; "
              "docker) [ \"$(docker inspect -f '{{.State.Running}}' \"$n\")\" = true ] ;; esac; }\n"
              "act() { echo \"$1 $n ($m)\"; [ $CHECK = 1 ] && return 0; case $m in systemd) systemctl \"$1\" "
              "\"$n\" ;; "
              "sysv) \"/etc/init.d/$n\" \"$1\" ;; docker) if [ \"$1\" = reload ]; then docker kill -s HUP "
              "\"$n\"; "
              "else docker \"$1\" \"$n\"; fi ;; esac; }\n"
              "case $state in\n"
              "  started) if ! running; then act start || exit 1; c=1; fi ;;\n"
              "  stopped) if running; then act stop || exit 1; c=1; fi ;;\n"
              "  restarted) act restart || exit 1; c=1 ;;\n"
              "  reloaded) if running; then act reload || exit 1; else act start || exit 1; fi; c=1 ;;\n"
              "esac\n"
              "if [ -n \"$enabled\" ]; then\n"
              "  case $m in\n"
              "  systemd) if systemctl is-enabled --quiet \"$n\"; then on=true; else on=false; fi\n"
              "    if [ \"$on\" != \"$enabled\" ]; then c=1; echo \"enabled=$enabled $n\"; [ $CHECK = 1 ] || "
              "{ if [ \"$enabled\" = true ]; then systemctl enable \"$n\"; else systemctl disable \"$n\"; "
              "fi; } || exit 1; fi ;;\n"
              "  sysv) if ls /etc/rc2.d/S??\"$n\" >/dev/null 2>&1; then on=true; else on=false; fi\n"
              "    if [ \"$on\" != \"$enabled\" ]; then c=1; echo \"enabled=$enabled $n\"; [ $CHECK = 1 ] || "
              "{ if command -v update-rc.d >/dev/null 2>&1; then if [ \"$enabled\" = true ]; then "
              "update-rc.d \"$n\" defaults "
              "&& update-rc.d \"$n\" enable; else update-rc.d \"$n\" disable; fi; "
              "else chkconfig \"$n\" \"$( [ \"$enabled\" = true ] && echo on || echo off)\"; fi; } || exit "
              "1; fi ;;\n"
              "  docker) p=$(docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' \"$n\")\n"
              "    if [ \"$enabled\" = true ]; then want=unless-stopped; else want=no; fi\n"
              "    if [ \"$p\" != \"$want\" ]; then c=1; [ $CHECK = 1 ] || docker update --restart \"$want\" "
              "\"$n\" "
              ">/dev/null || exit 1; fi ;;\n"
              "  esac\n"
              "fi\n"
              "[ $c = 1 ] && exit 100; exit 0\n")
              .arg(shellQuote(arg(step, QStringLiteral("name"))),
                   shellQuote(arg(step, QStringLiteral("state"))),
                   shellQuote(arg(step, QStringLiteral("enabled"))));
}

QString StepExecutor::waitScript(const PlannedStep &step)
{
    const QString timeout = arg(step, QStringLiteral("timeout"), QStringLiteral("60"));
    if (step.args.contains(QStringLiteral("url"))) {
        return QStringLiteral("u=%1; t=%2; end=$(( $(date +%s) + t ))\n"
                              "probe() { if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null "
                              "--max-time 2 \"$u\"; "
                              "else wget -q -O /dev/null -T 2 \"$u\"; fi; }\n"
                              "until probe 2>/dev/null; do if [ \"$(date +%s)\" -ge \"$end\" ]; then "
                              "echo \"$u did not answer within ${t}s\" >&2; exit 1; fi; sleep 0.2; done\n")
            .arg(shellQuote(arg(step, QStringLiteral("url"))), shellQuote(timeout));
    }
    return QStringLiteral(
               "h=%1; p=%2; t=%3; end=$(( $(date +%s) + t ))\n"
               "probe() { if command -v bash >/dev/null 2>&1; then timeout 2 bash -c \": >/dev/tcp/$h/$p\"; "
               "else nc -z -w 2 \"$h\" \"$p\"; fi; }\n"
               "until probe 2>/dev/null; do if [ \"$(date +%s)\" -ge \"$end\" ]; then "
               "echo \"port $p on $h did not open within ${t}s\" >&2; exit 1; fi; sleep 0.2; done\n")
        .arg(shellQuote(arg(step, QStringLiteral("host"), QStringLiteral("127.0.0.1"))),
             shellQuote(arg(step, QStringLiteral("port"))), shellQuote(timeout));
}

// Why on the host and not in the console's run journal: the console may die
// (or be another console, another workspace) between writing a file and
// restarting its service; the host that holds the changed file also holds the
// note that its service still runs the old one. The note is written (to a
// temporary file, then renamed over the old one) before the change is made,
// so no crash in between leaves a changed file without it; the worst a crash
// does is one restart too many. A reboot restarts everything anyway; the extra
// restart the note then asks for is harmless.
QString StepExecutor::pendingPath()
{
    return QStringLiteral("/var/lib/mesos-console/pending-handlers");
}

QString StepExecutor::pendingEntry(const QString &role, const QString &handler)
{
    QString e = role + QStringLiteral(": ") + handler;
    e.replace(u'\n', u' ');
    e.replace(u'\r', u' ');
    return e;
}

QString StepExecutor::pendingScript(const QString &op, const QStringList &entries)
{
    QStringList quoted;
    for (const QString &e : entries)
        quoted << shellQuote(e);
    const QString f = shellQuote(pendingPath());
    if (op == u"add")
        return QStringLiteral(
                   "mkdir -p -- \"$(dirname -- %1)\" || exit 1\n"
                   "{ cat -- %1 2>/dev/null; printf '%s\\n' %2; } | sort -u > %1.mc-tmp || exit 1\n"
                   "sync %1.mc-tmp 2>/dev/null\n"
                   "mv -f -- %1.mc-tmp %1\n")
            .arg(f, quoted.join(u' '));
    return QStringLiteral(
               "if [ -f %1 ]; then cp -- %1 %1.mc-tmp || exit 1\n"
               "for e in %2; do grep -vxF -e \"$e\" %1.mc-tmp > %1.mc-tmp2; mv -f -- %1.mc-tmp2 "
               "%1.mc-tmp; done\n"
               "if [ -s %1.mc-tmp ]; then mv -f -- %1.mc-tmp %1; else rm -f -- %1.mc-tmp %1; fi; fi")
        .arg(f, quoted.join(u' '));
}

QStringList StepExecutor::entriesOf(const PlannedStep &step) const
{
    QStringList out;
    for (const QString &h : step.step.notify)
        out << pendingEntry(step.step.role, h);
    return out;
}

Status StepExecutor::markPending(const PlannedStep &step)
{
    QStringList entries;
    for (const QString &e : entriesOf(step)) {
        if (!m_pending.contains(e))
            entries << e;
    }
    if (entries.isEmpty())
        return {};
    ssh::ExecOptions opts;
    opts.become = m_mode.become;
    const auto r = m_session.exec(pendingScript(QStringLiteral("add"), entries), opts);
    if (!r) {
        if (m_session.lastFailure() == ssh::FailureKind::Unreachable)
            m_lostConnection = true;
        return r.error();
    }
    if (r->exitStatus != 0)
        return Error { Tr::tr("cannot record the pending handler in %1: %2")
                           .arg(pendingPath(), QString::fromUtf8(r->stderrData).trimmed()),
                       {} };
    for (const QString &e : entries)
        m_pending.insert(e);
    return {};
}

void StepExecutor::clearPending(const QStringList &entries)
{
    QStringList recorded;
    for (const QString &e : entries) {
        if (m_pending.contains(e) || !m_pendingKnown)
            recorded << e;
    }
    if (recorded.isEmpty())
        return;
    ssh::ExecOptions opts;
    opts.become = m_mode.become;
    const auto r = m_session.exec(pendingScript(QStringLiteral("del"), recorded), opts);
    if (!r && m_session.lastFailure() == ssh::FailureKind::Unreachable)
        m_lostConnection = true;
    // Not cleared: the next run restarts once more, which does no harm.
    if (r && r->exitStatus == 0) {
        for (const QString &e : recorded)
            m_pending.remove(e);
    }
}

void StepExecutor::inspect(const RolePlan &role)
{
    QStringList paths;
    for (const QList<PlannedStep> *list : { &role.steps, &role.handlers }) {
        for (const PlannedStep &s : *list) {
            if (!s.skipped && (s.step.kind == StepKind::Template || s.step.kind == StepKind::Copy))
                paths << arg(s, QStringLiteral("dest"));
        }
    }
    paths.removeDuplicates();
    if (paths.isEmpty() && role.handlers.isEmpty())
        return;
    QStringList quoted;
    for (const QString &p : paths)
        quoted << shellQuote(p);
    // One line per path: "file", "missing" or "noparent" (shell builtins only); then, after a
    // "--", one sha256sum and one stat over the files that exist (one line each, in order);
    // then "pending <entry>" per handler still to run. Three processes, whatever the count.
    QString script;
    if (!paths.isEmpty())
        script = QStringLiteral(
                     "set --\n"
                     "for f in %1; do if [ -f \"$f\" ]; then set -- \"$@\" \"$f\"; echo file; "
                     "else d=${f%/*}; if [ -d \"${d:-/}\" ]; then echo missing; else echo noparent; fi; fi; "
                     "done\n"
                     "echo --\n"
                     "if [ $# -gt 0 ]; then sha256sum -- \"$@\" || exit 1; stat -c '%a %U %G' -- \"$@\" || exit 1; "
                     "fi\n")
                     .arg(quoted.join(u' '));
    if (!role.handlers.isEmpty())
        script += QStringLiteral("if [ -f %1 ]; then sed 's/^/pending /' %1 || exit 1; fi\n")
                      .arg(shellQuote(pendingPath()));
    ssh::ExecOptions opts;
    opts.become = m_mode.become;
    const auto r = m_session.exec(script, opts);
    if (!r || r->exitStatus != 0) {
        if (!r && m_session.lastFailure() == ssh::FailureKind::Unreachable)
            m_lostConnection = true;
        return; // each file step then looks for itself
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(r->stdoutData).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("pending ")))
            m_pending.insert(line.mid(8));
        else
            lines << line;
    }
    m_pendingKnown = true;
    const qsizetype existing = lines.count(QStringLiteral("file"));
    if (paths.isEmpty() || lines.size() != paths.size() + 1 + 2 * existing || lines.at(paths.size()) != u"--")
        return;
    qsizetype next = paths.size() + 1; // the next file's sha256sum line; its stat line is `existing` further
    for (qsizetype i = 0; i < paths.size(); ++i) {
        FileState st;
        if (lines[i] == u"file") {
            // "<sha256>  <name>", with a backslash first when sha256sum escaped the name.
            QString sum = lines[next].section(u' ', 0, 0);
            if (sum.startsWith(u'\\'))
                sum.remove(0, 1);
            const QStringList f = lines[next + existing].split(u' ');
            ++next;
            if (f.size() != 3)
                continue; // looks for itself
            st.exists = true;
            st.sha256 = sum;
            st.mode = f[0];
            st.owner = f[1];
            st.group = f[2];
        } else {
            st.parentExists = lines[i] != u"noparent";
        }
        m_files.insert(paths[i], st);
    }
}

// Not in the role's batch (the stat failed): look now. False (and `result` says why) when that fails.
bool StepExecutor::lookAtFile(const QString &dest, StepResult &result)
{
    const auto sha = m_session.remoteSha256(dest, m_mode.become);
    if (!sha) {
        result.state = m_session.lastFailure() == ssh::FailureKind::Unreachable ? StepState::Unreachable
                                                                                : StepState::Failed;
        result.message = sha.error().message;
        return false;
    }
    FileState st;
    st.exists = !sha->isEmpty();
    st.sha256 = *sha;
    st.parentExists = true;
    m_files.insert(dest, st);
    return true;
}

// False (and `result` says why) when the folder of `dest` cannot be made.
bool StepExecutor::makeParentFolder(const QString &dest, StepResult &result)
{
    ssh::ExecOptions opts;
    opts.become = m_mode.become;
    const auto r
        = m_session.exec(QStringLiteral("mkdir -p -- %1").arg(shellQuote(QFileInfo(dest).path())), opts);
    if (!r || r->exitStatus != 0) {
        result.state = !r && m_session.lastFailure() == ssh::FailureKind::Unreachable ? StepState::Unreachable
                                                                                      : StepState::Failed;
        result.message = r ? Tr::tr("cannot create the folder of %1: %2")
                                 .arg(dest, QString::fromUtf8(r->stderrData).trimmed())
                           : r.error().message;
        return false;
    }
    return true;
}

StepResult StepExecutor::runFile(const PlannedStep &step, StepResult result, bool *created)
{
    const QString dest = arg(step, QStringLiteral("dest"));
    const QString mode = statMode(arg(step, QStringLiteral("mode"), QStringLiteral("0644")));
    const QString owner = arg(step, QStringLiteral("owner"));
    const QString group = arg(step, QStringLiteral("group"));
    const bool force = arg(step, QStringLiteral("force"), QStringLiteral("true")) == u"true";
    if (!m_files.contains(dest) && !lookAtFile(dest, result))
        return result;
    const FileState st = m_files.value(dest);
    const QString wanted
        = QString::fromLatin1(QCryptographicHash::hash(step.content, QCryptographicHash::Sha256).toHex());
    if (st.exists && !force) {
        result.message = Tr::tr("%1 exists (left as it is)").arg(dest);
        return result;
    }
    const bool sameContent = st.exists && st.sha256 == wanted;
    const bool sameMeta = st.exists && st.mode == mode && (owner.isEmpty() || st.owner == owner)
        && (group.isEmpty() || st.group == group);
    if (sameContent && sameMeta) {
        result.message = dest;
        return result;
    }
    result.state = StepState::Changed;
    if (created)
        *created = !st.exists;
    if (!sameContent && (m_mode.check || m_mode.diff) && step.content.size() <= kMaxDiffBytes) {
        QString before;
        if (st.exists) {
            const auto old = m_session.readFile(dest, m_mode.become);
            if (old && old->has_value())
                before = QString::fromUtf8(**old);
        }
        result.diff = unifiedDiff(before, QString::fromUtf8(step.content),
                                  st.exists ? dest : QStringLiteral("/dev/null"), dest);
    }
    const QString what = !st.exists ? QStringLiteral("create")
        : sameContent               ? QStringLiteral("mode/owner of")
                                    : QStringLiteral("update");
    if (m_mode.check) {
        result.message = what == u"create" ? Tr::tr("would create %1").arg(dest)
            : what == u"update"            ? Tr::tr("would update %1").arg(dest)
                                           : Tr::tr("would mode/owner of %1").arg(dest);
        return result;
    }
    if (!step.step.notify.isEmpty()) {
        // Before the change: see pendingPath().
        if (const Status marked = markPending(step); !marked) {
            result.state = m_lostConnection ? StepState::Unreachable : StepState::Failed;
            result.message = marked.error().message;
            return result;
        }
    }
    if (!st.parentExists && !makeParentFolder(dest, result))
        return result;
    ssh::UploadOptions up;
    up.mode = mode.toInt(nullptr, 8);
    up.owner = owner;
    up.group = group;
    up.become = m_mode.become;
    up.compareFirst = false; // compared above
    const auto w = m_session.upload(dest, step.content, up);
    if (!w) {
        result.state = m_session.lastFailure() == ssh::FailureKind::Unreachable ? StepState::Unreachable
                                                                                : StepState::Failed;
        result.message
            = w.error().message + (w.error().detail.isEmpty() ? QString() : u": " + w.error().detail);
        return result;
    }
    FileState now;
    now.exists = true;
    now.sha256 = wanted;
    now.mode = mode;
    now.owner = owner.isEmpty() ? st.owner : owner;
    now.group = group.isEmpty() ? st.group : group;
    m_files.insert(dest, now);
    result.state = *w == ssh::WriteOutcome::Changed ? StepState::Changed : StepState::Ok;
    if (what == u"create")
        result.message = Tr::tr("created %1").arg(dest);
    else if (what == u"update")
        result.message = Tr::tr("updated %1").arg(dest);
    else
        result.message = Tr::tr("fixed mode/owner of %1").arg(dest);
    return result;
}

StepResult StepExecutor::runScript(const QString &script, const PlannedStep &step, StepResult result,
                                   int timeoutMs)
{
    ssh::ExecOptions opts;
    opts.become = m_mode.become;
    opts.timeoutMs = timeoutMs;
    QStringList tail;
    opts.onLine = [&](const ssh::OutputLine &line) {
        tail << line.text;
        if (tail.size() > 20)
            tail.removeFirst();
        if (m_onLine)
            m_onLine(line);
    };
    const auto r = m_session.exec(script, opts);
    if (!r) {
        result.state = m_session.lastFailure() == ssh::FailureKind::Unreachable ? StepState::Unreachable
                                                                                : StepState::Failed;
        result.message = r.error().message;
        if (result.state == StepState::Unreachable)
            m_lostConnection = true;
        return result;
    }
    result.exitStatus = r->exitStatus;
    const QString out = QString::fromUtf8(r->stdoutData).trimmed();
    const QString err = QString::fromUtf8(r->stderrData).trimmed();
    if (r->exitStatus == 0) {
        result.state = StepState::Ok;
        result.message = out.section(u'\n', -1);
    } else if (r->exitStatus == kChanged) {
        result.state = StepState::Changed;
        result.message = out.section(u'\n', -3);
    } else {
        result.state = StepState::Failed;
        const QString why = !err.isEmpty() ? err.section(u'\n', -5) : out.section(u'\n', -5);
        result.message
            = Tr::tr("exit %1: %2")
                  .arg(QString::number(r->exitStatus), why.isEmpty() ? Tr::tr("(no output)") : why);
    }
    Q_UNUSED(step);
    return result;
}

StepResult StepExecutor::runStep(const HostPlan &host, const PlannedStep &step, bool handler)
{
    StepResult result;
    result.host = host.host;
    result.role = step.step.role;
    result.step = step.step.name;
    result.kind = step.step.kind;
    result.handler = handler;
    QElapsedTimer timer;
    timer.start();
    result.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (step.skipped) {
        result.state = StepState::Skipped;
        result.message = Tr::tr("when: %1 is false").arg(step.step.when);
        return result;
    }
    const bool check = m_mode.check;
    // A script step that notifies records the pending handlers in the same
    // remote shell, right after it changed something.
    const QStringList entries = check || handler ? QStringList() : entriesOf(step);
    auto notifying = [&](const QString &script) {
        if (entries.isEmpty())
            return script;
        return QStringLiteral(
                   "(\n%1\n)\nrc=$?\nif [ $rc = %2 ]; then (\n%3\n) || { echo 'changed, but cannot "
                   "record the pending handler in %4' >&2; exit 1; }; fi\nexit $rc\n")
            .arg(script, QString::number(kChanged), pendingScript(QStringLiteral("add"), entries),
                 pendingPath());
    };
    switch (step.step.kind) {
    case StepKind::Template:
    case StepKind::Copy: {
        result.path = step.args.value(QStringLiteral("dest")).toString();
        bool created = false;
        result = runFile(step, result, &created);
        if (result.state == StepState::Changed && host.agent)
            result.warning = AgentIdentity::warning(host.host, result.path, m_mode.check, created);
        break;
    }
    case StepKind::Package:
        result = runScript(notifying(packageScript(step, check)), step, result, 0);
        break;
    case StepKind::Repository:
        result = runScript(notifying(repositoryScript(step, check)), step, result, 0);
        break;
    case StepKind::Directory:
        result = runScript(notifying(directoryScript(step, check)), step, result, 0);
        break;
    case StepKind::Command:
        result.command = arg(step, QStringLiteral("run"));
        result = runScript(notifying(commandScript(step, check)), step, result,
                           arg(step, QStringLiteral("timeout"), QStringLiteral("0")).toInt() * 1000);
        if (check && result.state == StepState::Changed)
            result.message = Tr::tr("would run: %1").arg(result.command);
        break;
    case StepKind::Service:
        result = runScript(notifying(serviceScript(step, check)), step, result, 0);
        break;
    case StepKind::WaitFor:
        if (check) {
            result.state = StepState::Skipped;
            result.message = Tr::tr("not checked in check mode");
        } else {
            result = runScript(waitScript(step), step, result, 0);
            if (result.state == StepState::Ok)
                result.message = step.args.contains(QStringLiteral("url"))
                    ? Tr::tr("%1 answers").arg(arg(step, QStringLiteral("url")))
                    : Tr::tr("port %1 open").arg(arg(step, QStringLiteral("port")));
        }
        break;
    }
    if (result.state == StepState::Unreachable)
        m_lostConnection = true;
    if (result.state == StepState::Changed) {
        for (const QString &e : entries)
            m_pending.insert(e);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

StepExecutor::Outcome StepExecutor::runRole(const HostPlan &host, const RolePlan &role)
{
    if (!inspectRole(host, role))
        return Outcome::Unreachable;
    // The role's closing waits (every wait_for after its last other step) run
    // after the handlers: a service restarted by a handler answers again
    // before the next host of a serial batch, or the next role, starts.
    qsizetype waitsFrom = role.steps.size();
    while (waitsFrom > 0 && role.steps.at(waitsFrom - 1).step.kind == StepKind::WaitFor)
        --waitsFrom;
    // Handler -> index of the last step that notified it (-1: pending since an
    // earlier run); service -> index of the step that started it in this run.
    // A restart right after a start that already read the changed files is
    // skipped.
    QHash<QString, qsizetype> notified;
    QHash<QString, qsizetype> startedAt;
    if (const auto stop = runSteps(host, role, 0, waitsFrom, &notified, &startedAt))
        return *stop;
    if (const auto stop = runHandlers(host, role, notified, startedAt))
        return *stop;
    if (const auto stop = runSteps(host, role, waitsFrom, role.steps.size(), nullptr, nullptr))
        return *stop;
    return Outcome::Ok;
}

// What the role's steps find on the host (one round trip) and the handlers pending
// there since an earlier run; false when the host cannot be reached.
bool StepExecutor::inspectRole(const HostPlan &host, const RolePlan &role)
{
    m_files.clear();
    m_pending.clear();
    m_pendingKnown = false;
    const qint64 inspectStart = QDateTime::currentMSecsSinceEpoch();
    const bool reached = [&] {
        inspect(role);
        if (m_lostConnection)
            return false;
        if (!m_pendingKnown && !role.handlers.isEmpty()) {
            const auto recorded = m_session.readFile(pendingPath(), m_mode.become);
            if (!recorded && m_session.lastFailure() == ssh::FailureKind::Unreachable)
                return false;
            if (recorded) {
                m_pendingKnown = true;
                if (recorded->has_value()) {
                    for (const QString &line :
                         QString::fromUtf8(**recorded).split(u'\n', Qt::SkipEmptyParts))
                        m_pending.insert(line);
                }
            }
        }
        return true;
    }();
    if (m_onSpan)
        m_onSpan({ host.host, ProfileKind::Inspect, inspectStart,
                   QDateTime::currentMSecsSinceEpoch() - inspectStart });
    return reached;
}

void StepExecutor::emitResult(const StepResult &result)
{
    if (m_onStep)
        m_onStep(result);
}

// Steps [from, to) of the role; with `notified`, the handlers they notify and the
// services they start are noted. The outcome that stops the role, if one does.
std::optional<StepExecutor::Outcome> StepExecutor::runSteps(const HostPlan &host, const RolePlan &role,
                                                            qsizetype from, qsizetype to,
                                                            QHash<QString, qsizetype> *notified,
                                                            QHash<QString, qsizetype> *startedAt)
{
    for (qsizetype index = from; index < to; ++index) {
        const PlannedStep &step = role.steps.at(index);
        if (m_cancelled && m_cancelled->load())
            return Outcome::Cancelled;
        const StepResult r = runStep(host, step, false);
        emitResult(r);
        if (r.state == StepState::Unreachable)
            return Outcome::Unreachable;
        if (r.state == StepState::Failed)
            return Outcome::Failed;
        if (r.state == StepState::Changed && notified) {
            for (const QString &n : step.step.notify)
                notified->insert(n, index);
            if (step.step.kind == StepKind::Service && arg(step, QStringLiteral("state")) == u"started"
                && r.message.startsWith(QStringLiteral("start ")))
                startedAt->insert(arg(step, QStringLiteral("name")), index);
        }
    }
    return std::nullopt;
}

// The handlers notified in this run or pending since an earlier one, in the recipe's order.
std::optional<StepExecutor::Outcome> StepExecutor::runHandlers(const HostPlan &host, const RolePlan &role,
                                                               QHash<QString, qsizetype> notified,
                                                               const QHash<QString, qsizetype> &startedAt)
{
    QSet<QString> earlier;
    for (const PlannedStep &handler : role.handlers) {
        if (!notified.contains(handler.step.name)
            && m_pending.contains(pendingEntry(handler.step.role, handler.step.name))) {
            notified.insert(handler.step.name, -1);
            earlier.insert(handler.step.name);
        }
    }
    for (const PlannedStep &handler : role.handlers) {
        if (!notified.contains(handler.step.name))
            continue;
        if (m_cancelled && m_cancelled->load())
            return Outcome::Cancelled;
        const QString entry = pendingEntry(handler.step.role, handler.step.name);
        const QString since
            = earlier.contains(handler.step.name) ? Tr::tr(" (pending since an earlier run)") : QString();
        const QString service = arg(handler, QStringLiteral("name"));
        if (handler.step.kind == StepKind::Service && arg(handler, QStringLiteral("state")) == u"restarted"
            && startedAt.value(service, -2) > notified.value(handler.step.name)) {
            StepResult r;
            r.host = host.host;
            r.role = handler.step.role;
            r.step = handler.step.name;
            r.kind = handler.step.kind;
            r.handler = true;
            r.state = StepState::Ok;
            r.message = Tr::tr("%1 was started after the change; no restart needed%2").arg(service, since);
            if (!m_mode.check)
                clearPending({ entry });
            emitResult(r);
            continue;
        }
        StepResult r = runStep(host, handler, true);
        r.message += since;
        if (!m_mode.check
            && (r.state == StepState::Ok || r.state == StepState::Changed || r.state == StepState::Skipped))
            clearPending({ entry });
        emitResult(r);
        if (r.state == StepState::Unreachable)
            return Outcome::Unreachable;
        if (r.state == StepState::Failed)
            return Outcome::Failed;
    }
    return std::nullopt;
}

} // namespace mc::provision
