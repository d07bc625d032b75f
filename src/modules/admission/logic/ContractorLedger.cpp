// SPDX-License-Identifier: Apache-2.0
// The contractor ledger reader, apart from the service's database work so that it can be fuzzed alone
// (tests/fuzz/fuzz_roster_csv): bytes of an outside file in, rows out, nothing else touched.
#include "modules/admission/logic/ContractorService.h"
#include "platform/domain/Csv.h"
#include "platform/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl {

QList<LedgerRow> ContractorService::parseLedger(const QByteArray &bytes, const QString &source, QString *encoding)
{
    const QString text = csv::decode(bytes, source, encoding);
    QList<int> lines;
    const QList<QStringList> table = csv::parseText(text, source, &lines);
    if (table.isEmpty())
        fail(ErrorCode::BadInput, u"%1: the file is empty (header code,name,name_zh,credit_code,trade,contact expected)"_s.arg(source));
    QStringList header;
    for (const QString &h : table.first())
        header << h.trimmed().toLower();
    for (const QString &need : {u"code"_s, u"name"_s, u"credit_code"_s})
        if (!header.contains(need))
            fail(ErrorCode::BadInput, u"%1: line %2: the header has no column '%3' (code,name,name_zh,credit_code,trade,contact)"_s
                                          .arg(source).arg(lines.value(0, 1)).arg(need));
    QList<LedgerRow> rows;
    for (qsizetype i = 1; i < table.size(); ++i) {
        const QStringList &r = table[i];
        if (r.size() == 1 && r.first().trimmed().isEmpty())
            continue; // a blank line
        auto col = [&](const QString &name) { return header.contains(name) ? r.value(header.indexOf(name)).trimmed() : QString(); };
        rows << LedgerRow{lines.value(i), {col(u"code"_s), col(u"name"_s), col(u"name_zh"_s), col(u"credit_code"_s).toUpper(),
                                           col(u"trade"_s), col(u"contact"_s), {}}};
    }
    return rows;
}

} // namespace gl
