#include "enrolment/EntrySituationForm.h"

#include "core/Clock.h"
#include "enrolment/EnrolmentRules.h"
#include "enrolment/EnrolmentVocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace lotsen {

namespace {

template<typename E> QComboBox* comboOf(const char* name, QWidget* parent, bool skipFirst = false)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    const QList<E> values = EnrolmentVocabulary::all<E>();
    for (qsizetype i = skipFirst ? 1 : 0; i < values.size(); ++i) {
        combo->addItem(EnrolmentVocabulary::label(values.at(i)), static_cast<int>(values.at(i)));
    }
    return combo;
}

template<typename E> void select(QComboBox* combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template<typename E> E selected(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

EntrySituationForm::EntrySituationForm(const QDate& birthDate, bool withSensitive, QWidget* parent)
    : QWidget(parent), m_birthDate(birthDate), m_referenceDate(Clock::today())
{
    m_labour = comboOf<LabourSituation>("entryLabour", this);
    m_timeWithout = comboOf<TimeWithout>("entryTimeWithout", this);
    m_education = comboOf<Education>("entryEducation", this);
    m_isced = new QLabel(this);
    m_isced->setObjectName(QStringLiteral("entryIsced"));
    m_income = comboOf<Income>("entryIncome", this);
    m_kaa = new QComboBox(this);
    m_kaa->setObjectName(QStringLiteral("entryKaa"));
    m_kaa->addItem(QString(), -1); // derived; the text is set in updateKaa()
    m_kaa->addItem(tr("Yes (set by hand)"), 1);
    m_kaa->addItem(tr("No (set by hand)"), 0);
    m_kaa->setToolTip(tr("The municipality's activity responsibility (KAA): under 20 and not in or finished with "
                         "upper secondary school. Derived from the birth date and education; set it by hand when "
                         "you know better."));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Labour-market &situation:"), m_labour);
    form->addRow(tr("&Time without work or studies:"), m_timeWithout);
    auto* education = new QHBoxLayout;
    education->addWidget(m_education, 1);
    education->addWidget(m_isced);
    form->addRow(tr("Highest completed &education:"), education);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(tr("In the &KAA group:"), m_kaa);
    if (withSensitive) {
        m_disability = comboOf<SensitiveAnswer>("entryDisability", this);
        m_foreignBackground = comboOf<SensitiveAnswer>("entryForeignBackground", this);
        auto* note = new QLabel(tr("Special-category data: only coordinators and the youth's own mentor see these "
                                   "answers, and every time they are shown it is logged."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
        form->addRow(tr("&Disability:"), m_disability);
        form->addRow(tr("&Foreign background:"), m_foreignBackground);
    }
    connect(m_education, &QComboBox::currentIndexChanged, this, &EntrySituationForm::updateKaa);
    connect(m_labour, &QComboBox::currentIndexChanged, this, &EntrySituationForm::updateKaa);
    updateKaa();
}

void EntrySituationForm::setReferenceDate(const QDate& date)
{
    m_referenceDate = date.isValid() ? date : Clock::today();
    updateKaa();
}

void EntrySituationForm::updateKaa()
{
    m_isced->setText(EnrolmentVocabulary::label(EnrolmentVocabulary::isced(selected<Education>(m_education))));
    EntrySituation current;
    current.labour = selected<LabourSituation>(m_labour);
    current.education = selected<Education>(m_education);
    const bool derived = EnrolmentRules::derivedKaa(m_birthDate, current, m_referenceDate);
    m_kaa->setItemText(0, derived ? tr("Yes (derived)") : tr("No (derived)"));
}

void EntrySituationForm::setSituation(const EntrySituation& situation)
{
    select(m_labour, situation.labour);
    select(m_timeWithout, situation.timeWithout);
    select(m_education, situation.education);
    select(m_income, situation.income);
    m_kaa->setCurrentIndex(!situation.kaaOverride ? 0 : (*situation.kaaOverride ? 1 : 2));
    if (m_disability) {
        select(m_disability, situation.disability);
        select(m_foreignBackground, situation.foreignBackground);
    }
    updateKaa();
}

EntrySituation EntrySituationForm::situation() const
{
    EntrySituation situation;
    situation.labour = selected<LabourSituation>(m_labour);
    situation.timeWithout = selected<TimeWithout>(m_timeWithout);
    situation.education = selected<Education>(m_education);
    situation.income = selected<Income>(m_income);
    const int kaa = m_kaa->currentData().toInt();
    if (kaa >= 0) {
        situation.kaaOverride = kaa == 1;
    }
    if (m_disability) {
        situation.disability = selected<SensitiveAnswer>(m_disability);
        situation.foreignBackground = selected<SensitiveAnswer>(m_foreignBackground);
    }
    return situation;
}

} // namespace lotsen
