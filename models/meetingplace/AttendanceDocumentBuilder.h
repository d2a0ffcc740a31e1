#pragma once

#include "meetingplace/MeetingPlaceRepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace lotsen {

// Builds the printable attendance list of a group activity (A4, in the UI language): the activity, then a table
// with one row per attendee and a line to sign on, plus empty rows for those who come without being ticked.
// PagedDocumentRenderer adds the page footers and sends it to a printer or a PDF file.
class AttendanceDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceDocumentBuilder)

public:
    struct Input
    {
        MeetingPlaceRepository::GroupActivity activity;
        QStringList names; // the ticked youths, in print order
        QString centreName;
        QImage logo;
        int minimumRows = 15; // empty rows fill the table up to this, and at least kExtraRows are added
    };
    static constexpr int kExtraRows = 3;

    static std::unique_ptr<QTextDocument> build(const Input& input);
};

} // namespace lotsen
