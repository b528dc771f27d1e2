// Generates generated-vectors.tsv: known-answer CVSS vectors scored by ae-cvss-calculator 1.0.13
// (metaeffekt), an implementation independent of ours that agrees with FIRST's calculators.
//
// How to run (node_modules stays outside the repository):
//   mkdir -p /tmp/cvssgen && cd /tmp/cvssgen
//   npm init -y && npm install ae-cvss-calculator@1.0.13
//   node <repo>/tests/HealthReview.Core.Tests/Cvss/TestData/generate-vectors.mjs \
//     > <repo>/tests/HealthReview.Core.Tests/Cvss/TestData/generated-vectors.tsv
//
// The package is resolved from the current directory. The PRNG is seeded, so the output is stable.
// Columns: vector, base, temporal, environmental, score, severity.
//   v3.x: base/temporal/environmental are the three FIRST scores (environmental is computed even
//         when no environmental metric is given); score is environmental if any environmental
//         metric is given (not X), else temporal if any temporal metric is, else base.
//   v4.0: base is CVSS-B (base metrics only); score uses every metric given; temporal and
//         environmental are "-".
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const { Cvss3P0, Cvss3P1, Cvss4P0 } = require('ae-cvss-calculator');

// mulberry32: small seeded PRNG.
let state = 20240611;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (values) => values[Math.floor(random() * values.length)];

const V3_BASE = [['AV', 'NALP'], ['AC', 'LH'], ['PR', 'NLH'], ['UI', 'NR'], ['S', 'UC'], ['C', 'HLN'], ['I', 'HLN'], ['A', 'HLN']];
const V3_TEMPORAL = [['E', 'XHFPU'], ['RL', 'XUWTO'], ['RC', 'XCRU']];
const V3_ENVIRONMENTAL = [['CR', 'XHML'], ['IR', 'XHML'], ['AR', 'XHML'], ['MAV', 'XNALP'], ['MAC', 'XLH'], ['MPR', 'XNLH'],
  ['MUI', 'XNR'], ['MS', 'XUC'], ['MC', 'XHLN'], ['MI', 'XHLN'], ['MA', 'XHLN']];
const V4_BASE = [['AV', 'NALP'], ['AC', 'LH'], ['AT', 'NP'], ['PR', 'NLH'], ['UI', 'NPA'], ['VC', 'HLN'], ['VI', 'HLN'], ['VA', 'HLN'],
  ['SC', 'HLN'], ['SI', 'HLN'], ['SA', 'HLN']];
const V4_THREAT = [['E', 'XAPU']];
const V4_ENVIRONMENTAL = [['CR', 'XHML'], ['IR', 'XHML'], ['AR', 'XHML'], ['MAV', 'XNALP'], ['MAC', 'XLH'], ['MAT', 'XNP'],
  ['MPR', 'XNLH'], ['MUI', 'XNPA'], ['MVC', 'XHLN'], ['MVI', 'XHLN'], ['MVA', 'XHLN'], ['MSC', 'XHLN'], ['MSI', ['X', 'S', 'H', 'L', 'N']],
  ['MSA', ['X', 'S', 'H', 'L', 'N']]];
const V4_SUPPLEMENTAL = [['S', 'XNP'], ['AU', 'XNY'], ['R', 'XAUI'], ['V', 'XDC'], ['RE', 'XLMH'], ['U', ['X', 'Clear', 'Green', 'Amber', 'Red']]];

const values = (spec) => (typeof spec === 'string' ? spec.split('') : spec);
const all = (group) => group.map(([name, spec]) => `${name}:${pick(values(spec))}`);
// Each optional metric is left out with probability `omit`; otherwise any value, X included.
const some = (group, omit) => group.filter(() => random() >= omit).map(([name, spec]) => `${name}:${pick(values(spec))}`);

function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function severity(score) {
  if (score === 0) return 'None';
  if (score < 4) return 'Low';
  if (score < 7) return 'Medium';
  if (score < 9) return 'High';
  return 'Critical';
}

const seen = new Set();
const rows = [];
function addV3(vector) {
  if (seen.has(vector)) return;
  seen.add(vector);
  const calculator = vector.startsWith('CVSS:3.0/') ? new Cvss3P0(vector) : new Cvss3P1(vector);
  const r = calculator.calculateScores();
  // With no environmental metric given the calculator reports no environmental score. CR:M has
  // weight 1, exactly like Not Defined, so adding it yields that score without changing it.
  const environmental = r.environmental ?? environmentalWithNeutralMetric(vector);
  rows.push([vector, r.base.toFixed(1), (r.temporal ?? r.base).toFixed(1), environmental.toFixed(1), r.overall.toFixed(1), severity(r.overall)]);
}
function environmentalWithNeutralMetric(vector) {
  const withoutCr = vector.split('/').filter((part) => part !== 'CR:X').join('/');
  const neutral = `${withoutCr}/CR:M`;
  const calculator = neutral.startsWith('CVSS:3.0/') ? new Cvss3P0(neutral) : new Cvss3P1(neutral);
  return calculator.calculateScores().environmental;
}
function addV4(vector) {
  if (seen.has(vector)) return;
  seen.add(vector);
  const r = new Cvss4P0(vector).calculateScores();
  rows.push([vector, r.baseMetricsOnly.toFixed(1), '-', '-', r.overall.toFixed(1), severity(r.overall)]);
}

// --- v3.1 ------------------------------------------------------------------------------------
for (let i = 0; i < 150; i++) {
  addV3(['CVSS:3.1', ...all(V3_BASE), ...some(V3_TEMPORAL, 0.4), ...some(V3_ENVIRONMENTAL, 0.5)].join('/'));
}
for (let i = 0; i < 20; i++) {
  // Any metric order is valid in v3.x.
  addV3(['CVSS:3.1', ...shuffle([...all(V3_BASE), ...some(V3_TEMPORAL, 0.3), ...some(V3_ENVIRONMENTAL, 0.5)])].join('/'));
}
const V3_EDGE = [
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', // base capped at 10.0
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/CR:H/IR:H/AR:H/MS:C', // environmental capped at 10.0
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U', // 10 x 0.92 = 9.200000000000001
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:U/RL:O/RC:U',
  'AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/MS:U', // scope changed, modified scope unchanged
  'AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C', // MPR weight follows the modified scope
  'AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/MS:C/MPR:L',
  'AV:N/AC:L/PR:H/UI:N/S:C/C:L/I:L/A:N/MS:U/MPR:X',
  'AV:L/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:L/MS:C/CR:M',
  'AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', // zero impact
  'AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N/E:H/RL:U/RC:C',
  'AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N/MC:H', // base 0, environmental > 0
  'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MC:N/MI:N/MA:N', // environmental 0
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/MC:N/MI:N/MA:N/MS:C',
  'AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N/CR:L/IR:L/AR:L',
  'AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N/E:U/RL:O/RC:U/CR:L',
  'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:X/RL:X/RC:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MPR:X/MUI:X/MS:X/MC:X/MI:X/MA:X', // all Not Defined
  'AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:L/CR:M', // environmental given but neutral
  'AV:A/AC:L/PR:L/UI:R/S:C/C:H/I:L/A:N/MAV:N/MAC:H/MPR:N/MUI:N/MS:U/MC:L/MI:H/MA:H/CR:H/IR:M/AR:L',
];
for (const edge of V3_EDGE) addV3(`CVSS:3.1/${edge}`);

// --- v3.0 ------------------------------------------------------------------------------------
for (let i = 0; i < 40; i++) addV3(['CVSS:3.0', ...all(V3_BASE)].join('/'));
for (let i = 0; i < 80; i++) {
  addV3(['CVSS:3.0', ...all(V3_BASE), ...some(V3_TEMPORAL, 0.4), ...some(V3_ENVIRONMENTAL, 0.5)].join('/'));
}
for (const edge of V3_EDGE) addV3(`CVSS:3.0/${edge}`);

// --- v4.0 ------------------------------------------------------------------------------------
for (let i = 0; i < 60; i++) addV4(['CVSS:4.0', ...all(V4_BASE)].join('/'));
for (let i = 0; i < 60; i++) addV4(['CVSS:4.0', ...all(V4_BASE), ...all(V4_THREAT)].join('/'));
for (let i = 0; i < 150; i++) {
  addV4(['CVSS:4.0', ...all(V4_BASE), ...some(V4_THREAT, 0.3), ...some(V4_ENVIRONMENTAL, 0.5)].join('/'));
}
for (let i = 0; i < 20; i++) {
  addV4(['CVSS:4.0', ...all(V4_BASE), ...some(V4_THREAT, 0.5), ...some(V4_ENVIRONMENTAL, 0.7), ...some(V4_SUPPLEMENTAL, 0.5)].join('/'));
}
const V4_EDGE = [
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', // 10.0
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', // no impact: 0.0
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N', // modified to no impact
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MVC:H', // base 0, environmental > 0
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S', // Safety
  'AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U/MSA:S',
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U',
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L/IR:L/AR:L',
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/IR:X/AR:X/MAV:X', // all Not Defined
  'AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MAV:N/MPR:N',
  'AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/CR:H/IR:M/AR:M',
  'AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:N/SA:L', // lowest non-zero
  'AV:A/AC:H/AT:P/PR:L/UI:P/VC:L/VI:H/VA:N/SC:H/SI:L/SA:N/E:P/CR:M/IR:H/AR:L/MAV:L/MAC:L/MAT:N/MPR:H/MUI:A/MVC:H/MVI:L/MVA:H/MSC:L/MSI:S/MSA:H',
  'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/S:P/AU:Y/R:I/V:C/RE:H/U:Red', // supplemental only
];
for (const edge of V4_EDGE) addV4(`CVSS:4.0/${edge}`);

process.stdout.write(['vector', 'base', 'temporal', 'environmental', 'score', 'severity'].join('\t') + '\n');
for (const row of rows) process.stdout.write(row.join('\t') + '\n');
