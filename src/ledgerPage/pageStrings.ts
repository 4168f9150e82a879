/** The page's own words (its toolbar and file messages), per locale; the pane's are in src/taskpane/i18n. */
export interface PageStrings {
  open: string;
  save: string;
  fromExample: string;
  unsaved: string;
  saved: string;
  noFile: string;
  changedOnDisk: string;
  reload: string;
  locked: string;
  notALedger: string;
  insecure: string;
  unsupported: string;
  leave: string;
}

const PAGE_ZH_CN: PageStrings = {
  open: '打开台账',
  save: '保存台账',
  fromExample: '用内置示例新建台账',
  unsaved: '有未保存的更改',
  saved: '已保存',
  noFile: '尚未打开台账：请“打开台账”选择 .xlsx 文件，或用内置示例新建。',
  changedOnDisk:
    '这个文件在打开后已被其他程序（如 WPS 或 Excel）保存过，未覆盖。请重新打开它，再把您的更改录入一次；或先另存一份。',
  reload: '重新打开',
  locked: '文件正被 WPS 或 Excel 占用，无法写入。请在 WPS/Excel 中关闭该文件后再点“保存台账”；您的更改仍保留在本页。',
  notALedger: '无法读取这个文件：它不是有效的 .xlsx 工作簿，或已损坏。',
  insecure:
    '本页不是从安全来源（https 或本机文件）打开的：浏览器在这里不提供加密功能，报送表签名不可用。请用 https 地址或下载到本机后打开。',
  unsupported:
    '本页直接处理文件：自定义函数（TASKS.*）在这里不可用（“汇总”表只用 Excel 自带函数，WPS、Excel、LibreOffice 打开即计算）；不能读取 PDF，请先另存为 Word（.docx）。',
  leave: '有未保存的更改，确定离开？',
};

const PAGE_EN_US: PageStrings = {
  open: 'Open ledger',
  save: 'Save ledger',
  fromExample: 'New ledger from the example',
  unsaved: 'Unsaved changes',
  saved: 'Saved',
  noFile: 'No ledger open: choose "Open ledger" to pick an .xlsx file, or start from the example.',
  changedOnDisk:
    'Another program (WPS or Excel) saved this file after you opened it; it was not overwritten. Open it again and enter your changes again, or save a copy first.',
  reload: 'Open again',
  locked:
    'WPS or Excel holds this file open, so it cannot be written. Close it there and choose "Save ledger" again; your changes are still here.',
  notALedger: 'This file cannot be read: it is not a valid .xlsx workbook, or it is damaged.',
  insecure:
    'This page was not opened from a secure origin (https or a local file): the browser offers no cryptography here, so report signing is unavailable. Open it over https or from a downloaded copy.',
  unsupported:
    "This page works on the file itself: the add-in's custom functions (TASKS.*) are not available here (the 汇总 sheet uses Excel's own functions, computed by WPS, Excel and LibreOffice on open); PDF files cannot be read here: save them as Word (.docx) first.",
  leave: 'You have unsaved changes. Leave anyway?',
};

export function pageStrings(language: string | undefined): PageStrings {
  return (language ?? '').toLowerCase().startsWith('en') ? PAGE_EN_US : PAGE_ZH_CN;
}
