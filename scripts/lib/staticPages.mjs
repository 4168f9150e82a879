// The two pages the manifest needs besides the pane: the ribbon's function file and the support page.
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
