#include "shell/PlaceholderPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lotsen {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent)
{
    // A fixed-width column: word-wrapped labels in a centred layout otherwise get too little height.
    auto* column = new QWidget(this);
    column->setFixedWidth(560);

    auto* heading = new QLabel(title, column);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);

    auto* text = new QLabel(description, column);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);

    auto* notice
        = new QLabel(tr("Coming in a later version of Lotsen. Nothing on this page is stored or counted yet."), column);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignHCenter);
    notice->setObjectName(QStringLiteral("comingLaterNotice"));
    notice->setStyleSheet(QStringLiteral("color: #555; font-style: italic;"));

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(notice);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace lotsen
