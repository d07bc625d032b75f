// SPDX-License-Identifier: Apache-2.0
#include "platform/domain/Identifiers.h"
#include "platform/util/Clock.h"

using namespace Qt::StringLiterals;

namespace gl::ids {
namespace {
const QString kCreditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s; // no I, O, S, V, Z
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const QString kIdChecks = u"10X98765432"_s;
} // namespace

QChar creditCodeCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = int(kCreditAlphabet.indexOf(first17.at(i)));
        if (v < 0)
            return {};
        sum += v * kCreditWeights[i];
    }
    return kCreditAlphabet.at((31 - sum % 31) % 31);
}

QString checkCreditCode(const QString &code)
{
    if (code.size() != 18)
        return u"a unified social credit code has 18 characters, this one has %1"_s.arg(code.size());
    for (int i = 0; i < 18; ++i)
        if (!kCreditAlphabet.contains(code.at(i)))
            return u"character %1 '%2' is not allowed (digits and capital letters except I, O, S, V, Z)"_s.arg(i + 1).arg(code.at(i));
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (code.at(17) != expected)
        return u"check character is '%1', expected '%2' (GB 32100)"_s.arg(code.at(17)).arg(expected);
    return {};
}

QChar residentIdCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17.at(i).isDigit())
            return {};
        sum += first17.at(i).digitValue() * kIdWeights[i];
    }
    return kIdChecks.at(sum % 11);
}

QString checkResidentId(const QString &id, QDate today)
{
    if (id.size() != 18)
        return u"a resident ID number has 18 characters, this one has %1"_s.arg(id.size());
    for (int i = 0; i < 17; ++i)
        if (!id.at(i).isDigit())
            return u"character %1 must be a digit"_s.arg(i + 1);
    const QDate birth = QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s);
    if (!today.isValid())
        today = processClock().now().toLocalTime().date();
    if (!birth.isValid())
        return u"date of birth '%1' is not a valid date"_s.arg(id.mid(6, 8));
    if (birth > today || birth.year() < 1900)
        return u"date of birth %1 is out of range"_s.arg(birth.toString(Qt::ISODate));
    const QChar expected = residentIdCheckChar(id.left(17));
    if (id.at(17).toUpper() != expected)
        return u"check digit is '%1', expected '%2' (GB 11643)"_s.arg(id.at(17)).arg(expected);
    return {};
}

} // namespace gl::ids
