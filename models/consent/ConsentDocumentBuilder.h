#pragma once

#include "consent/Consent.h"
#include "consent/NetworkPerson.h"
#include "youth/Youth.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <memory>

class QTextDocument;

namespace lotsen {

// Builds the printable consent form ("Samtycke", A4, in the UI language; Swedish by default when printed
// from the command line): the youth, every consent scope with a box to tick (the youth's recorded, valid
// consents already ticked and named), and signature lines for the youth and, for a youth under 18, the legal
// guardians. Printed through PagedDocumentRenderer like the plan.
class ConsentDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ConsentDocumentBuilder)

public:
    struct Input
    {
        Youth youth;
        QList<Consent> consents; // the youth's consents; withdrawn and expired ones are left out of the form
        QList<NetworkPerson> guardians; // the legal guardians (for a youth under 18)
        QString centreName;
        QImage logo;
        QDate today;
    };

    static std::unique_ptr<QTextDocument> build(const Input& input);
};

} // namespace lotsen
