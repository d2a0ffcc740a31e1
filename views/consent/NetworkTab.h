#pragma once

#include "core/Result.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QPushButton;
class QTableView;
class QTextDocument;

namespace lotsen {

class ErrorLabel;

class ConsentModel;
class NetworkModel;
class Workspace;

// The youth card's Network & consent tab: the relatives and others around the youth, the partner contact persons
// who work with the youth, and the youth's consents (recorded, withdrawn with a date and a note, never deleted,
// and printed as a form to sign).
class NetworkTab : public QWidget
{
    Q_OBJECT

public:
    NetworkTab(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

    // The consent form as printed: the youth, the consents, the legal guardians, the centre.
    Result<std::unique_ptr<QTextDocument>> consentDocument() const;

public slots:
    void addPerson();
    void editPerson();
    void removePerson();
    void linkPartnerContact();
    void unlinkPartnerContact();
    void recordConsent();
    void withdrawConsent();
    void printConsentForm();

private:
    void showReadError(const QString& message);
    void reloadYouth();
    void refreshPartnerContacts();
    void updateButtons();
    void selectPerson(qint64 personId);
    void selectConsent(qint64 consentId);
    int currentPersonRow() const;
    int currentConsentRow() const;

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    NetworkModel* m_networkModel = nullptr;
    ConsentModel* m_consentModel = nullptr;
    ErrorLabel* m_error = nullptr;

    QTableView* m_networkView = nullptr;
    QPushButton* m_addPerson = nullptr;
    QPushButton* m_editPerson = nullptr;
    QPushButton* m_removePerson = nullptr;
    QListWidget* m_partnerContacts = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_unlink = nullptr;
    QTableView* m_consentView = nullptr;
    QPushButton* m_recordConsent = nullptr;
    QPushButton* m_withdrawConsent = nullptr;
    QPushButton* m_printConsent = nullptr;
};

} // namespace lotsen
