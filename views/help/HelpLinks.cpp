#include "help/HelpLinks.h"

#include "help/HelpWindow.h"

#include <QLabel>

namespace lotsen {

namespace {

constexpr QLatin1String kScheme("help:");

} // namespace

QString HelpLinks::linkText(const QString& text, const QString& anchor)
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>").arg(kScheme, anchor.toHtmlEscaped(), text.toHtmlEscaped());
}

QString HelpLinks::emptyState(const QString& plainText, const QString& anchor)
{
    return richText(plainText) + QStringLiteral("<p>")
        + linkText(HelpWindow::tr("Read more in the user guide (F1)"), anchor) + QStringLiteral("</p>");
}

QString HelpLinks::richText(const QString& plainText)
{
    return plainText.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString HelpLinks::anchorOf(const QString& link)
{
    return link.startsWith(kScheme) ? link.mid(kScheme.size()) : QString();
}

void HelpLinks::connect(QLabel* label)
{
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(label->textInteractionFlags() | Qt::LinksAccessibleByMouse
                                   | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label, [label](const QString& link) {
        const QString anchor = anchorOf(link);
        if (!anchor.isEmpty()) {
            HelpWindow::showTopic(label, anchor);
        }
    });
}

} // namespace lotsen
