#pragma once

// What the fuzz targets share (tests/fuzz/README.md). Every fuzz_<name>.cpp
// defines its target with MC_FUZZ_TARGET(fuzz_<name>) { ... }; all of them
// link into one executable (one link instead of one per target: each pulls in
// Qt, the core and the sanitizers), which runs the target named by the link it
// was started through (bin/fuzz/fuzz_<name> -> fuzz_all) or by MC_FUZZ_TARGET.

#include <QByteArray>
#include <QList>
#include <QString>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace mc::fuzz {

using TestOneInput = int (*)(const uint8_t *data, size_t size);

struct Target
{
    const char *name;
    TestOneInput run;
};

inline std::vector<Target> &targets()
{
    static std::vector<Target> all;
    return all;
}

struct Registration
{
    Registration(const char *name, TestOneInput run) { targets().push_back({ name, run }); }
};

#define MC_FUZZ_TARGET(name)                                                                                 \
    static int name##_run(const uint8_t *data, size_t size);                                                 \
    static const mc::fuzz::Registration name##_registration(#name, name##_run);                              \
    static int name##_run(const uint8_t *data, size_t size)

// The fuzzer's bytes as an owned QByteArray (parsers may write into what they get).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The bytes as text the way the console reads a file the user points at:
// TextFile refuses invalid UTF-8, so inputs that are not UTF-8 say nothing new.
inline bool utf8Text(const uint8_t *data, size_t size, QString *text)
{
    const QByteArray raw = bytes(data, size);
    *text = QString::fromUtf8(raw);
    return text->toUtf8() == raw;
}

// Splits `input` at lines that hold only `separator` ("%%vars" ...): the parts
// of a multi-file input (an inventory and its group_vars).
inline QList<QByteArray> parts(const QByteArray &input, const QByteArray &separator, int most)
{
    QList<QByteArray> out;
    const QByteArray line = '\n' + separator + '\n';
    qsizetype from = 0;
    while (out.size() + 1 < most) {
        const qsizetype at = input.indexOf(line, from);
        if (at < 0)
            break;
        out << input.mid(from, at - from);
        from = at + line.size();
    }
    out << input.mid(from);
    return out;
}

// Cuts the input into chunks whose lengths the input itself decides: lengths
// come from its end (FuzzedDataProvider), chunk bytes from its front, so
// the fuzzer explores the cutting of a stream as it explores its content.
inline QList<QByteArray> chunks(const uint8_t *data, size_t size, size_t longest)
{
    FuzzedDataProvider provider(data, size);
    QList<QByteArray> out;
    while (provider.remaining_bytes() > 0) {
        const size_t length = provider.ConsumeIntegralInRange<size_t>(0, longest);
        const std::string piece = provider.ConsumeBytesAsString(length);
        out << QByteArray(piece.data(), qsizetype(piece.size()));
    }
    return out;
}

// A property the target checks does not hold: abort, so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

inline void check(bool property, const char *what)
{
    if (!property)
        fail(what);
}

} // namespace mc::fuzz
