#include "core/inventory/YamlSyntax.h"

#include "core/inventory/SourceError.h"

#include <yaml.h>

#include <memory>

namespace mc::inventory {

Status YamlSyntax::check(const QString &text, const QString &fileName)
{
    const QByteArray utf8 = text.toUtf8();
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return SourceError::inFile(fileName, tr("out of memory while reading the YAML"));
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> guard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                 size_t(utf8.size()));
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    int documents = 0;
    while (true) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
            if (parser.context) {
                const QString context = QString::fromUtf8(parser.context);
                return SourceError::at(fileName, qsizetype(parser.context_mark.line) + 1,
                                       qsizetype(parser.context_mark.column) + 1,
                                       tr("not valid YAML: %1: %2 at line %3, column %4")
                                           .arg(context, problem)
                                           .arg(parser.problem_mark.line + 1)
                                           .arg(parser.problem_mark.column + 1));
            }
            return SourceError::at(fileName, qsizetype(parser.problem_mark.line) + 1,
                                   qsizetype(parser.problem_mark.column) + 1,
                                   tr("not valid YAML: %1").arg(problem));
        }
        const yaml_event_type_t type = event.type;
        const yaml_mark_t mark = event.start_mark;
        yaml_event_delete(&event);
        if (type == YAML_DOCUMENT_START_EVENT && ++documents > 1) {
            return SourceError::at(fileName, qsizetype(mark.line) + 1, qsizetype(mark.column) + 1,
                                   tr("the file holds more than one YAML document (a second '---'); "
                                      "keep one"));
        }
        if (type == YAML_STREAM_END_EVENT)
            return {};
    }
}

} // namespace mc::inventory
