#include "core/EnglishPlurals.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lotsen {

bool EnglishPlurals::install()
{
    static QTranslator* installed = nullptr;
    if (installed) {
        return true;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/lotsen_en.qm")) || !QCoreApplication::installTranslator(translator)) {
        qCWarning(lcModels) << "the English plural forms could not be loaded";
        delete translator;
        return false;
    }
    installed = translator;
    return true;
}

} // namespace lotsen
