#include "core/CleanText.h"

#include <QList>

namespace lotsen::CleanText {

namespace {

// Control characters (C0, DEL, C1) and format characters (Unicode category Cf: zero-width space and joiners,
// bidi marks, embeddings, overrides and isolates, the BOM, soft hyphen …): invisible, or changing how the text
// around them is shown.
bool isHidden(char32_t c)
{
    return QChar::category(c) == QChar::Other_Control || QChar::category(c) == QChar::Other_Format;
}

QString withoutHidden(const QString& text, bool keepLineBreaks)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    const QList<uint> codePoints = composed.toUcs4();
    for (const uint c : codePoints) {
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            out.append(QChar(char16_t(c)));
        } else if (keepLineBreaks && c == u'\r') {
            continue; // "\r\n" becomes "\n"
        } else if (c == u'\n' || c == u'\r' || c == u'\t') {
            out.append(u' '); // collapsed with the spaces around it below
        } else if (!isHidden(c)) {
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1));
        }
    }
    return out;
}

} // namespace

QString line(const QString& text)
{
    return withoutHidden(text, false).simplified();
}

QString multiline(const QString& text)
{
    return withoutHidden(text, true).trimmed();
}

QString forTerminal(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (isHidden(c)) {
            out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        } else {
            out.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1));
        }
    }
    return out;
}

} // namespace lotsen::CleanText
