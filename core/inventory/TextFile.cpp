#include "core/inventory/TextFile.h"

#include "core/inventory/SourceError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mc::inventory {

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0.
int utf8SequenceLength(const QByteArray &b, qsizetype i)
{
    const auto c = uchar(b.at(i));
    int len = 0;
    uint min = 0;
    uint cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        min = 0x80;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        min = 0x800;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        min = 0x10000;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > b.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const auto cc = uchar(b.at(i + k));
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

} // namespace

Result<QString> TextFile::decode(const QByteArray &bytes, const QString &name)
{
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes.at(i);
        if (c == '\0') {
            return SourceError::at(name, line, column,
                                   tr("this is not a text file (it contains a NUL byte). Choose the "
                                      "inventory or workspace file itself."));
        }
        const int len = utf8SequenceLength(bytes, i);
        if (len == 0) {
            return SourceError::at(name, line, column,
                                   tr("this is not UTF-8 text (byte 0x%1 cannot start or continue a "
                                      "character). Save the file as UTF-8.")
                                       .arg(uint(uchar(c)), 2, 16, QLatin1Char('0')));
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QString> TextFile::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)), {} };
    if (!info.isFile())
        return Error { tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)), {} };
    if (info.size() > maxBytes) {
        return SourceError::inFile(path,
                                   tr("the file is %1 MB; files over %2 MB are not read. Is this the "
                                      "right file?")
                                       .arg(double(info.size()) / 1e6, 0, 'f', 1)
                                       .arg(maxBytes / 1000000));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {} };
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return SourceError::inFile(
            path, tr("the file is larger than %1 MB and is not read.").arg(maxBytes / 1000000));
    return decode(bytes, path);
}

} // namespace mc::inventory
