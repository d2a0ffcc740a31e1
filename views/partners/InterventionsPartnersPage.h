#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace lotsen {

class InterventionCatalogueModel;
class InterventionDialog;
class PartnerDialog;
class PartnerListModel;
class Workspace;

// The Interventions & partners page: the partner organisations with their contact persons, and the intervention
// catalogue with who takes part in each intervention now. Both tabs search, filter, create, edit, deactivate and
// delete what nothing refers to.
class InterventionsPartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit InterventionsPartnersPage(Workspace& workspace, QWidget* parent = nullptr);

    qint64 currentPartnerId() const;
    void selectPartner(qint64 id);

    qint64 currentInterventionId() const;
    void selectIntervention(qint64 id);

public slots:
    void showPartners();
    void showCatalogue();

    // The dialogs open window-modal and save themselves; the page follows the repositories' signals.
    PartnerDialog* newPartner();
    PartnerDialog* editPartner();
    bool togglePartnerActive();
    bool deletePartner();

    InterventionDialog* newIntervention();
    InterventionDialog* editIntervention();
    bool toggleInterventionActive();
    bool deleteIntervention();

    // The participant chosen in the list, or the first one.
    void openSelectedParticipant();

signals:
    void openYouthRequested(qint64 youthId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Partners and the catalogue may be changed (ManagePartnersAndCatalogue).
    bool mayManage() const;
    QWidget* createPartnersTab();
    QWidget* createCatalogueTab();
    void updatePartnerState();
    void updateCatalogueState();
    void refreshParticipants();

    Workspace& m_workspace;
    PartnerListModel* m_partners = nullptr;
    InterventionCatalogueModel* m_catalogue = nullptr;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QPushButton* m_partnerNew = nullptr;
    QPushButton* m_interventionNew = nullptr;

    QSortFilterProxyModel* m_partnerProxy = nullptr;
    QLineEdit* m_partnerSearch = nullptr;
    QComboBox* m_partnerKind = nullptr;
    QCheckBox* m_partnerInactive = nullptr;
    QTableView* m_partnerTable = nullptr;
    QLabel* m_partnerEmpty = nullptr;
    QLabel* m_partnerCount = nullptr;
    QPushButton* m_partnerEdit = nullptr;
    QPushButton* m_partnerToggle = nullptr;
    QPushButton* m_partnerDelete = nullptr;

    QSortFilterProxyModel* m_catalogueProxy = nullptr;
    QLineEdit* m_catalogueSearch = nullptr;
    QComboBox* m_catalogueCategory = nullptr;
    QCheckBox* m_catalogueInactive = nullptr;
    QTableView* m_catalogueTable = nullptr;
    QLabel* m_catalogueEmpty = nullptr;
    QLabel* m_catalogueCount = nullptr;
    QPushButton* m_interventionEdit = nullptr;
    QPushButton* m_interventionToggle = nullptr;
    QPushButton* m_interventionDelete = nullptr;
    QLabel* m_participantsLabel = nullptr;
    QListWidget* m_participants = nullptr;
    QPushButton* m_openParticipant = nullptr;
    qint64 m_participantsOf = 0;
};

} // namespace lotsen
