process.env.TZ = 'Asia/Shanghai';
const chrono = require('chrono-node');
const {CalendarChinese} = require('date-chinese');
const rows = [];
const iso = d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const isoYmd = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// 1. chrono-node zh.hans on a fixed grid of expressions and reference dates (never a Sunday: chrono counts weeks
// from Sunday, the mainland convention from Monday)
const refs = ['2026-01-07', '2026-03-12', '2026-05-30', '2026-09-28', '2026-11-30', '2026-12-31', '2027-02-26'];
const expressions = [];
for (const w of ['今天', '明天', '后天', '大后天', '昨天', '前天', '今日', '明日', '昨日', '前日', '后日', '今早', '今晚', '明早', '明晚', '昨晚'])
  expressions.push(w);
for (const n of ['1', '2', '3', '5', '7', '10', '15', '30', '一', '两', '三', '五', '七', '十', '十五', '二十'])
  for (const u of ['天前', '天后', '天之后', '日后']) expressions.push(n + u);
for (const n of ['1', '2', '一', '两', '三']) for (const u of ['个星期后', '个礼拜后', '个星期前', '个礼拜前']) expressions.push(n + u);
for (const p of ['上', '下', '这']) for (const p2 of ['', '个']) for (const u of ['周', '星期', '礼拜']) for (const d of ['一', '二', '三', '四', '五', '六']) {
  if (p2 && u === '周') continue;
  expressions.push(p + p2 + u + d);
}
const dates = [['2025', '3', '20'], ['二零二五', '三', '二十'], ['2026', '2', '28'], ['二〇二六', '十二', '五'], ['2027', '10', '31'],
  ['二零二七', '一', '一'], ['2024', '2', '29'], ['二零二八', '十一', '十一']];
for (const [y, m, d] of dates) for (const suffix of ['日', '号']) expressions.push(`${y}年${m}月${d}${suffix}`);
for (const [m, d] of [['3', '20'], ['三', '二十'], ['12', '5'], ['十二', '五'], ['1', '18'], ['一', '十八'], ['6', '30'], ['六', '三十'], ['10', '1'], ['十', '一'], ['8', '15'], ['二', '十四'], ['9', '9'], ['七', '三十一']])
  for (const suffix of ['日', '号']) expressions.push(`${m}月${d}${suffix}`);
for (const ref of refs) {
  const refDate = new Date(ref + 'T09:00:00');
  for (const text of expressions) {
    // a month and day without a year is the next one (forwardDate); 这周一 is this week's Monday even if past,
    // which is chrono's reading without forwardDate
    const monthDay = /^[^年]*月/.test(text);
    const results = chrono.zh.hans.parse(text, refDate, {forwardDate: monthDay});
    if (results.length !== 1 || results[0].text !== text) continue; // chrono does not read it whole: no reference
    rows.push([text, ref, iso(results[0].start.date()), 'chrono-node 2.10.3 zh.hans' + (monthDay ? ' (forwardDate)' : '')]);
  }
}

// 1b. the same grid written in traditional characters, read by chrono-node's zh.hant parsers
const toTraditional = t => t.replace(/周/g, '週').replace(/礼拜/g, '禮拜').replace(/号/g, '號').replace(/后/g, '後')
  .replace(/个/g, '個').replace(/这/g, '這').replace(/两/g, '兩');
for (const ref of refs) {
  const refDate = new Date(ref + 'T09:00:00');
  for (const simplified of expressions) {
    const text = toTraditional(simplified);
    if (text === simplified) continue;
    const monthDay = /^[^年]*月/.test(text);
    const results = chrono.zh.hant.parse(text, refDate, {forwardDate: monthDay});
    if (results.length !== 1 || results[0].text !== text) continue;
    rows.push([text, ref, iso(results[0].start.date()), 'chrono-node 2.10.3 zh.hant' + (monthDay ? ' (forwardDate)' : '')]);
  }
}

// 2. lunar and solar festivals, lunar dates, 闰 months: date-chinese 2.1.4 (astronomical Chinese calendar)
const cal = new CalendarChinese();
function lunarToIso(lunarYearGregorian, month, leap, day) {
  cal.fromGregorian(lunarYearGregorian, 7, 1);
  const [cycle, year] = cal.get();
  cal.set(cycle, year, month, leap, day);
  const g = cal.toGregorian();
  // check it maps back (day 30 of a 29-day month does not exist)
  cal.fromGregorian(g.year, g.month, g.day);
  const back = cal.get();
  if (back[2] !== month || back[3] !== leap || back[4] !== day) return null;
  return isoYmd(g.year, g.month, g.day);
}
function lastDayOfLunarMonth(lunarYearGregorian, month) {
  return lunarToIso(lunarYearGregorian, month, false, 30) || lunarToIso(lunarYearGregorian, month, false, 29);
}
// a named day of the 7 days before the reference date is that one (notes tell what happened at it), else the next
const weekBefore = ref => { const d = new Date(ref + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() - 7); return d.toISOString().slice(0, 10); };
function recentOrNext(ref, next) {
  const recent = next(weekBefore(ref));
  return recent && recent < ref ? recent : next(ref);
}
function nextLunar(ref, month, leap, day) {
  const y = Number(ref.slice(0, 4));
  for (let ly = y - 1; ly <= y + 2; ly++) {
    const d = day === 'last' ? lastDayOfLunarMonth(ly, month) : lunarToIso(ly, month, leap, day);
    if (d && d >= ref) return d;
  }
  return null;
}
function nextSolar(ref, m, d) {
  const y = Number(ref.slice(0, 4));
  const a = isoYmd(y, m, d);
  return a >= ref ? a : isoYmd(y + 1, m, d);
}
function nextQingming(ref) {
  const y = Number(ref.slice(0, 4));
  for (let gy = y; gy <= y + 1; gy++) {
    const jde = cal.qingming(gy);
    cal.fromJDE(jde);
    const [c, yy, mm, l, dd] = cal.get();
    const g = cal.toGregorian();
    const d = isoYmd(g.year, g.month, g.day);
    if (d >= ref) return d;
  }
}
const lunarFestivals = [['春节', 1, 1], ['元宵节', 1, 15], ['元宵', 1, 15], ['端午节', 5, 5], ['端午', 5, 5], ['七夕', 7, 7],
  ['中秋节', 8, 15], ['中秋', 8, 15], ['重阳节', 9, 9], ['重阳', 9, 9], ['腊八', 12, 8], ['小年', 12, 23],
  ['除夕', 12, 'last'], ['正月十五', 1, 15], ['农历八月十五', 8, 15], ['腊月初八', 12, 8], ['腊月三十', 12, 'last'],
  ['农历三月初三', 3, 3], ['农历十月初一', 10, 1], ['阴历二月初二', 2, 2], ['农历冬月十六', 11, 16]];
const solarFestivals = [['元旦', 1, 1], ['情人节', 2, 14], ['三八', 3, 8], ['妇女节', 3, 8], ['五一', 5, 1], ['劳动节', 5, 1],
  ['儿童节', 6, 1], ['教师节', 9, 10], ['国庆', 10, 1], ['国庆节', 10, 1], ['平安夜', 12, 24], ['圣诞', 12, 25], ['圣诞节', 12, 25]];
const festivalRefs = ['2025-01-02', '2025-07-01', '2026-01-02', '2026-06-20', '2027-03-01', '2027-10-15', '2028-01-10'];
for (const ref of festivalRefs) {
  for (const [text, m, d] of lunarFestivals) {
    const value = text.startsWith('农历') || text.startsWith('阴历') || /月/.test(text)
      ? nextLunar(ref, m, false, d) : recentOrNext(ref, r => nextLunar(r, m, false, d));
    if (value) rows.push([text, ref, value, 'date-chinese 2.1.4 (lunar calendar)' + (d === 'last' ? '; last day of the month' : '')]);
  }
  rows.push(['清明', ref, recentOrNext(ref, nextQingming), 'date-chinese 2.1.4 qingming()']);
  rows.push(['清明节', ref, recentOrNext(ref, nextQingming), 'date-chinese 2.1.4 qingming()']);
  for (const [text, m, d] of solarFestivals) rows.push([text, ref, recentOrNext(ref, r => nextSolar(r, m, d)), 'fixed Gregorian date']);
}
// leap months: 2025 has a leap sixth month, 2028 a leap fifth
for (const [text, gy, m, d, ref] of [['农历闰六月初一', 2025, 6, 1, '2025-07-01'], ['闰六月十五', 2025, 6, 15, '2025-07-01'],
  ['农历闰五月初五', 2028, 5, 5, '2028-01-10'], ['闰五月二十', 2028, 5, 20, '2028-01-10']]) {
  const v = lunarToIso(gy, m, true, d);
  if (v) rows.push([text, ref, v, 'date-chinese 2.1.4 (leap month)']);
}
for (const r of rows) console.log(r.join('\t'));
