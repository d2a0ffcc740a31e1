#include "youth/PersonalNumber.h"

namespace lotsen {

namespace {

PersonalNumber::Error dateFrom(int year, int month, int day, QDate& date, bool& coordination)
{
    coordination = day > 60;
    if (coordination) {
        day -= 60;
    }
    date = QDate(year, month, day);
    return date.isValid() ? PersonalNumber::Error::None : PersonalNumber::Error::ImpossibleDate;
}

} // namespace

int PersonalNumber::luhnCheckDigit(QStringView nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        int value = nineDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += value > 9 ? value - 9 : value;
    }
    return (10 - sum % 10) % 10;
}

PersonalNumber PersonalNumber::parse(const QString& input, const QDate& today)
{
    PersonalNumber result;
    QString text;
    text.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace()) {
            text.append(c);
        }
    }
    if (text.isEmpty()) {
        return result;
    }

    result.m_error = Error::BadFormat;
    QChar separator;
    QString digits = text;
    if (text.size() == 11 || text.size() == 13) {
        separator = text.at(text.size() - 5);
        if (separator != u'-' && separator != u'+') {
            return result;
        }
        digits.remove(text.size() - 5, 1);
    }
    if (digits.size() != 10 && digits.size() != 12) {
        return result;
    }
    for (QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return result;
        }
    }
    // "+" marks a person of 100 or more and only makes sense where the century is left out.
    if (separator == u'+' && digits.size() == 12) {
        return result;
    }

    const int month = digits.mid(digits.size() - 8, 2).toInt();
    const int day = digits.mid(digits.size() - 6, 2).toInt();
    int year = 0;
    if (digits.size() == 12) {
        year = digits.left(4).toInt();
    } else {
        // The latest year ending in YY that is not after today; "+" moves it a century back.
        const int yy = digits.left(2).toInt();
        year = today.year() - ((today.year() - yy) % 100 + 100) % 100;
        QDate probe;
        bool ignored = false;
        if (dateFrom(year, month, day, probe, ignored) == Error::None && probe > today) {
            year -= 100;
        }
        if (separator == u'+') {
            year -= 100;
        }
        digits.prepend(QString::number(year / 100));
    }

    result.m_error = dateFrom(year, month, day, result.m_birthDate, result.m_coordination);
    if (result.m_error == Error::None && result.m_birthDate > today) {
        result.m_error = Error::InFuture;
    }
    if (result.m_error == Error::None && luhnCheckDigit(QStringView(digits).mid(2, 9)) != digits.at(11).digitValue()) {
        result.m_error = Error::BadCheckDigit;
    }
    // An invalid number carries no parts, so that no caller takes a birth date from a mistyped number.
    if (result.m_error != Error::None) {
        result.m_birthDate = {};
        result.m_coordination = false;
        return result;
    }
    result.m_digits = digits;
    return result;
}

PersonalNumber PersonalNumber::fromStored(const QString& twelveDigits)
{
    // The stored form carries its century, so any "today" after the birth will do.
    return parse(twelveDigits, QDate(9999, 12, 31));
}

QString PersonalNumber::display() const
{
    if (!isValid()) {
        return {};
    }
    return m_digits.left(8) + u'-' + m_digits.mid(8);
}

QString PersonalNumber::errorMessage() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("The personal number is empty.");
    case Error::BadFormat:
        return tr("Write the personal number as YYYYMMDD-NNNN or YYMMDD-NNNN.");
    case Error::ImpossibleDate:
        return tr("The personal number does not contain a real date.");
    case Error::BadCheckDigit:
        return tr("The last digit (check digit) is wrong. Check the number for typing errors.");
    case Error::InFuture:
        return tr("The personal number gives a birth date in the future.");
    }
    return {};
}

} // namespace lotsen
