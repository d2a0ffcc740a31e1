#pragma once

#include "plans/ActionPlan.h"
#include "youth/Youth.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QTextDocument;

namespace lotsen {

// Builds the printable action plan (A4, in the UI language) as a QTextDocument; PagedDocumentRenderer adds
// the page footers and sends it to a printer or a PDF file.
class PlanDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocumentBuilder)

public:
    struct Input
    {
        ActionPlan plan;
        Youth youth;
        QString mentorName;
        QString centreName;
        QImage logo;
        // A template for the first meeting: the youth's name filled in, everything else to write by hand.
        bool blankTemplate = false;
    };

    static std::unique_ptr<QTextDocument> build(const Input& input);
};

} // namespace lotsen
