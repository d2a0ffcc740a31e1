#include "youth/YouthFilter.h"

#include <QStringList>

namespace lotsen {

QString YouthFilter::matchExpression(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    // "20000101-2384", "070-123 45 67", "+46 70": the whole input is one number.
    QString digits;
    bool onlyNumber = true;
    for (QChar c : trimmed) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (!(c.isSpace() || c == u'-' || c == u'+' || c == u'(' || c == u')')) {
            onlyNumber = false;
            break;
        }
    }
    if (onlyNumber && !digits.isEmpty()) {
        return QStringLiteral("numbers : \"%1\"*").arg(digits);
    }

    // Words are split where the FTS tokenizer would split them, then quoted so that no input is FTS syntax.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            terms.append(u'"' + word + QStringLiteral("\"*"));
            word.clear();
        }
    };
    for (QChar c : trimmed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
    return terms.join(u' ');
}

} // namespace lotsen
