import { Document, Packer, Paragraph, TextRun } from 'docx';

/**
 * A real Word document (.docx) holding a plan's text, one paragraph per line, the way a coordinator receives the
 * plan from E.Office: built with the `docx` library so that tests read a file Word itself would open. Lines in
 * capitals are set bold, like the headings of an administrative document.
 */
export async function planDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => {
    const heading = line.trim() !== '' && line === line.toUpperCase() && /\p{L}/u.test(line);
    return new Paragraph({ children: [new TextRun({ text: line, bold: heading, font: 'Times New Roman', size: 28 })] });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
