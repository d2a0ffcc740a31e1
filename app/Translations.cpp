#include "Translations.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lotsen {

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
        return QStringLiteral("en"); // the source strings are English
    }
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_sv"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* lotsenTranslator = new QTranslator(&app);
    if (lotsenTranslator->load(QStringLiteral(":/i18n/lotsen_sv.qm"))) {
        QCoreApplication::installTranslator(lotsenTranslator);
    }
    return language;
}

} // namespace lotsen
