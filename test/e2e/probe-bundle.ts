// A tiny stand-in for dist/Code.js that exercises what Lotline's own menu does not yet: a prompt in the
// middle of a script that then goes on with the answer, and a sidebar probing google.script.run's rules
// (a Date argument fails, a Date in the result arrives as null, private names do not exist, failures
// reach the failure handler as Errors, withUserObject, host.close()).
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const PROBE_PAGE = `<!DOCTYPE html>
<html><head><base target="_top"></head><body>
<h1>Probe</h1>
<ul id="results"></ul>
<button id="close" type="button" onclick="google.script.host.close()">Close</button>
<script>
function note(id, text) {
  var item = document.createElement('li');
  item.id = id;
  item.textContent = text;
  document.getElementById('results').appendChild(item);
}
var run = google.script.run;
note('chaining', String(run.withUserObject(1) !== run));
note('private', typeof run.secret_);
note('returns', String(run.withSuccessHandler(function () {}).echo('x')));
run.withSuccessHandler(function (value, user) { note('echo', JSON.stringify(value) + ' ' + user); })
  .withUserObject('user-object')
  .echo({ lot: 'LOT-1', quantities: [1, 2], missing: [undefined] });
run.withSuccessHandler(function (value) { note('date-result', String(value)); }).whenIsIt();
run.withFailureHandler(function (error) { note('date-argument', (error instanceof Error) + ' ' + error.message); }).echo({ when: new Date(0) });
run.withFailureHandler(function (error, user) { note('failure', error.message + ' ' + user); }).withUserObject(7).fail();
</script></body></html>`;

export const PROBE_BUNDLE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Write a lot number', 'writeLotNumber')
    .addSeparator()
    .addItem('Open the probe', 'showProbe')
    .addToUi();
}
function writeLotNumber() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt('Lot number', 'Which lot should go in A1?', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) { ui.alert('Nothing was written.'); return; }
  var lot = answer.getResponseText();
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(lot);
  ui.alert('Lot number', 'Wrote ' + lot + ' to A1.', ui.ButtonSet.OK);
}
function showProbe() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(${JSON.stringify(PROBE_PAGE)}).setTitle('Probe'));
}
function echo(value) { return value; }
function whenIsIt() { return { at: new Date(0) }; }
function fail() { throw new Error('Lot LOT-404 is not in Receipts.'); }
function secret_() { return 'hidden'; }
`;

/** Writes the bundle into `folder` and returns its path, for `--bundle`. */
export function writeProbeBundle(folder: string): string {
  const file = path.join(folder, 'Code.js');
  writeFileSync(file, PROBE_BUNDLE);
  return file;
}
