#pragma once

#include "core/Result.h"
#include "plans/ActionPlan.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace lotsen {

class ErrorLabel;

class OptionalDateEdit;
class PlanEditor;
class Workspace;

// The youth card's Action plan tab: the current plan to edit (with undo), earlier versions to read, revision,
// signing, and printing or exporting the plan as PDF.
class ActionPlanTab : public QWidget
{
    Q_OBJECT

public:
    ActionPlanTab(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }
    bool isDirty() const;

    // Asks what to do with unsaved plan edits. False: the user wants to stay.
    bool confirmLeave();

public slots:
    bool newPlan();
    bool save();
    bool revise();
    bool markSigned(const QDate& date);
    void addStep();
    void removeStep();
    void moveStepUp();
    void moveStepDown();
    bool exportPdf();
    bool exportBlankTemplate();
    void showVersion(int version);

signals:
    void dirtyChanged(bool dirty);

private:
    void buildUi();
    QToolBar* buildToolBar();
    void reload(int version = 0);
    Result<std::optional<ActionPlan>> readPlan(int version) const;
    void fillVersions(int selectVersion);
    void showEditorState();
    void updateActions();
    void askSignDate();
    bool saveBeforePrinting();
    QString suggestedPdfName(bool blank) const;
    void onVersionActivated(int index);
    // A write refused because someone else changed the plan since it was read: shows what differs between the
    // saved plan and `mine`, and offers to show the saved one (else the user's edits stay as they are).
    void resolveConflict(const ActionPlan& mine, const QString& message);
    // Another PC (or window) changed the youth's plans: an untouched plan shows the stored one.
    void followChangedElsewhere(qint64 youthId);

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    PlanEditor* m_editor = nullptr;
    bool m_updatingWidgets = false;
    bool m_writing = false; // in a write of this tab's, whose plansChanged it follows itself

    QStackedWidget* m_stack = nullptr;
    ErrorLabel* m_error = nullptr;
    QComboBox* m_versions = nullptr;
    QLabel* m_versionInfo = nullptr;
    QMap<PlanSection, QPlainTextEdit*> m_sections;
    QTableView* m_steps = nullptr;
    OptionalDateEdit* m_nextReview = nullptr;
    QAction* m_reviewCalendarAction = nullptr;

    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_reviseAction = nullptr;
    QAction* m_signAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_blankAction = nullptr;
    QAction* m_addStepAction = nullptr;
    QAction* m_removeStepAction = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_downAction = nullptr;
};

} // namespace lotsen
