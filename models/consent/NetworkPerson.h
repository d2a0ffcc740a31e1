#pragma once

#include <QString>

namespace lotsen {

enum class Relation { Parent, Sibling, Partner, Guardian, Friend, Other };

// A relative or another person in a youth's network.
struct NetworkPerson
{
    qint64 id = 0;
    qint64 youthId = 0;
    QString name;
    Relation relation = Relation::Parent;
    QString phone;
    QString email;
    bool legalGuardian = false; // vårdnadshavare, for youths under 18
    QString notes;

    bool operator==(const NetworkPerson&) const = default;
};

} // namespace lotsen
