#pragma once

#include <QString>

#include <initializer_list>
#include <iterator>
#include <optional>
#include <type_traits>

namespace mc {

// The reverse of a name function (`nameOf`, a switch over an enum that the compiler checks
// for every value): the one of `values` named `name`, nullopt when none is.
template<typename Values, typename NameOf>
[[nodiscard]] auto valueNamed(const QString &name, const Values &values, NameOf nameOf)
    -> std::optional<std::remove_cvref_t<decltype(*std::begin(values))>>
{
    for (const auto &value : values) {
        if (nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, typename NameOf>
[[nodiscard]] std::optional<Enum> valueNamed(const QString &name, std::initializer_list<Enum> values,
                                             NameOf nameOf)
{
    return valueNamed<std::initializer_list<Enum>, NameOf>(name, values, nameOf);
}

} // namespace mc
