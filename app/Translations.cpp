#include "Translations.h"

#include "core/AppSettings.h"
#include "core/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lotsen {

namespace {

// Qt has no Swedish catalogue for qtbase, so the texts of standard buttons (QDialogButtonBox, QMessageBox)
// are translated in Lotsen's own file under Qt's context. lupdate collects them from here.
[[maybe_unused]] constexpr const char* kStandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),           QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),          QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."), QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

} // namespace

QString Translations::install(QCoreApplication& app, const QString& requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        language = AppSettings::instance()->value(AppSettings::Key::Language).toString();
    }
    if (language.isEmpty()) {
        const QStringList uiLanguages = QLocale::system().uiLanguages();
        language = !uiLanguages.isEmpty() && uiLanguages.first().startsWith(QLatin1String("sv")) ? QStringLiteral("sv")
                                                                                                 : QStringLiteral("en");
    }
    if (language != QLatin1String("sv")) {
        EnglishPlurals::install(); // the source strings are English, all but their plural forms
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto* qtTranslator = new QTranslator(&app);
    // qtbase_sv does not exist upstream; Debian's older qt_sv still covers the text fields' context menus.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(QStringLiteral("qtbase_sv"), qtPath)
        || qtTranslator->load(QStringLiteral("qt_sv"), qtPath)) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* lotsenTranslator = new QTranslator(&app);
    if (lotsenTranslator->load(QStringLiteral(":/i18n/lotsen_sv.qm"))) {
        QCoreApplication::installTranslator(lotsenTranslator);
    }
    return language;
}

} // namespace lotsen
