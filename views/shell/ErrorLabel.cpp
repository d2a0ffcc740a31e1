#include "shell/ErrorLabel.h"

namespace lotsen {

namespace {
constexpr QLatin1StringView kErrorColour("#c0392b");
} // namespace

ErrorLabel::ErrorLabel(const QString& objectName, QWidget* parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kErrorColour));
    hide();
}

QString ErrorLabel::textStyle()
{
    return QStringLiteral("color: %1;").arg(kErrorColour);
}

QString ErrorLabel::fieldStyle()
{
    return QStringLiteral("border: 2px solid %1;").arg(kErrorColour);
}

} // namespace lotsen
