// Dates as node writes and reads them (issue 17): toUTCString in RFC
// 7231's form, toString/toDateString/toTimeString/toLocale* in V8's
// shapes, Date.parse of HTTP dates, RFC 2822, toString's own output,
// asctime, "Jan 1, 1970", slashes. Local-time outputs are checked by
// shape only (the test may run in any zone); output checked against node.
'use strict';
const d1 = new Date(Date.UTC(2026, 11, 1, 9, 5, 7, 123));
console.log(new Date(0).toUTCString(), '|', d1.toUTCString());
console.log(new Date(NaN).toUTCString(), String(new Date(NaN)));
console.log(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4} \(.+\)$/.test(d1.toString()));
console.log(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4}$/.test(d1.toDateString()));
console.log(/^\d\d:\d\d:\d\d GMT[+-]\d{4} \(.+\)$/.test(d1.toTimeString()));
console.log(/^\d{1,2}\/\d{1,2}\/\d{4}, \d{1,2}:\d\d:\d\d [AP]M$/.test(d1.toLocaleString()));
console.log(d1.toISOString(), JSON.stringify(d1));
console.log(Date.parse(d1.toString()) === Math.floor(d1.getTime() / 1000) * 1000);
console.log(Date.parse(d1.toUTCString()) === Math.floor(d1.getTime() / 1000) * 1000);
for (const s of ['Thu, 01 Jan 1970 00:00:00 GMT', 'Tue, 1 Dec 2026 10:00:00 +0100',
  'Tue, 01 Dec 2026 10:00:00 EST', 'Tue, 01 Dec 2026 10:00:00 PDT', 'Dec 25 2020 10:00:00 GMT+0200',
  'Wed, 09 Jun 2021 10:18:14 GMT', '01 Jan 70 00:00 GMT', 'Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)',
  '2020-01-01T10:00:00Z', 'not a date', '1 2 3 4', '']) {
  console.log(JSON.stringify(s), Date.parse(s));
}
// Without a zone: local time, as node.
const local = new Date('Jan 2, 1970 03:04:05');
console.log(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds());
const us = new Date('12/31/1999 11:59:59 PM');
console.log(us.getFullYear(), us.getMonth(), us.getDate(), us.getHours(), us.getMinutes());
const slash = new Date('1970/01/02 03:04');
console.log(slash.getFullYear(), slash.getMonth(), slash.getDate(), slash.getHours(), slash.getMinutes());
