#include "core/mesos/MesosParser.h"

#include "core/http/HttpClient.h"
#include "core/util/OnDemandJson.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QtEndian>

#include <simdjson.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <optional>
#include <limits>
#include <cmath>
#include <limits>
#include <cstring>
#include <string>
#include <unordered_map>

namespace mc::mesos {

namespace {
namespace od = simdjson::ondemand;
using namespace ondemand; // qstr, stringOf, keyOf, Interner, isObject, isArray, number
using std::string_view;

QString text(od::value value)
{
    switch (value.type()) {
    case od::json_type::string:
        return qstr(stringOf(value));
    case od::json_type::number:
        return QString::number(double(value.get_double()));
    case od::json_type::boolean:
        return bool(value.get_bool()) ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// Where a task's interned values are, for Interner::get's comparison with the one before.
enum Site : size_t { NameSite, FrameworkSite, ExecutorSite, RoleSite, PortsSite, IpSite, ImageSite };
static_assert(ImageSite < Interner::kSites);

// A string field that repeats across tasks; any other JSON type reads as text.
QString interned(od::value value, Interner &interner)
{
    if (value.type() == od::json_type::string)
        return interner.get(stringOf(value));
    return text(value);
}

QString interned(od::value value, Interner &interner, Site site)
{
    if (value.type() == od::json_type::string)
        return interner.get(stringOf(value), site);
    return text(value);
}

// A port or a counter: 0 when the number is no int (converting one out of
// int's range is undefined behaviour: "port": 3.4e27 from a broken master).
int intNumber(od::value value)
{
    const double n = number(value);
    return n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max() ? int(n) : 0;
}

bool boolean(od::value value, bool fallback)
{
    switch (value.type()) {
    case od::json_type::boolean:
        return value.get_bool();
    case od::json_type::number:
        return double(value.get_double()) != 0;
    default:
        return fallback;
    }
}

// Task port ranges repeat little, but agents' and frameworks' do not at all:
// only task resources pass an interner.
Resources resources(od::value value, Interner *interner = nullptr)
{
    Resources r;
    if (!isObject(value))
        return r;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        if (key == "cpus")
            r.cpus = number(field.value());
        else if (key == "mem")
            r.mem = number(field.value());
        else if (key == "disk")
            r.disk = number(field.value());
        else if (key == "gpus")
            r.gpus = number(field.value());
        else if (key == "ports") {
            od::value ports = field.value();
            r.ports = interner && ports.type() == od::json_type::string
                ? interner->get(stringOf(ports), PortsSite)
                : text(ports);
        }
    }
    return r;
}

// A `TASK_RUNNING: 3` style counter of state-summary.
bool readCounter(string_view key, od::value value, std::array<int, kTaskStateCount> &counts)
{
    if (!key.starts_with("TASK_"))
        return false;
    const TaskState state = taskStateFromString(key);
    // Several keys can land on one state (the unknown ones on Other): their sum saturates, it does not overflow.
    const qint64 sum = qint64(counts[int(state)]) + intNumber(value);
    counts[int(state)] = int(std::clamp<qint64>(sum, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    return true;
}

void readContainer(od::value value, Task &task, Interner &interner)
{
    if (!isObject(value))
        return;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if ((key != "docker" && key != "mesos") || !isObject(v))
            continue;
        for (od::field inner : v.get_object()) {
            const string_view innerKey = keyOf(inner);
            od::value image = inner.value();
            if (innerKey != "image")
                continue;
            if (image.type() == od::json_type::string) {
                task.image = interner.get(stringOf(image), ImageSite);
            } else if (isObject(image)) { // mesos.image.docker.name
                for (od::field kind : image.get_object()) {
                    od::value docker = kind.value();
                    if (keyOf(kind) == string_view("docker") && isObject(docker)) {
                        for (od::field name : docker.get_object()) {
                            if (keyOf(name) == string_view("name"))
                                task.image = text(name.value());
                        }
                    }
                }
            }
        }
    }
}

// A status's addresses; few, and nearly always those of the status before (kept without allocating).
using Addresses = QVarLengthArray<QString, 4>;

void readIpAddresses(od::value containerStatus, Interner &interner, Addresses &ips)
{
    if (!isObject(containerStatus))
        return;
    for (od::field field : containerStatus.get_object()) {
        od::value infos = field.value();
        if (keyOf(field) != string_view("network_infos") || !isArray(infos))
            continue;
        for (od::value info : infos.get_array()) {
            if (!isObject(info))
                continue;
            for (od::field infoField : info.get_object()) {
                od::value addresses = infoField.value();
                if (keyOf(infoField) != string_view("ip_addresses") || !isArray(addresses))
                    continue;
                for (od::value address : addresses.get_array()) {
                    if (!isObject(address))
                        continue;
                    for (od::field a : address.get_object()) {
                        od::value ip = a.value();
                        if (keyOf(a) == string_view("ip_address") && ip.type() == od::json_type::string)
                            ips.append(interner.get(stringOf(ip), IpSite));
                    }
                }
            }
        }
    }
}

void readStatuses(od::value value, Task &task, Interner &interner)
{
    if (!isArray(value))
        return;
    for (od::value status : value.get_array()) {
        if (!isObject(status))
            continue;
        TaskState state = TaskState::Other;
        double timestamp = 0;
        std::optional<bool> healthy;
        Addresses ips;
        for (od::field field : status.get_object()) {
            const string_view key = keyOf(field);
            od::value v = field.value();
            if (key == "state")
                state = v.type() == od::json_type::string ? taskStateFromString(string_view(stringOf(v)))
                                                          : TaskState::Other;
            else if (key == "timestamp")
                timestamp = number(v);
            else if (key == "healthy")
                healthy = boolean(v, false);
            else if (key == "container_status") {
                ips.clear();
                readIpAddresses(v, interner, ips);
            }
        }
        if (state == TaskState::Running && task.startedAt == 0)
            task.startedAt = timestamp;
        task.updatedAt = qMax(task.updatedAt, timestamp);
        if (healthy)
            task.healthy = healthy;
        if (!ips.isEmpty()
            && !std::equal(ips.cbegin(), ips.cend(), task.ipAddresses.cbegin(), task.ipAddresses.cend()))
            task.ipAddresses = QStringList(ips.cbegin(), ips.cend());
    }
}

Task readTask(od::value value, Interner &interner, bool completed)
{
    Task task;
    task.completed = completed;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            task.id = text(v);
        else if (key == "name")
            task.name = interned(v, interner, NameSite);
        else if (key == "framework_id")
            task.frameworkId = interned(v, interner, FrameworkSite);
        else if (key == "executor_id")
            task.executorId = interned(v, interner, ExecutorSite);
        else if (key == "slave_id" || key == "agent_id")
            task.agentId = interned(v, interner);
        else if (key == "state")
            task.state = v.type() == od::json_type::string ? taskStateFromString(string_view(stringOf(v)))
                                                           : TaskState::Other;
        else if (key == "resources")
            task.resources = resources(v, &interner);
        else if (key == "role")
            task.role = interned(v, interner, RoleSite);
        else if (key == "statuses")
            readStatuses(v, task, interner);
        else if (key == "container")
            readContainer(v, task, interner);
    }
    return task;
}

// A task id listed twice (a relaunched task: live and completed): the first entry, the live
// one, wins. The ids' hashes are sorted rather than put in a hash set: faster for 100,000
// ids than QSet's seeded hash, and ids made to collide cost a sort, never n².
size_t idHash(const QString &id)
{
    return std::hash<std::u16string_view> {}(
        std::u16string_view(reinterpret_cast<const char16_t *>(id.utf16()), size_t(id.size())));
}

void dropRepeatedIds(std::vector<Task> &tasks)
{
    std::vector<std::pair<size_t, size_t>> keys; // (hash, index)
    keys.reserve(tasks.size());
    for (size_t i = 0; i < tasks.size(); ++i)
        keys.emplace_back(idHash(tasks[i].id), i);
    std::sort(keys.begin(), keys.end());
    std::vector<bool> repeated(tasks.size());
    bool any = false;
    for (auto run = keys.begin(); run != keys.end();) {
        const auto runEnd
            = std::find_if(run, keys.end(), [&](const auto &k) { return k.first != run->first; });
        if (runEnd - run > 1) { // equal hashes: equal ids among them?
            std::stable_sort(run, runEnd, [&](const auto &a, const auto &b) {
                return tasks[a.second].id < tasks[b.second].id;
            });
            for (auto k = run + 1; k != runEnd; ++k) {
                if (tasks[k->second].id == tasks[(k - 1)->second].id) {
                    repeated[k->second] = true; // (k - 1) has the lower index: stable_sort kept the order
                    any = true;
                }
            }
        }
        run = runEnd;
    }
    if (!any)
        return;
    size_t to = 0;
    for (size_t i = 0; i < tasks.size(); ++i) {
        if (!repeated[i])
            tasks[to++] = std::move(tasks[i]);
    }
    tasks.resize(to);
}

using ReadTask = Task (*)(od::value, Interner &, bool);

void readTaskItems(od::array items, Interner &interner, bool completed, std::vector<Task> &out,
                   ReadTask read = readTask)
{
    for (od::value item : items) {
        if (!isObject(item))
            continue;
        Task task = read(item, interner, completed);
        if (!task.id.isEmpty()) // repeated ids: see dropRepeatedIds
            out.push_back(std::move(task));
    }
}

void readTasks(od::value value, Interner &interner, bool completed, std::vector<Task> &out)
{
    if (isArray(value))
        readTaskItems(value.get_array(), interner, completed, out);
}

// Just enough of a walk over JSON to find the task arrays of a state and
// their elements, without building anything. nullptr: not what we expected
// (the caller then parses the whole body the usual way, which names errors).
class Skimmer
{
public:
    explicit Skimmer(const char *end)
        : m_end(end)
    { }

    const char *ws(const char *p) const
    {
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        return p;
    }
    bool at(const char *p, char c) const { return p && p < m_end && *p == c; }

    // p at '"': past the closing quote.
    const char *string(const char *p) const
    {
        const char *from = p + 1;
        while (from < m_end) {
            const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(m_end - from)));
            if (!quote)
                return nullptr;
            size_t backslashes = 0;
            for (const char *b = quote; b > from && b[-1] == '\\'; --b)
                ++backslashes;
            if (backslashes % 2 == 0)
                return quote + 1;
            from = quote + 1;
        }
        return nullptr;
    }

    // p at '{' or '[': past the matching '}' or ']'.
    const char *container(const char *p) const { return containerEnd(p, m_end); }

    // p at a value: past its end.
    const char *value(const char *p) const
    {
        if (!p || p >= m_end)
            return nullptr;
        if (*p == '"')
            return string(p);
        if (*p == '{' || *p == '[')
            return container(p);
        const char *start = p;
        while (p < m_end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r'
               && *p != '\t')
            ++p;
        return p == start ? nullptr : p; // nothing is no value: "[{...},]" is not a list of tasks
    }

    // p at '{': fn(key, value start) returns the value's end. Past the '}'.
    template<typename Fn> const char *members(const char *p, Fn &&fn) const
    {
        p = ws(p + 1);
        if (at(p, '}'))
            return p + 1;
        for (;;) {
            if (!at(p, '"'))
                return nullptr;
            const char *keyEnd = string(p);
            if (!keyEnd)
                return nullptr;
            const string_view key(p + 1, size_t(keyEnd - 1 - (p + 1)));
            p = ws(keyEnd);
            if (!at(p, ':'))
                return nullptr;
            p = fn(key, ws(p + 1));
            if (!p)
                return nullptr;
            p = ws(p);
            if (at(p, ','))
                p = ws(p + 1);
            else if (at(p, '}'))
                return p + 1;
            else
                return nullptr;
        }
    }

    // p at '[': fn(separator before, element start) returns the element's end. Past the ']'.
    template<typename Fn> const char *elements(const char *p, Fn &&fn) const
    {
        const char *separator = p;
        p = ws(p + 1);
        if (at(p, ']'))
            return p + 1;
        for (;;) {
            p = fn(separator, p);
            if (!p)
                return nullptr;
            p = ws(p);
            if (at(p, ',')) {
                separator = p;
                p = ws(p + 1);
            } else if (at(p, ']')) {
                return p + 1;
            } else {
                return nullptr;
            }
        }
    }

private:
    const char *m_end;
};

// A run of task objects parsed as one small document: the separators before
// the first and after the last become `[` and `]` while it is parsed.
struct TaskChunk
{
    qsizetype open = 0; // '[' or ',' before the first element
    qsizetype close = 0; // ',' or ']' after the last element
};

struct TaskArray
{
    qsizetype open = 0; // '['
    qsizetype close = 0; // ']'
    bool completed = false;
    size_t elements = 0;
    std::vector<TaskChunk> chunks;
};

// Where a body keeps its tasks.
enum class Shape {
    StateV0, // /master/state: frameworks' tasks, unreachable_tasks, completed_tasks; orphan_tasks
    SubscribedV1, // a SUBSCRIBED record: subscribed.get_state.get_tasks' lists
};

// Finds the task arrays of a body of `shape`, cut into runs of about `chunkBytes`.
bool findTaskArrays(const QByteArray &body, Shape shape, qsizetype chunkBytes, std::vector<TaskArray> &out)
{
    const char *begin = body.constData();
    const Skimmer s(begin + body.size());
    const auto taskArray = [&](const char *open, bool completed) -> const char * {
        TaskArray array;
        array.open = open - begin;
        array.completed = completed;
        const char *last = nullptr; // end of the previous element
        const char *close = s.elements(open, [&](const char *separator, const char *element) -> const char * {
            const char *end = s.value(element);
            if (!end)
                return nullptr;
            if (array.chunks.empty() || (last - begin) - array.chunks.back().open > chunkBytes) {
                if (!array.chunks.empty())
                    array.chunks.back().close = separator - begin;
                array.chunks.push_back({ separator - begin, 0 });
            }
            last = end;
            ++array.elements;
            return end;
        });
        if (!close)
            return nullptr;
        array.close = (close - 1) - begin;
        if (!array.chunks.empty())
            array.chunks.back().close = array.close;
        out.push_back(std::move(array));
        return close;
    };
    const char *root = s.ws(begin);
    if (!s.at(root, '{'))
        return false;
    if (shape == Shape::SubscribedV1) {
        // The whole parse reads the lists of the last "get_tasks" it meets; a body
        // with a repeated key on the way is left to it.
        int seen = 0;
        const auto member = [&](string_view name, const char *v, auto &&inner) -> const char * {
            if (!s.at(v, '{'))
                return s.value(v);
            ++seen;
            return s.members(v, [&](string_view key, const char *value) -> const char * {
                return key == name ? inner(value) : s.value(value);
            });
        };
        const char *end = member("subscribed", root, [&](const char *subscribed) {
            return member("get_state", subscribed, [&](const char *state) {
                return member("get_tasks", state, [&](const char *tasks) -> const char * {
                    if (!s.at(tasks, '{'))
                        return s.value(tasks);
                    ++seen;
                    return s.members(tasks, [&](string_view list, const char *v) -> const char * {
                        if (!s.at(v, '['))
                            return s.value(v);
                        if (list == "tasks" || list == "pending_tasks" || list == "unreachable_tasks"
                            || list == "orphan_tasks" || list == "completed_tasks")
                            return taskArray(v, list == "completed_tasks");
                        return s.value(v);
                    });
                });
            });
        });
        return end != nullptr && seen == 4; // root, subscribed, get_state, get_tasks: once each
    }
    const char *end = s.members(root, [&](string_view key, const char *v) -> const char * {
        if ((key == "frameworks" || key == "completed_frameworks") && s.at(v, '[')) {
            return s.elements(v, [&](const char *, const char *framework) -> const char * {
                if (!s.at(framework, '{'))
                    return s.value(framework);
                return s.members(framework, [&](string_view k, const char *tv) -> const char * {
                    if (s.at(tv, '[') && (k == "tasks" || k == "unreachable_tasks" || k == "completed_tasks"))
                        return taskArray(tv, k == "completed_tasks");
                    return s.value(tv);
                });
            });
        }
        if (key == "orphan_tasks" && s.at(v, '['))
            return taskArray(v, false);
        return s.value(v);
    });
    return end != nullptr;
}

// Gives the pages wholly inside [from, to) back to the system: parsed task
// text is never read again, so the body shrinks while the tasks grow.
void release(char *from, char *to)
{
    static const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr first = (quintptr(from) + page - 1) & ~(page - 1);
    const quintptr last = quintptr(to) & ~(page - 1);
    if (last > first)
        // NOLINTNEXTLINE(performance-no-int-to-ptr): the page-aligned address is computed as an integer
        madvise(reinterpret_cast<void *>(first), size_t(last - first), MADV_DONTNEED);
}

// Parses the task arrays of a state a few MB at a time; the rest of the state
// (agents, frameworks without their tasks) becomes a small body of its own.
// simdjson's structural index takes 4 bytes per JSON token of the document it
// parses: over 100 MB for a 150 MB state in one piece. The body's pages are
// released as their tasks are read.
enum class Apart { NotDone, Done, Failed };
Task readTaskV1(od::value value, Interner &interner, bool completed);
Apart parseTasksApart(QByteArray &body, Shape shape, qsizetype chunkBytes, Interner &interner,
                      std::vector<Task> &tasks, QString &failure)
{
    if (!body.isDetached())
        return Apart::NotDone; // someone else holds it: neither write into it nor copy it
    std::vector<TaskArray> arrays;
    if (!findTaskArrays(body, shape, chunkBytes, arrays))
        return Apart::NotDone; // not the shape we know: the whole parse names the problem
    body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    char *data = body.data();
    const qsizetype capacity = body.capacity();
    size_t elements = tasks.size();
    for (const TaskArray &array : arrays)
        elements += array.elements;
    tasks.reserve(elements);
    bool released = false;
    {
        // One index for every run, as big as the biggest: grown run after run it would be
        // allocated (and its pages faulted in) again each time.
        size_t biggest = 0;
        for (const TaskArray &array : arrays) {
            for (const TaskChunk &chunk : array.chunks)
                biggest = std::max(biggest, size_t(chunk.close + 1 - chunk.open));
        }
        od::parser parser;
        if (parser.allocate(biggest) != simdjson::SUCCESS)
            return Apart::NotDone;
        for (const TaskArray &array : arrays) {
            for (const TaskChunk &chunk : array.chunks) {
                const char open = std::exchange(data[chunk.open], '[');
                const char close = std::exchange(data[chunk.close], ']');
                const char *error = nullptr;
                try {
                    simdjson::padded_string_view view(data + chunk.open, size_t(chunk.close + 1 - chunk.open),
                                                      size_t(capacity - chunk.open));
                    od::document document = parser.iterate(view);
                    readTaskItems(document.get_array(), interner, array.completed, tasks,
                                  shape == Shape::StateV0 ? readTask : readTaskV1);
                } catch (const simdjson::simdjson_error &e) {
                    error = e.what();
                }
                data[chunk.open] = open;
                data[chunk.close] = close;
                if (error) {
                    tasks.clear();
                    if (!released)
                        return Apart::NotDone; // the body is whole: its parse says where it breaks
                    failure = QString::fromLatin1(error);
                    return Apart::Failed;
                }
                // Released pages read back as zeros: never again read (nor are they copied below).
                release(data + chunk.open, data + chunk.close);
                released = true;
            }
        }
    }
    QByteArray rest;
    qsizetype restSize = body.size();
    for (const TaskArray &array : arrays)
        restSize -= array.close - array.open - 1;
    rest.reserve(restSize + qsizetype(simdjson::SIMDJSON_PADDING));
    qsizetype from = 0;
    for (const TaskArray &array : arrays) {
        rest.append(data + from, array.open + 1 - from); // up to and with '['
        from = array.close; // from ']'
    }
    rest.append(data + from, body.size() - from);
    body = std::move(rest);
    return Apart::Done;
}

// drain_info {state, config}: the state ("DRAINING", "DRAINED").
QString drainState(od::value value)
{
    QString state;
    for (od::field field : value.get_object()) {
        if (keyOf(field) == "state")
            state = text(field.value());
    }
    return state;
}

Agent readAgent(od::value value, Interner &interner)
{
    Agent agent;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            agent.id = interned(v, interner);
        else if (key == "hostname")
            agent.hostname = text(v);
        else if (key == "port")
            agent.port = intNumber(v);
        else if (key == "pid")
            agent.pid = text(v);
        else if (key == "resources")
            agent.total = resources(v);
        else if (key == "used_resources")
            agent.used = resources(v);
        else if (key == "offered_resources")
            agent.offered = resources(v);
        else if (key == "active")
            agent.active = boolean(v, true);
        else if (key == "deactivated")
            agent.deactivated = boolean(v, false);
        else if (key == "drain_info" && isObject(v))
            agent.drainState = drainState(v);
        else if (key == "version")
            agent.version = text(v);
        else if (key == "registered_time")
            agent.registeredTime = number(v);
        else if (key == "attributes" && isObject(v)) {
            for (od::field attribute : v.get_object()) {
                const QString name = qstr(keyOf(attribute));
                agent.attributes.append({ name, text(attribute.value()) });
            }
        } else {
            readCounter(key, v, agent.taskCounts);
        }
    }
    if (agent.port == 5051 && !agent.pid.isEmpty())
        agent.port = agent.pid.mid(agent.pid.lastIndexOf(u':') + 1).toInt();
    return agent;
}

Framework readFramework(od::value value, Interner &interner, bool completed, std::vector<Task> *tasks)
{
    Framework framework;
    framework.completed = completed;
    if (completed) {
        framework.active = false;
        framework.connected = false;
    }
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            framework.id = interned(v, interner);
        else if (key == "name")
            framework.name = text(v);
        else if (key == "hostname")
            framework.hostname = text(v);
        else if (key == "webui_url")
            framework.webuiUrl = text(v);
        else if (key == "user")
            framework.user = text(v);
        else if (key == "principal")
            framework.principal = text(v);
        else if (key == "role")
            framework.roles = QStringList { text(v) };
        else if (key == "roles" && isArray(v)) {
            framework.roles.clear();
            for (od::value role : v.get_array())
                framework.roles << text(role);
        } else if (key == "active")
            framework.active = boolean(v, !completed);
        else if (key == "connected")
            framework.connected = boolean(v, !completed);
        else if (key == "used_resources")
            framework.used = resources(v);
        else if (key == "offered_resources")
            framework.offered = resources(v);
        else if (key == "registered_time")
            framework.registeredTime = number(v);
        else if (tasks && (key == "tasks" || key == "unreachable_tasks"))
            readTasks(v, interner, false, *tasks);
        else if (tasks && key == "completed_tasks")
            readTasks(v, interner, true, *tasks);
        else
            readCounter(key, v, framework.taskCounts);
    }
    return framework;
}

std::optional<MasterInfo> readLeaderInfo(od::value value)
{
    if (!isObject(value))
        return std::nullopt;
    MasterInfo info;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            info.id = text(v);
        else if (key == "pid")
            info.pid = text(v);
        else if (key == "hostname")
            info.hostname = text(v);
        else if (key == "port")
            info.port = intNumber(v);
        else if (key == "version")
            info.version = text(v);
        else if (key == "address" && isObject(v)) {
            for (od::field a : v.get_object()) {
                if (keyOf(a) == string_view("ip"))
                    info.ip = text(a.value());
            }
        }
    }
    if (info.ip.isEmpty()) {
        MasterState fromPid;
        fromPid.leaderPid = info.pid;
        info.ip = fromPid.leader().ip;
    }
    return info;
}

// Index of an id among `ids`. Tasks' agent and framework ids are interned (one QString per
// value), so their data pointer finds them without hashing 100,000 strings twice.
class IdLookup
{
public:
    template<typename Items> explicit IdLookup(const Items &items)
    {
        for (size_t i = 0; i < items.size(); ++i)
            m_byText.insert(items[i].id, int(i));
    }
    int operator()(const QString &id)
    {
        if (const auto it = m_byData.find(id.constData()); it != m_byData.end())
            return it->second;
        const int index = m_byText.value(id, -1);
        m_byData.emplace(id.constData(), index);
        return index;
    }

private:
    QHash<QString, int> m_byText;
    std::unordered_map<const QChar *, int> m_byData; // of ids held in the tasks, which outlive this
};

// Tasks know their agent and framework; state carries no counters, so count.
void countTasks(MasterState &state)
{
    IdLookup framework(state.frameworks);
    IdLookup agent(state.agents);
    for (const Task &task : state.tasks) {
        if (const int f = framework(task.frameworkId); f >= 0)
            ++state.frameworks[size_t(f)].taskCounts[int(task.state)];
        if (const int a = agent(task.agentId); a >= 0 && !task.completed)
            ++state.agents[size_t(a)].taskCounts[int(task.state)];
    }
}

Error jsonError(const QByteArray &body, const QString &what, const char *cause)
{
    // simdjson names the problem but not where: QJsonDocument finds the place on
    // bodies small enough to parse twice.
    constexpr qsizetype kReparseLimit = qsizetype(16) * 1024 * 1024;
    if (body.size() < kReparseLimit) {
        const auto parsed = http::HttpClient::parseJson(body, what);
        if (!parsed.ok())
            return parsed.error();
    }
    return { MesosParser::tr("%1 is not valid JSON (%2).").arg(what, QString::fromLatin1(cause)), {} };
}

template<typename Fn>
auto guarded(QByteArray &body, const QString &what, Fn &&fn) -> decltype(fn(od::object {}))
{
    if (std::all_of(body.cbegin(), body.cend(),
                    [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
        return Error { MesosParser::tr("%1 came back empty where JSON was expected.").arg(what), {} };
    const qsizetype size = body.size();
    body.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING));
    try {
        od::parser parser;
        simdjson::padded_string_view view(body.constData(), size_t(size), size_t(body.capacity()));
        od::document document = parser.iterate(view);
        if (document.type() != od::json_type::object)
            return Error { MesosParser::tr("%1 is not a JSON object.").arg(what),
                           QString::fromUtf8(body.left(200)) };
        return fn(document.get_object());
    } catch (const simdjson::simdjson_error &error) {
        return jsonError(body, what, error.what());
    }
}

// ---- v1 JSON (the SUBSCRIBE stream) ------------------------------------------

// `{"value":"..."}` (AgentID, TaskID, ...): the value.
// `{"value": "..."}`: the id; read by `read(value)`.
template<typename Read> QString idOf(od::value value, Read &&read)
{
    if (!isObject(value))
        return {};
    QString id;
    for (od::field field : value.get_object()) {
        if (keyOf(field) == string_view("value"))
            id = read(field.value());
    }
    return id;
}

QString idOf(od::value value, Interner &interner)
{
    return idOf(value, [&](od::value v) { return interned(v, interner); });
}

QString idOf(od::value value, Interner &interner, Site site)
{
    return idOf(value, [&](od::value v) { return interned(v, interner, site); });
}

// A task's id: its own, nothing to share.
QString uniqueIdOf(od::value value)
{
    return idOf(value, [](od::value v) { return text(v); });
}

// `{"nanoseconds": N}` as seconds.
double secondsOf(od::value value)
{
    double seconds = 0;
    if (!isObject(value))
        return seconds;
    for (od::field field : value.get_object()) {
        if (keyOf(field) == string_view("nanoseconds"))
            seconds = number(field.value()) / 1e9;
    }
    return seconds;
}

// `{"begin":31000,"end":32000}` items of a Value.Ranges, as v0 prints them: "31000-32000".
// Appends "begin-end" per range to `out`, ", " between them.
void appendRanges(od::value ranges, std::string &out)
{
    if (!isObject(ranges))
        return;
    for (od::field field : ranges.get_object()) {
        od::value items = field.value();
        if (keyOf(field) != string_view("range") || !isArray(items))
            continue;
        for (od::value range : items.get_array()) {
            if (!isObject(range))
                continue;
            // Ports: a bound beyond int is no port and reads as 0, as intNumber() does.
            int begin = 0, end = 0;
            for (od::field bound : range.get_object()) {
                const string_view key = keyOf(bound);
                if (key == "begin")
                    begin = intNumber(bound.value());
                else if (key == "end")
                    end = intNumber(bound.value());
            }
            if (!out.empty())
                out += ", ";
            out += std::to_string(begin);
            out += '-';
            out += std::to_string(end);
        }
    }
}

// An array of protobuf Resource objects summed into v0's shape.
Resources resourcesV1(od::value value, Interner *interner = nullptr)
{
    Resources r;
    if (!isArray(value))
        return r;
    std::string ports;
    for (od::value item : value.get_array()) {
        if (!isObject(item))
            continue;
        string_view name;
        double scalar = 0;
        for (od::field field : item.get_object()) {
            const string_view key = keyOf(field);
            od::value v = field.value();
            if (key == "name") {
                name = v.type() == od::json_type::string ? stringOf(v) : string_view();
            } else if (key == "scalar" && isObject(v)) {
                for (od::field inner : v.get_object()) {
                    if (keyOf(inner) == string_view("value"))
                        scalar = number(inner.value());
                }
            } else if (key == "ranges") {
                appendRanges(v, ports);
            }
        }
        if (name == "cpus")
            r.cpus += scalar;
        else if (name == "mem")
            r.mem += scalar;
        else if (name == "disk")
            r.disk += scalar;
        else if (name == "gpus")
            r.gpus += scalar;
    }
    if (!ports.empty()) {
        ports = '[' + ports + ']';
        r.ports = interner ? interner->get(ports, PortsSite) : qstr(ports);
    }
    return r;
}

Task readTaskV1(od::value value, Interner &interner, bool completed)
{
    Task task;
    task.completed = completed;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "task_id")
            task.id = uniqueIdOf(v);
        else if (key == "name")
            task.name = interned(v, interner, NameSite);
        else if (key == "framework_id")
            task.frameworkId = idOf(v, interner, FrameworkSite);
        else if (key == "executor_id")
            task.executorId = idOf(v, interner, ExecutorSite);
        else if (key == "agent_id")
            task.agentId = idOf(v, interner);
        else if (key == "state")
            task.state = v.type() == od::json_type::string ? taskStateFromString(string_view(stringOf(v)))
                                                           : TaskState::Other;
        else if (key == "resources")
            task.resources = resourcesV1(v, &interner);
        else if (key == "role")
            task.role = interned(v, interner, RoleSite);
        else if (key == "statuses")
            readStatuses(v, task, interner); // same shape as v0
        else if (key == "container")
            readContainer(v, task, interner); // same shape as v0
    }
    return task;
}

void readTasksV1(od::value value, Interner &interner, bool completed, std::vector<Task> &out)
{
    if (isArray(value))
        readTaskItems(value.get_array(), interner, completed, out, readTaskV1);
}

// AgentInfo: hostname, id, port, attributes.
void readAgentInfo(od::value value, Agent &agent, Interner &interner)
{
    if (!isObject(value))
        return;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            agent.id = idOf(v, interner);
        else if (key == "hostname")
            agent.hostname = text(v);
        else if (key == "port")
            agent.port = intNumber(v);
        else if (key == "attributes" && isArray(v)) {
            for (od::value attribute : v.get_array()) {
                if (!isObject(attribute))
                    continue;
                QString name;
                QString shown;
                for (od::field a : attribute.get_object()) {
                    const string_view k = keyOf(a);
                    od::value av = a.value();
                    if (k == "name") {
                        name = text(av);
                    } else if ((k == "text" || k == "scalar") && isObject(av)) {
                        for (od::field inner : av.get_object()) {
                            if (keyOf(inner) == string_view("value"))
                                shown = text(inner.value());
                        }
                    } else if (k == "ranges") {
                        std::string ranges;
                        appendRanges(av, ranges);
                        shown = u'[' + QString::fromStdString(ranges) + u']';
                    }
                }
                agent.attributes.append({ name, shown });
            }
        }
    }
}

Agent readAgentV1(od::value value, Interner &interner)
{
    Agent agent;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "agent_info")
            readAgentInfo(v, agent, interner);
        else if (key == "pid")
            agent.pid = text(v);
        else if (key == "total_resources")
            agent.total = resourcesV1(v);
        else if (key == "offered_resources")
            agent.offered = resourcesV1(v);
        else if (key == "active")
            agent.active = boolean(v, true);
        else if (key == "deactivated")
            agent.deactivated = boolean(v, false);
        else if (key == "drain_info" && isObject(v))
            agent.drainState = drainState(v);
        else if (key == "version")
            agent.version = text(v);
        else if (key == "registered_time")
            agent.registeredTime = secondsOf(v);
    }
    if (agent.port == 5051 && !agent.pid.isEmpty())
        agent.port = agent.pid.mid(agent.pid.lastIndexOf(u':') + 1).toInt();
    return agent;
}

// FrameworkInfo: id, name, hostname, webui_url, user, principal, role(s).
void readFrameworkInfo(od::value value, Framework &framework, Interner &interner)
{
    if (!isObject(value))
        return;
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "id")
            framework.id = idOf(v, interner);
        else if (key == "name")
            framework.name = text(v);
        else if (key == "hostname")
            framework.hostname = text(v);
        else if (key == "webui_url")
            framework.webuiUrl = text(v);
        else if (key == "user")
            framework.user = text(v);
        else if (key == "principal")
            framework.principal = text(v);
        else if (key == "role" && framework.roles.isEmpty())
            framework.roles = QStringList { text(v) };
        else if (key == "roles" && isArray(v)) {
            framework.roles.clear();
            for (od::value role : v.get_array())
                framework.roles << text(role);
        }
    }
}

Framework readFrameworkV1(od::value value, Interner &interner, bool completed)
{
    Framework framework;
    framework.completed = completed;
    if (completed) {
        framework.active = false;
        framework.connected = false;
    }
    for (od::field field : value.get_object()) {
        const string_view key = keyOf(field);
        od::value v = field.value();
        if (key == "framework_info")
            readFrameworkInfo(v, framework, interner);
        else if (key == "active")
            framework.active = boolean(v, !completed);
        else if (key == "connected")
            framework.connected = boolean(v, !completed);
        else if (key == "allocated_resources")
            framework.used = resourcesV1(v);
        else if (key == "offered_resources")
            framework.offered = resourcesV1(v);
        else if (key == "registered_time")
            framework.registeredTime = secondsOf(v);
    }
    return framework;
}

// Calls fn(key, value) for each member of an object value (nothing for another type).
template<typename Fn> void eachMember(od::value value, Fn &&fn)
{
    if (!isObject(value))
        return;
    for (od::field field : value.get_object())
        fn(keyOf(field), field.value());
}

// Response.GetState: get_tasks, get_frameworks, get_agents (get_executors is not shown).
// `tasks`: what was read of get_tasks apart (parseTasksApart); its arrays are empty now.
MasterState readGetState(od::value value, Interner &interner, std::vector<Task> &tasks)
{
    MasterState state;
    state.tasks = std::move(tasks);
    eachMember(value, [&](string_view key, od::value part) {
        if (key == "get_tasks") {
            eachMember(part, [&](string_view list, od::value tasks) {
                if (list == "tasks" || list == "pending_tasks" || list == "unreachable_tasks"
                    || list == "orphan_tasks")
                    readTasksV1(tasks, interner, false, state.tasks);
                else if (list == "completed_tasks")
                    readTasksV1(tasks, interner, true, state.tasks);
            });
        } else if (key == "get_frameworks") {
            eachMember(part, [&](string_view list, od::value frameworks) {
                if ((list == "frameworks" || list == "completed_frameworks") && isArray(frameworks)) {
                    for (od::value item : frameworks.get_array()) {
                        if (isObject(item))
                            state.frameworks.push_back(
                                readFrameworkV1(item, interner, list == "completed_frameworks"));
                    }
                }
            });
        } else if (key == "get_agents") {
            eachMember(part, [&](string_view list, od::value agents) {
                if (!isArray(agents))
                    return;
                for (od::value item : agents.get_array()) {
                    if (!isObject(item))
                        continue;
                    if (list == "agents") {
                        state.agents.push_back(readAgentV1(item, interner));
                    } else if (list == "recovered_agents") { // AgentInfo only
                        Agent agent;
                        readAgentInfo(item, agent, interner);
                        agent.recovered = true;
                        agent.active = false;
                        state.agents.push_back(std::move(agent));
                    }
                }
            });
        }
    });
    dropRepeatedIds(state.tasks);
    return state;
}

TaskUpdate readTaskUpdate(od::value value, Interner &interner)
{
    TaskUpdate update;
    const auto stateOf = [](od::value v) {
        return v.type() == od::json_type::string ? taskStateFromString(string_view(stringOf(v)))
                                                 : TaskState::Other;
    };
    eachMember(value, [&](string_view key, od::value v) {
        if (key == "framework_id") {
            update.frameworkId = idOf(v, interner);
        } else if (key == "state") {
            update.state = stateOf(v);
        } else if (key == "status") {
            eachMember(v, [&](string_view k, od::value sv) {
                if (k == "task_id")
                    update.taskId = idOf(sv, interner);
                else if (k == "agent_id")
                    update.agentId = idOf(sv, interner);
                else if (k == "state")
                    update.statusState = stateOf(sv);
                else if (k == "timestamp")
                    update.timestamp = number(sv);
                else if (k == "healthy")
                    update.healthy = boolean(sv, false);
                else if (k == "container_status") {
                    Addresses ips;
                    readIpAddresses(sv, interner, ips);
                    update.ipAddresses = QStringList(ips.cbegin(), ips.cend());
                }
            });
        }
    });
    if (update.state == TaskState::Other)
        update.state = update.statusState;
    return update;
}

MasterEvent::Type eventType(string_view name)
{
    using Type = MasterEvent::Type;
    static const std::pair<string_view, Type> kTypes[] = {
        { "SUBSCRIBED", Type::Subscribed },
        { "TASK_ADDED", Type::TaskAdded },
        { "TASK_UPDATED", Type::TaskUpdated },
        { "AGENT_ADDED", Type::AgentAdded },
        { "AGENT_REMOVED", Type::AgentRemoved },
        { "FRAMEWORK_ADDED", Type::FrameworkAdded },
        { "FRAMEWORK_UPDATED", Type::FrameworkUpdated },
        { "FRAMEWORK_REMOVED", Type::FrameworkRemoved },
        { "HEARTBEAT", Type::Heartbeat },
    };
    for (const auto &[text, type] : kTypes) {
        if (text == name)
            return type;
    }
    return Type::Unknown;
}
} // namespace

namespace {
// A /master/state; `tasks`: what was read of its task lists apart (their arrays in
// `body` are empty now; none read apart: empty).
Result<MasterState> readState(QByteArray &body, Interner &interner, std::vector<Task> &tasks)
{
    return guarded(body, MesosParser::tr("The master state"), [&](od::object root) -> Result<MasterState> {
        MasterState state;
        state.tasks = std::move(tasks);
        for (od::field field : root) {
            const string_view key = keyOf(field);
            od::value v = field.value();
            if (key == "version")
                state.version = text(v);
            else if (key == "id")
                state.id = text(v);
            else if (key == "pid")
                state.pid = text(v);
            else if (key == "hostname")
                state.hostname = text(v);
            else if (key == "cluster")
                state.cluster = text(v);
            else if (key == "leader")
                state.leaderPid = text(v);
            else if (key == "leader_info")
                state.leaderInfo = readLeaderInfo(v);
            else if (key == "start_time")
                state.startTime = number(v);
            else if (key == "elected_time")
                state.electedTime = number(v);
            else if ((key == "slaves" || key == "agents" || key == "recovered_slaves") && isArray(v)) {
                const bool recovered = key == "recovered_slaves";
                for (od::value item : v.get_array()) {
                    if (!isObject(item))
                        continue;
                    Agent agent = readAgent(item, interner);
                    if (recovered) {
                        agent.recovered = true;
                        agent.active = false;
                    }
                    state.agents.push_back(std::move(agent));
                }
            } else if ((key == "frameworks" || key == "completed_frameworks") && isArray(v)) {
                const bool completed = key == "completed_frameworks";
                for (od::value item : v.get_array()) {
                    if (isObject(item))
                        state.frameworks.push_back(readFramework(item, interner, completed, &state.tasks));
                }
            } else if (key == "orphan_tasks") {
                readTasks(v, interner, false, state.tasks);
            }
        }
        dropRepeatedIds(state.tasks);
        countTasks(state);
        return state;
    });
}
} // namespace

Result<MasterState> MesosParser::parseState(QByteArray body, qsizetype taskChunkBytes)
{
    Interner interner;
    std::vector<Task> tasks;
    QString failure;
    const Apart apart = parseTasksApart(body, Shape::StateV0, taskChunkBytes, interner, tasks, failure);
    if (apart == Apart::Failed)
        return Error { tr("%1 is not valid JSON (%2).").arg(tr("The master state"), failure), {} };
    return readState(body, interner, tasks);
}

Result<MasterState> MesosParser::parseStateSummary(QByteArray body)
{
    return guarded(body, tr("The master state summary"), [](od::object root) -> Result<MasterState> {
        MasterState state;
        state.summary = true;
        Interner interner;
        for (od::field field : root) {
            const string_view key = keyOf(field);
            od::value v = field.value();
            if (key == "hostname")
                state.hostname = text(v);
            else if (key == "cluster")
                state.cluster = text(v);
            else if ((key == "slaves" || key == "agents") && isArray(v)) {
                for (od::value item : v.get_array()) {
                    if (isObject(item))
                        state.agents.push_back(readAgent(item, interner));
                }
            } else if (key == "frameworks" && isArray(v)) {
                for (od::value item : v.get_array()) {
                    if (isObject(item))
                        state.frameworks.push_back(readFramework(item, interner, false, nullptr));
                }
            }
        }
        return state;
    });
}

Result<std::vector<Task>> MesosParser::parseTasks(QByteArray body)
{
    return guarded(body, tr("The task list"), [](od::object root) -> Result<std::vector<Task>> {
        std::vector<Task> tasks;
        Interner interner;
        for (od::field field : root) {
            if (keyOf(field) == string_view("tasks"))
                readTasks(field.value(), interner, false, tasks);
        }
        dropRepeatedIds(tasks);
        return tasks;
    });
}

Result<Metrics> MesosParser::parseMetrics(const QByteArray &body)
{
    const auto document = http::HttpClient::parseJson(body, tr("The metrics snapshot"));
    if (!document.ok())
        return document.error();
    if (!document->isObject())
        return Error { tr("The metrics snapshot is not a JSON object."), {} };
    Metrics metrics;
    const QJsonObject object = document->object();
    for (auto it = object.begin(); it != object.end(); ++it)
        metrics.insert(it.key(), it.value().toDouble());
    return metrics;
}

Result<MasterInfo> MesosParser::parseMasterInfo(const QByteArray &body)
{
    const auto document = http::HttpClient::parseJson(body, tr("The master's ZooKeeper entry"));
    if (!document.ok())
        return document.error();
    const QJsonObject object = document->object();
    MasterInfo info;
    info.id = object.value(u"id").toString();
    info.pid = object.value(u"pid").toString();
    info.hostname = object.value(u"hostname").toString();
    info.version = object.value(u"version").toString();
    info.port = object.value(u"port").toInt(5050);
    const QJsonObject address = object.value(u"address").toObject();
    info.ip = address.value(u"ip").toString();
    if (address.contains(u"port"))
        info.port = address.value(u"port").toInt(info.port);
    const double packed = object.value(u"ip").toDouble(-1);
    if (info.ip.isEmpty() && packed >= 0 && packed <= 0xFFFFFFFFu && packed == std::floor(packed)) {
        // packed IPv4 in network byte order, read as a little-endian uint32; any
        // other number is no address (converting it would be undefined behaviour)
        info.ip = QHostAddress(qFromBigEndian(quint32(packed))).toString();
    }
    if (info.ip.isEmpty() && info.hostname.isEmpty() && info.pid.isEmpty())
        return Error { tr("The master's ZooKeeper entry names no address (no ip, hostname or pid)."),
                       QString::fromUtf8(body.left(200)) };
    return info;
}

namespace {
// One record of the v1 stream; `tasks`: what was read of its task lists apart
// (their arrays in `record` are empty now).
Result<MasterEvent> readEvent(QByteArray &record, Interner &interner, std::vector<Task> &tasks)
{
    return guarded(record, MesosParser::tr("An event of the master's stream"), [&](od::object root) -> Result<MasterEvent> {
        MasterEvent event;
        bool typed = false;
        for (od::field field : root) {
            const string_view key = keyOf(field);
            od::value v = field.value();
            if (key == "type" && v.type() == od::json_type::string) {
                const string_view name = stringOf(v);
                event.typeName = qstr(name);
                event.type = eventType(name);
                typed = true;
            } else if (key == "subscribed") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k == "get_state")
                        event.state = readGetState(sv, interner, tasks);
                    else if (k == "heartbeat_interval_seconds")
                        event.heartbeatIntervalSeconds = number(sv);
                });
            } else if (key == "task_added") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k == "task" && isObject(sv))
                        event.task = readTaskV1(sv, interner, false);
                });
            } else if (key == "task_updated") {
                event.update = readTaskUpdate(v, interner);
            } else if (key == "agent_added") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k == "agent" && isObject(sv))
                        event.agent = readAgentV1(sv, interner);
                });
            } else if (key == "agent_removed") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k == "agent_id")
                        event.id = idOf(sv, interner);
                });
            } else if (key == "framework_added" || key == "framework_updated") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k == "framework" && isObject(sv))
                        event.framework = readFrameworkV1(sv, interner, false);
                });
            } else if (key == "framework_removed") {
                eachMember(v, [&](string_view k, od::value sv) {
                    if (k != "framework_info" || !isObject(sv))
                        return;
                    Framework framework;
                    readFrameworkInfo(sv, framework, interner);
                    event.id = framework.id;
                });
            }
        }
        if (!typed)
            return Error { MesosParser::tr("An event of the master's stream has no type."), {} };
        return event;
    });
}
} // namespace

Result<MasterEvent> MesosParser::parseEvent(QByteArray record, qsizetype taskChunkBytes)
{
    Interner interner;
    std::vector<Task> tasks;
    if (record.size() > taskChunkBytes) { // a SUBSCRIBED of a big cluster
        QString failure;
        if (parseTasksApart(record, Shape::SubscribedV1, taskChunkBytes, interner, tasks, failure)
            == Apart::Failed)
            return Error { tr("%1 is not valid JSON (%2).").arg(tr("An event of the master's stream"), failure),
                           {} };
    }
    return readEvent(record, interner, tasks);
}

// ---- EventRecordReader and StateReader ------------------------------------------

namespace {
// The path of the task lists in a SUBSCRIBED record: subscribed.get_state.get_tasks.<list>.
constexpr std::array<string_view, 3> kTaskPath { "subscribed", "get_state", "get_tasks" };
constexpr int kListDepth = int(kTaskPath.size()) + 2; // root, the path's objects, the list
// In a /master/state: (completed_)frameworks[].{tasks,unreachable_tasks,completed_tasks} and
// orphan_tasks. Levels: 0 the root, 1 a frameworks array, 2 a framework.
constexpr int kStateListDepth = 4; // root, frameworks, a framework, the list
// simdjson's default: deeper than this is not read anyway.
constexpr int kMaxDepth = 1024;
constexpr size_t kMaxKeyBytes = 32; // longer keys are none of ours

bool isTaskList(string_view key)
{
    return key == "tasks" || key == "pending_tasks" || key == "unreachable_tasks" || key == "orphan_tasks"
        || key == "completed_tasks";
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Reads a record's bytes as they arrive, its task lists a run at a time: a SUBSCRIBED record
// (EventRecordReader) or a /master/state body (StateReader), told apart by `state`.
struct TaskListStreamReader
{
    // A container open on the way to the task lists (the first listDepthMax levels).
    struct Frame
    {
        char type = '{';
        bool expectKey = true; // an object between members
        int level = -1; // how far along the way to the task lists this is; -1: off the way
        bool pathKeySeen = false; // this object's member of kTaskPath was met
        std::string key; // the member being read
    };

    bool state; // a /master/state (v0 JSON), else a SUBSCRIBED record (v1 JSON)
    QString what; // the document, for messages
    int listDepthMax; // the deepest a task list is
    qsizetype chunkBytes;
    Interner interner;
    std::vector<Task> tasks;
    od::parser parser;
    std::optional<Error> error;
    qint64 offset = 0; // bytes fed, for messages

    std::string rest; // the record without its task lists' elements
    std::vector<Frame> frames;
    int depth = 0; // containers open, all of them
    bool inString = false;
    bool escape = false;
    bool capturing = false; // the string is a key on the path's levels
    bool keyUsable = true;
    std::string key;

    // The task list being read (listDepth > 0): its elements go to `run`, parsed a run at a time.
    int listDepth = 0;
    bool completed = false;
    std::string run;
    bool runHasItems = false;
    bool anyItem = false;
    bool afterItem = false;
    bool inScalar = false;
    bool apart = false; // some task list was read apart

    TaskListStreamReader(bool masterState, qsizetype chunk)
        : state(masterState)
        , what(masterState ? MesosParser::tr("The master state")
                           : MesosParser::tr("An event of the master's stream"))
        , listDepthMax(masterState ? kStateListDepth : kListDepth)
        , chunkBytes(std::max<qsizetype>(chunk, 1))
    { }

    bool inList() const { return listDepth > 0; }
    // Where the byte at hand goes: a task element's bytes to the run, the rest to `rest`.
    std::string &out() { return inList() && (depth > listDepth || inScalar || inString) ? run : rest; }

    Status fail(const QString &what)
    {
        error = Error { MesosParser::tr("%1 is not valid JSON (%2).").arg(this->what, what), {} };
        run.clear();
        run.shrink_to_fit();
        rest.clear();
        rest.shrink_to_fit();
        return *error;
    }
    Status failAt(const QString &what)
    {
        return fail(MesosParser::tr("%1 at byte %2").arg(what).arg(offset));
    }

    Status flushRun()
    {
        if (!runHasItems)
            return {};
        run += ']';
        const size_t size = run.size();
        run.append(simdjson::SIMDJSON_PADDING, '\0');
        try {
            simdjson::padded_string_view view(run.data(), size, run.size());
            od::document document = parser.iterate(view);
            readTaskItems(document.get_array(), interner, completed, tasks, state ? readTask : readTaskV1);
        } catch (const simdjson::simdjson_error &e) {
            return fail(QString::fromLatin1(e.what()));
        }
        run.assign(1, '[');
        runHasItems = false;
        return {};
    }

    Status itemEnded()
    {
        afterItem = true;
        return qsizetype(run.size()) >= chunkBytes ? flushRun() : Status {};
    }

    void keyEnded()
    {
        capturing = false;
        Frame &frame = frames.back();
        frame.key = keyUsable ? key : std::string();
        const int level = frame.level;
        if (!state && level >= 0 && level < int(kTaskPath.size()) && frame.key == kTaskPath[size_t(level)]) {
            if (frame.pathKeySeen) // the whole parse would read the last one only
                error = Error { MesosParser::tr("An event of the master's stream repeats the key \"%1\".")
                                    .arg(QString::fromStdString(frame.key)),
                                {} };
            frame.pathKeySeen = true;
        }
    }

    // p is inside a string: up to and with its closing quote, or the end of the bytes.
    const char *stringBytes(const char *p, const char *end)
    {
        std::string &sink = out();
        const char *from = p;
        while (p < end) {
            const char c = *p;
            if (escape) {
                escape = false;
                keyUsable = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                ++p;
                sink.append(from, size_t(p - from));
                inString = false;
                if (capturing)
                    keyEnded();
                if (inList() && depth == listDepth)
                    itemEndedLater = true;
                return p;
            } else if (capturing) {
                if (key.size() < kMaxKeyBytes)
                    key += c;
                else
                    keyUsable = false;
            }
            ++p;
        }
        sink.append(from, size_t(p - from));
        return p;
    }
    bool itemEndedLater = false;

    // A byte between the elements of a task list.
    Status listByte(char c)
    {
        if (isSpace(c))
            return {};
        if (c == ',') {
            if (!afterItem)
                return failAt(MesosParser::tr("',' where a task was expected"));
            afterItem = false;
            return {};
        }
        if (c == ']') {
            if (anyItem && !afterItem)
                return failAt(MesosParser::tr("']' after ','"));
            Status flushed = flushRun();
            if (!flushed.ok())
                return flushed;
            run = std::string();
            listDepth = 0;
            rest += c;
            --depth;
            frames.pop_back();
            return {};
        }
        if (afterItem)
            return failAt(MesosParser::tr("a task list's elements without ','"));
        if (c == '}')
            return failAt(MesosParser::tr("'}' in a task list"));
        if (runHasItems)
            run += ',';
        runHasItems = true;
        anyItem = true;
        run += c;
        if (c == '{' || c == '[')
            return ++depth > kMaxDepth ? failAt(MesosParser::tr("nesting too deep")) : Status {};
        if (c == '"')
            inString = true;
        else
            inScalar = true;
        return {};
    }

    // A byte outside strings and task lists.
    Status structureByte(char c)
    {
        rest += c;
        switch (c) {
        case '"':
            inString = true;
            capturing = !frames.empty() && int(frames.size()) == depth && depth < listDepthMax
                && frames.back().type == '{' && frames.back().expectKey;
            key.clear();
            keyUsable = true;
            return {};
        case '{':
        case '[': {
            if (++depth > kMaxDepth)
                return failAt(MesosParser::tr("nesting too deep"));
            if (depth > listDepthMax || int(frames.size()) != depth - 1)
                return {};
            // A container where a key belongs (no ':' before it): not JSON, and the way to the
            // task lists is not known any more (simdjson's on-demand walk may not say so).
            if (!frames.empty() && frames.back().type == '{' && frames.back().expectKey)
                return failAt(MesosParser::tr("a value where a key was expected"));
            Frame frame;
            frame.type = c;
            frame.expectKey = c == '{';
            if (frames.empty())
                frame.level = c == '{' ? 0 : -1;
            else if (const Frame &parent = frames.back(); state)
                enterState(parent, c, frame);
            else
                enterSubscribed(parent, c, frame);
            frames.push_back(std::move(frame));
            return {};
        }
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            if (int(frames.size()) > depth)
                frames.pop_back();
            return {};
        case ':':
            if (!frames.empty() && int(frames.size()) == depth)
                frames.back().expectKey = false;
            return {};
        case ',':
            if (!frames.empty() && int(frames.size()) == depth && frames.back().type == '{')
                frames.back().expectKey = true;
            return {};
        default:
            return {};
        }
    }

    void startList(bool completedTasks)
    {
        listDepth = depth;
        completed = completedTasks;
        run.assign(1, '[');
        run.reserve(size_t(chunkBytes) + size_t(64) * 1024);
        runHasItems = anyItem = afterItem = false;
        apart = true;
    }

    // The container `c` opens in `parent` on a SUBSCRIBED's way to its task lists.
    void enterSubscribed(const Frame &parent, char c, Frame &frame)
    {
        const int level = parent.level;
        if (parent.type == '{' && level >= 0 && level < int(kTaskPath.size())
            && parent.key == kTaskPath[size_t(level)] && c == '{')
            frame.level = level + 1;
        else if (parent.type == '{' && level == int(kTaskPath.size()) && c == '[' && isTaskList(parent.key))
            startList(parent.key == "completed_tasks");
    }

    // The same in a /master/state: as parseState reads its task lists apart (findTaskArrays).
    void enterState(const Frame &parent, char c, Frame &frame)
    {
        const string_view key = parent.key;
        if (parent.level == 0 && parent.type == '{' && c == '[') {
            if (key == "frameworks" || key == "completed_frameworks")
                frame.level = 1;
            else if (key == "orphan_tasks")
                startList(false);
        } else if (parent.level == 1 && c == '{') {
            frame.level = 2; // a framework
        } else if (parent.level == 2 && parent.type == '{' && c == '['
                   && (key == "tasks" || key == "unreachable_tasks" || key == "completed_tasks")) {
            startList(key == "completed_tasks");
        }
    }

    Status feed(const char *bytes, qsizetype size)
    {
        const char *p = bytes;
        const char *end = bytes + size;
        while (p < end && !error) {
            const char *from = p;
            Status status;
            if (inList() && depth > listDepth && !inScalar) {
                p = elementBytes(p, end, status);
            } else if (inString) {
                p = stringBytes(p, end);
                if (std::exchange(itemEndedLater, false))
                    status = itemEnded();
            } else if (inScalar) {
                status = scalarByte(*p++);
            } else if (inList()) {
                status = listByte(*p++);
            } else {
                status = structureByte(*p++);
            }
            offset += p - from;
            if (!status.ok())
                return status;
        }
        if (error)
            return *error;
        return {};
    }

    // The record without its task lists' elements, for the whole parse of the rest.
    QByteArray takeRest()
    {
        if (inList()) // ended inside a task list: the rest's parse says where
            run = std::string();
        QByteArray record(rest.data(), qsizetype(rest.size()));
        rest = std::string();
        return record;
    }

    [[nodiscard]] qsizetype held() const { return qsizetype(rest.capacity()) + qsizetype(run.capacity()); }

    // Inside a task element's object or array: up to and with its end, or the end of the bytes.
    const char *elementBytes(const char *p, const char *end, Status &status)
    {
        ondemand::BracketScan scan { depth, inString, escape };
        const char *stop = scan.scan(p, end, listDepth, kMaxDepth);
        if (scan.tooDeep) {
            offset += stop - p;
            status = failAt(MesosParser::tr("nesting too deep"));
            return end;
        }
        const char *to = stop ? stop : end;
        run.append(p, size_t(to - p));
        depth = scan.depth;
        inString = scan.inString;
        escape = scan.escaped;
        if (stop)
            status = itemEnded();
        return to;
    }

    // A byte of a task list's element that is no object, array or string (never a task: the
    // whole parse names it).
    Status scalarByte(char c)
    {
        if (isSpace(c) || c == ',' || c == ']') {
            inScalar = false;
            const Status ended = itemEnded();
            return ended.ok() ? listByte(c) : ended;
        }
        run += c;
        return {};
    }
};

} // namespace

struct EventRecordReader::Private : TaskListStreamReader
{
    using TaskListStreamReader::TaskListStreamReader;
};

EventRecordReader::EventRecordReader(qsizetype taskChunkBytes)
    : d(std::make_unique<Private>(false, taskChunkBytes))
{ }

EventRecordReader::~EventRecordReader() = default;

Status EventRecordReader::feed(const char *bytes, qsizetype size)
{
    return d->feed(bytes, size);
}

Result<MasterEvent> EventRecordReader::finish()
{
    if (d->error)
        return *d->error;
    QByteArray record = d->takeRest();
    return readEvent(record, d->interner, d->tasks);
}

qsizetype EventRecordReader::held() const
{
    return d->held();
}

struct StateReader::Private : TaskListStreamReader
{
    using TaskListStreamReader::TaskListStreamReader;
};

StateReader::StateReader(qsizetype taskChunkBytes)
    : d(std::make_unique<Private>(true, taskChunkBytes))
{ }

StateReader::~StateReader() = default;

Status StateReader::feed(const char *bytes, qsizetype size)
{
    return d->feed(bytes, size);
}

Result<MasterState> StateReader::finish()
{
    if (d->error)
        return *d->error;
    QByteArray body = d->takeRest();
    return readState(body, d->interner, d->tasks);
}

qsizetype StateReader::held() const
{
    return d->held();
}

} // namespace mc::mesos
