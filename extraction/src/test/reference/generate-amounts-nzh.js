const Nzh = require('nzh');
const cn = Nzh.cn;
// deterministic numbers of every shape a note may carry: small counts, zeros inside, ten-thousands, hundred-millions
let seed = 20261130;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
const nums = new Set();
for (let i = 0; i <= 30; i++) nums.add(i);
[99,100,101,105,110,111,120,250,1000,1001,1010,1021,1100,1500,2000,8300,9999,10000,10001,10010,10500,12000,35000,100000,100005,
 105000,150000,1050000,1200000,1685245,3000000,10000000,20005000,84000000,100000000,250000000,1000000000,1200000000].forEach(n=>nums.add(n));
while (nums.size < 260) {
  const digits = 1 + rnd() % 12;
  let s = '' + (1 + rnd() % 9);
  for (let k = 1; k < digits; k++) { const r = rnd() % 10; s += (r < 4 ? '0' : '' + (rnd() % 10)); }
  nums.add(Number(s));
}
const out = [];
for (const n of [...nums].sort((a,b)=>a-b)) {
  out.push([cn.encodeS(n), n, 'encodeS']);
  if (n >= 10 && n % 7 === 0) out.push([cn.encodeS(n, {tenMin: false}), n, 'encodeS tenMin=false']);
  if (n % 5 === 0) out.push([cn.encodeB(n), n, 'encodeB']);
}
// decimals as nzh writes them
for (const s of ['3.5','13.5','0.5','120.25','10000.5']) out.push([cn.encodeS(s), Number(s), 'encodeS']);
for (const r of out) {
  const back = cn.decodeS(r[0]) ; // nzh's own reading must agree, else the row is not a reference
  if (Number(back) !== r[1] && r[2] !== 'encodeB') { console.error('nzh disagrees', r, back); continue; }
  console.log(r[0] + '\t' + r[1] + '\t' + 'nzh ' + r[2]);
}
for (const n of [1,10,12,100,205,1500,5000,8000,10000,35000,50000,105000,300000,1050000,1200000,5000000,20000000,100000000]) {
  console.log(cn.toMoney(String(n)) + '\t' + n + '\t' + 'nzh toMoney');
}
