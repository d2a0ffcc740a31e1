#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lotsen {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);

    auto* notice = new QLabel(tr("Coming in a later version of Lotsen. Nothing on this page is stored or counted yet."), this);
    notice->setWordWrap(true);
    notice->setMaximumWidth(560);
    notice->setObjectName(QStringLiteral("comingLaterNotice"));
    notice->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(notice, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace lotsen
