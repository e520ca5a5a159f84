/** Test and benchmark fixtures (the smallest valid PDF, DOCX and XLSX), shared with the other modules. */
export { minimalDocx, minimalPdf, minimalXlsx } from '@strata/core/files/testing';
