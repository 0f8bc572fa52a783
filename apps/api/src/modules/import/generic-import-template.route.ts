import { Router } from 'express';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { GENERIC_KINDS, genericTemplateHeaders, type GenericKind } from '@overblik/domain';
import { pickLocale } from '../../shared/messages';

/** Where the templates are served: GET …/<KIND>?lang=da|en&format=xlsx|csv. */
export const IMPORT_TEMPLATE_PATH = '/transfer/import-templates';

const FILE_NAMES: Record<GenericKind, { da: string; en: string }> = {
  DATA_SOURCES: { da: 'skabelon-datakilder', en: 'template-data-sources' },
  BENEFITS: { da: 'skabelon-gevinster', en: 'template-benefits' },
  SYSTEMS: { da: 'skabelon-systemer', en: 'template-systems' },
  DATA_SOURCE_EDGES: { da: 'skabelon-datakildeforbindelser', en: 'template-data-source-links' },
  INTEGRATIONS: { da: 'skabelon-integrationer', en: 'template-integrations' },
  CONTRACTS: { da: 'skabelon-kontrakter', en: 'template-contracts' },
  PROJECTS: { da: 'skabelon-projekter', en: 'template-projects' },
};

/** A template's bytes: the header row only, in one language, as XLSX or CSV (";" as Danish Excel writes it). */
export async function templateFile(kind: GenericKind, locale: 'da' | 'en', format: 'xlsx' | 'csv') {
  const headers = genericTemplateHeaders(kind, locale);
  const name = `${FILE_NAMES[kind][locale]}.${format}`;
  if (format === 'csv') {
    // A byte-order mark, so Excel opens the file as UTF-8 (æ, ø, å).
    return {
      name,
      type: 'text/csv; charset=utf-8',
      bytes: Buffer.from(`\uFEFF${Papa.unparse([headers], { delimiter: ';' })}\r\n`),
    };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(FILE_NAMES[kind][locale]);
  sheet.addRow(headers).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 24));
  return {
    name,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

/**
 * The import templates: a header row per kind in the viewer's language (?lang, else the request's
 * language). They hold no data of anyone, so they are served to everyone who asks.
 */
export function importTemplateRouter(): Router {
  const router = Router();
  router.get('/:kind', async (req, res) => {
    const kind = req.params.kind as GenericKind;
    if (!(GENERIC_KINDS as readonly string[]).includes(kind)) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const locale = pickLocale(lang ?? req.header('x-overblik-locale') ?? req.header('accept-language'));
    const format = req.query.format === 'csv' ? 'csv' : 'xlsx';
    const file = await templateFile(kind, locale, format);
    res.setHeader('Content-Type', file.type);
    res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
    res.send(file.bytes);
  });
  return router;
}
