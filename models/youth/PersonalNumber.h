#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lotsen {

// A Swedish personal identity number (personnummer) or coordination number (samordningsnummer),
// parsed from any of the forms people type and stored in the 12-digit form YYYYMMDDNNNC.
class PersonalNumber
{
    Q_DECLARE_TR_FUNCTIONS(PersonalNumber)

public:
    enum class Error {
        None,
        Empty,
        BadFormat,
        ImpossibleDate,
        BadCheckDigit,
        InFuture,
    };

    // Parses user input. `today` decides the century of the 10-digit forms and rejects future births.
    static PersonalNumber parse(const QString& input, const QDate& today);
    // Reads the stored 12-digit form back (no century guessing needed).
    static PersonalNumber fromStored(const QString& twelveDigits);

    // The Luhn (mod 10) check digit over the first nine digits of the 10-digit form.
    static int luhnCheckDigit(QStringView nineDigits);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorMessage() const;

    QString twelveDigits() const { return m_digits; }
    QString tenDigits() const { return m_digits.mid(2); }
    // YYYYMMDD-NNNC, the form shown to users.
    QString display() const;
    QDate birthDate() const { return m_birthDate; }
    bool isCoordinationNumber() const { return m_coordination; }

private:
    Error m_error = Error::Empty;
    QString m_digits;
    QDate m_birthDate;
    bool m_coordination = false;
};

} // namespace lotsen
