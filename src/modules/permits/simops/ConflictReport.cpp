// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/ConflictReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::conflicts {
namespace {

QByteArray jsonString(const QString &s)
{
    const QByteArray arr = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return arr.mid(1, arr.size() - 2); // strip the [ ]
}

QByteArray jsonNumber(double v)
{
    return QByteArray::number(v, 'f', QLocale::FloatingPointShortest);
}

QString fixed2(double v)
{
    return QString::number(roundedDistance(v), 'f', 2);
}

} // namespace

double roundedDistance(double metres)
{
    const double r = std::round(metres * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QByteArray conflictsToJson(qsizetype permitCount, const std::vector<Conflict> &conflicts)
{
    QByteArray out = "{\"permits\":" + QByteArray::number(permitCount) + ",\"conflicts\":[";
    for (size_t i = 0; i < conflicts.size(); ++i) {
        const Conflict &c = conflicts[i];
        if (i)
            out += ',';
        out += "{\"a\":" + jsonString(c.a) + ",\"b\":" + jsonString(c.b) + ",\"kind\":"
            + jsonString(conflictKindName(c.kind)) + ",\"distance_m\":" + jsonNumber(roundedDistance(c.distance))
            + ",\"overlap\":{\"start\":" + jsonString(formatTimestamp(c.overlapStart, Millis::WhenNonZero))
            + ",\"end\":" + jsonString(formatTimestamp(c.overlapEnd, Millis::WhenNonZero)) + "}}";
    }
    out += "]}";
    return out;
}

QString conflictsToTable(qsizetype permitCount, const std::vector<Conflict> &conflicts)
{
    qsizetype wa = 1, wb = 1;
    for (const Conflict &c : conflicts) {
        wa = std::max(wa, c.a.size());
        wb = std::max(wb, c.b.size());
    }
    QString out;
    if (!conflicts.empty()) {
        out += u"A"_s.leftJustified(wa) % u"  "_s % u"B"_s.leftJustified(wb)
            % u"  KIND          DISTANCE_M  OVERLAP\n"_s;
        for (const Conflict &c : conflicts) {
            out += c.a.leftJustified(wa) % u"  "_s % c.b.leftJustified(wb) % u"  "_s
                % conflictKindName(c.kind).leftJustified(12) % u"  "_s % fixed2(c.distance).rightJustified(10)
                % u"  "_s % formatTimestamp(c.overlapStart, Millis::WhenNonZero) % u" .. "_s % formatTimestamp(c.overlapEnd, Millis::WhenNonZero) % u'\n';
        }
    }
    out += QString::number(permitCount) % (permitCount == 1 ? u" permit, "_s : u" permits, "_s)
        % QString::number(conflicts.size()) % (conflicts.size() == 1 ? u" conflict\n"_s : u" conflicts\n"_s);
    return out;
}

} // namespace gl::conflicts
