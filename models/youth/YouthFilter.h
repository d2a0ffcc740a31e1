#pragma once

#include "youth/Youth.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lotsen {

// What the register shows: free-text search combined with status, mentor and municipality filters.
struct YouthFilter
{
    static constexpr qint64 NoMentor = -1; // youths without a mentor

    QString text;
    std::optional<YouthStatus> status;
    std::optional<qint64> mentorId; // a staff id, or NoMentor
    QString municipality; // empty = all
    QDate followUpDue; // valid: only youths with an open follow-up after exit due on or before this day

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !status && !mentorId && municipality.isEmpty() && !followUpDue.isValid();
    }

    // The FTS5 MATCH expression for `text`, or empty when there is nothing to search for.
    // Every word becomes a quoted prefix term; a number typed with dashes or spaces is searched as digits.
    static QString matchExpression(const QString& text);
};

} // namespace lotsen
