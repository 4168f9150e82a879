// The pages besides the pane: the ribbon's function file and the support page (the manifest names both), and the
// download page Excel on Mac opens in a browser.
import { DIST_FILES } from './addinConfig.mjs';
import { cspMetaTag, escapeHtmlAttribute, officeScriptUrl } from './pageHead.mjs';

/** Without a declared icon browsers request /favicon.ico, a 404 in the console. */
const FAVICON = `<link rel="icon" type="image/png" href="${DIST_FILES.icon(32)}">`;

/**
 * commands.html: the FunctionFile every DesktopFormFactor must name; the ribbon button only shows the pane,
 * so it just initialises office.js.
 * @param {import('./pageHead.mjs').OfficeJsSource} source
 */
export function commandsPage(source) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8">
    ${cspMetaTag(source)}
    ${FAVICON}
    <title>重点任务台账 · 命令</title>
    <script src="${escapeHtmlAttribute(officeScriptUrl(source, 'office.js'))}"></script>
  </head>
  <body></body>
</html>
`;
}

/**
 * support.html: the SupportUrl and "learn more" page, plain text in zh-CN and en-US.
 * @param {import('./pageHead.mjs').OfficeJsSource} source
 */
export function supportPage(source) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8">
    ${cspMetaTag(source)}
    ${FAVICON}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>重点任务台账 · 使用说明</title>
  </head>
  <body>
    <h1>重点任务台账</h1>
    <p>在 Excel“开始”选项卡点击“打开台账”：粘贴或导入重点任务分工及进度安排表，生成“任务台账”工作表，登记进展，查看逾期和即将到期的任务。</p>
    <p>公式中可使用 <code>TASKS.</code> 开头的自定义函数，按负责单位、时间进度和状态统计任务。</p>
    <h2 lang="en">Key Task Ledger</h2>
    <p lang="en">On the Home tab choose Open Ledger: paste or import a key-task division table, build the ledger sheet, record progress and see overdue tasks. Formulas can use the TASKS.* custom functions.</p>
  </body>
</html>
`;
}

/**
 * download.html: where Excel on Mac sends a .zip the pane made (its task pane cannot download, OfficeDev/office-js#2700):
 * `Office.context.ui.openBrowserWindow` opens this page in the user's browser with the file in the URL's fragment, which
 * no browser sends to a server; download.js saves it and clears the fragment. No office.js: it runs outside Office.
 * @param {import('./pageHead.mjs').OfficeJsSource} source
 */
export function downloadPage(source) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8">
    ${cspMetaTag(source)}
    ${FAVICON}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>重点任务台账 · 保存文件</title>
    <script src="${DIST_FILES.downloadScript}" defer></script>
  </head>
  <body>
    <h1>重点任务台账 · 保存文件 <span lang="en">(Save the file)</span></h1>
    <p id="status">正在准备文件… <span lang="en">Preparing the file…</span></p>
    <p><a id="save" hidden>保存文件 <span lang="en">Save</span></a></p>
  </body>
</html>
`;
}

/**
 * download.js: reads `#name=…&type=…&data=<base64url>`, offers the bytes as a download (a click, and a link for browsers
 * that want one), then drops the fragment from the address bar and the history. Plain ES2017, no dependency.
 */
export const DOWNLOAD_SCRIPT = `'use strict';
(function () {
  var params = new URLSearchParams(location.hash.slice(1));
  var status = document.getElementById('status');
  var save = document.getElementById('save');
  var name = (params.get('name') || 'file').replace(/[\\\\/:*?"<>|]/g, '_');
  var data = params.get('data');
  history.replaceState(null, '', location.pathname);
  if (!data || !status || !save) {
    if (status) status.textContent = '没有要保存的文件。 No file to save.';
    return;
  }
  var text = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  var url = URL.createObjectURL(new Blob([bytes], { type: params.get('type') || 'application/octet-stream' }));
  save.href = url;
  save.download = name;
  save.hidden = false;
  status.textContent = '“' + name + '”已准备好；如未自动保存，请点击下方链接。 Ready: if it was not saved, use the link below.';
  save.click();
})();
`;
