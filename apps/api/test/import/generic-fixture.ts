import ExcelJS from 'exceljs';

export type TemplateCell = string | number | Date | { formula: string } | null;

/** A filled-in template: the downloaded workbook with rows added below its header row, and a trailing empty row. */
export async function fillTemplate(template: ArrayBuffer | Buffer, rows: TemplateCell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as ArrayBuffer);
  const sheet = book.worksheets[0];
  for (const row of rows) sheet.addRow(row);
  sheet.addRow(['', '', '']); // a trailing empty row is no error
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The header row of a workbook's first sheet. */
export async function headerRow(file: ArrayBuffer | Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as ArrayBuffer);
  return (book.worksheets[0].getRow(1).values as string[]).slice(1);
}
