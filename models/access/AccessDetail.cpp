#include "access/AccessDetail.h"

#include "access/Permissions.h"
#include "core/CentreSettings.h"
#include "lists/ListExport.h"

#include <QUrl>

#include <array>
#include <optional>
#include <utility>

namespace lotsen {

namespace {

using Code = AccessDetail::Code;

constexpr std::array kCodes = {
    std::pair { Code::Demo, "demo" },
    std::pair { Code::Unlock, "unlock" },
    std::pair { Code::SwitchUser, "switch_user" },
    std::pair { Code::UnsavedEditsDiscarded, "unsaved_edits_discarded" },
    std::pair { Code::NoUnsavedEdits, "no_unsaved_edits" },
    std::pair { Code::ActionPlan, "action_plan" },
    std::pair { Code::ActionPlanPreview, "action_plan_preview" },
    std::pair { Code::BlankPlanTemplate, "blank_plan_template" },
    std::pair { Code::ConsentForm, "consent_form" },
    std::pair { Code::AttendanceList, "attendance_list" },
    std::pair { Code::PersonalData, "personal_data" },
    std::pair { Code::Csv, "csv" },
    std::pair { Code::Intact, "intact" },
    std::pair { Code::Broken, "broken" },
    std::pair { Code::BrokenAtStart, "broken_at_start" },
    std::pair { Code::AccountCreated, "account_created" },
    std::pair { Code::AccountDeactivated, "account_deactivated" },
    std::pair { Code::AccountActivated, "account_activated" },
    std::pair { Code::AccountRole, "account_role" },
    std::pair { Code::WiderAccessOn, "wider_access_on" },
    std::pair { Code::WiderAccessOff, "wider_access_off" },
    std::pair { Code::AccountMentor, "account_mentor" },
    std::pair { Code::PasswordReset, "password_reset" },
    std::pair { Code::Import, "import" },
    std::pair { Code::ImportCommandLine, "import_command_line" },
    std::pair { Code::ImportCommandLineDryRun, "import_command_line_dry_run" },
    std::pair { Code::Setting, "setting" },
    std::pair { Code::ActionPlanCommandLine, "action_plan_command_line" },
    std::pair { Code::BlankPlanCommandLine, "blank_plan_command_line" },
    std::pair { Code::ParticipantList, "participant_list" },
    std::pair { Code::ParticipantListCommandLine, "participant_list_command_line" },
    std::pair { Code::AutomaticBackup, "automatic_backup" },
    std::pair { Code::BackupCommandLine, "backup_command_line" },
    std::pair { Code::RestoredBackup, "restored_backup" },
    std::pair { Code::RetentionCounts, "retention_counts" },
    std::pair { Code::RetentionReapplied, "retention_reapplied" },
    std::pair { Code::ErasureOnRequest, "erasure_on_request" },
    std::pair { Code::RegisterExtractPdf, "register_extract_pdf" },
    std::pair { Code::RegisterExtractJson, "register_extract_json" },
    std::pair { Code::ListExport, "list_export" },
    std::pair { Code::ListPrint, "list_print" },
    std::pair { Code::CalendarEvents, "calendar_events" },
};

// English details written before details were codes, with the code each one meant.
constexpr std::array kLegacyTexts = {
    std::pair { "unsaved edits discarded", Code::UnsavedEditsDiscarded },
    std::pair { "switch user", Code::SwitchUser },
    std::pair { "action plan", Code::ActionPlan },
    std::pair { "action plan preview", Code::ActionPlanPreview },
    std::pair { "blank action plan template", Code::BlankPlanTemplate },
    std::pair { "consent form", Code::ConsentForm },
    std::pair { "attendance list", Code::AttendanceList },
    std::pair { "personal data", Code::PersonalData },
    std::pair { "action plan, command line", Code::ActionPlanCommandLine },
    std::pair { "blank action plan, command line", Code::BlankPlanCommandLine },
};

std::optional<Code> codeFromText(const QString& text)
{
    for (const auto& [code, name] : kCodes) {
        if (text == QLatin1String(name)) {
            return code;
        }
    }
    for (const auto& [legacy, code] : kLegacyTexts) {
        if (text == QLatin1String(legacy)) {
            return code;
        }
    }
    return std::nullopt;
}

// A stored setting value in words: the logo is stored as "own" or "default", not as its image.
QString settingValueText(CentreSettings::Key key, const QString& value)
{
    if (key == CentreSettings::Key::Logo) {
        return value == QLatin1String("own") ? AccessDetail::tr("the centre's own logo")
                                             : AccessDetail::tr("Lotsen's logo");
    }
    if (value.isEmpty()) {
        return AccessDetail::tr("(empty)");
    }
    return QStringLiteral("“%1”").arg(value);
}

} // namespace

QString AccessDetail::code(Code code)
{
    for (const auto& [tableCode, name] : kCodes) {
        if (tableCode == code) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

QString AccessDetail::encode(Code code, const QStringList& arguments)
{
    QString stored = AccessDetail::code(code);
    for (const QString& argument : arguments) {
        stored += u':' + QString::fromLatin1(QUrl::toPercentEncoding(argument));
    }
    return stored;
}

QString AccessDetail::describe(const QString& stored)
{
    QStringList parts = stored.split(u':');
    const std::optional<Code> code = codeFromText(parts.takeFirst());
    if (!code) {
        return stored;
    }
    QStringList arguments;
    for (const QString& part : std::as_const(parts)) {
        arguments << QUrl::fromPercentEncoding(part.toLatin1());
    }
    const auto argument = [&arguments](qsizetype index) {
        return index < arguments.size() ? arguments.at(index) : QString();
    };
    switch (*code) {
    case Code::Demo:
        return tr("demo database");
    case Code::Unlock:
        return tr("at the lock screen");
    case Code::SwitchUser:
        return tr("as another user at the lock screen");
    case Code::UnsavedEditsDiscarded:
        return tr("unsaved changes were discarded");
    case Code::NoUnsavedEdits:
        return tr("there were no unsaved changes");
    case Code::ActionPlan:
        return tr("action plan");
    case Code::ActionPlanPreview:
        return tr("action plan, print preview");
    case Code::BlankPlanTemplate:
        return tr("blank action plan template");
    case Code::ConsentForm:
        return tr("consent form");
    case Code::AttendanceList:
        return tr("attendance list");
    case Code::PersonalData:
        return tr("personal data");
    case Code::Csv:
        return tr("CSV file");
    case Code::Intact:
        return tr("intact");
    case Code::Broken:
        return tr("broken");
    case Code::BrokenAtStart:
        return tr("broken at entry %1 (check at start)").arg(argument(0));
    case Code::AccountCreated:
        return tr("created account %1").arg(argument(0));
    case Code::AccountDeactivated:
        return tr("deactivated account %1").arg(argument(0));
    case Code::AccountActivated:
        return tr("activated account %1").arg(argument(0));
    case Code::AccountRole: {
        bool known = false;
        const Role role = Permissions::roleFromCode(argument(0), &known);
        return tr("account %1 now has the role %2").arg(argument(1), known ? Permissions::label(role) : argument(0));
    }
    case Code::WiderAccessOn:
        return tr("account %1 may now see every youth").arg(argument(0));
    case Code::WiderAccessOff:
        return tr("account %1 no longer sees every youth").arg(argument(0));
    case Code::AccountMentor:
        return tr("account %1 is linked to another mentor record").arg(argument(0));
    case Code::PasswordReset:
        return tr("reset the password of account %1").arg(argument(0));
    case Code::Import:
        return tr("%n youth(s) imported", "", argument(0).toInt());
    case Code::ImportCommandLine:
        return tr("%n youth(s) imported from the command line", "", argument(0).toInt());
    case Code::ImportCommandLineDryRun:
        return tr("trial run from the command line, %n youth(s) would be imported", "", argument(0).toInt());
    case Code::ActionPlanCommandLine:
        return tr("action plan, from the command line");
    case Code::BlankPlanCommandLine:
        return tr("blank action plan, from the command line");
    case Code::ParticipantList:
        return tr("%n row(s), %1", "", argument(0).toInt()).arg(argument(1).toUpper());
    case Code::ParticipantListCommandLine:
        return tr("%n row(s), %1, from the command line", "", argument(0).toInt()).arg(argument(1).toUpper());
    case Code::AutomaticBackup:
        return tr("automatic backup");
    case Code::BackupCommandLine:
        return tr("from the command line");
    case Code::RestoredBackup:
        return tr("backup of %1; %n culling(s) re-applied", "", argument(1).toInt()).arg(argument(0));
    case Code::RetentionCounts:
        return tr("%n youth(s); prospects: %1; access-log entries: %2", "", argument(0).toInt())
            .arg(argument(1), argument(2));
    case Code::RetentionReapplied:
        return tr("%n culling(s) re-applied after a restore", "", argument(0).toInt());
    case Code::ErasureOnRequest:
        return tr("on the youth's request");
    case Code::RegisterExtractPdf:
        return tr("PDF");
    case Code::RegisterExtractJson:
        return tr("JSON file");
    case Code::ListExport:
        return tr("%1: %n row(s), %2", "", argument(1).toInt())
            .arg(ListExport::label(argument(0)), argument(2).toUpper());
    case Code::ListPrint:
        return tr("%1: %n row(s), printed", "", argument(1).toInt()).arg(ListExport::label(argument(0)));
    case Code::CalendarEvents:
        return tr("%n calendar event(s)", "", argument(0).toInt());
    case Code::Setting: {
        const std::optional<CentreSettings::Key> key = CentreSettings::keyFromName(argument(0));
        if (!key) {
            return tr("setting %1: %2 → %3").arg(argument(0), argument(1), argument(2));
        }
        return tr("%1: %2 → %3")
            .arg(CentreSettings::label(*key), settingValueText(*key, argument(1)), settingValueText(*key, argument(2)));
    }
    }
    return stored;
}

} // namespace lotsen
