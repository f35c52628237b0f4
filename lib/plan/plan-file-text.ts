import mammoth from 'mammoth';

/** Largest plan document accepted (plans are a few pages; anything bigger is not one). */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

/** Why a plan document could not be read, with a message in Vietnamese for the coordinator. */
export class PlanFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The text of a plan document the coordinator opened: a Word `.docx` (through mammoth) or a plain `.txt` in UTF-8.
 * Checked at the door: size, the file really being what its name says (a .docx is a ZIP; a .txt holds no NUL
 * bytes and is valid UTF-8). Throws a {@link PlanFileError} with a Vietnamese message otherwise.
 */
export async function planFileText(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new PlanFileError(`Tệp ${name} trống.`);
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw new PlanFileError(`Tệp ${name} quá lớn (tối đa 10 MB) để là một kế hoạch.`);
  if (/\.docx$/i.test(name)) {
    if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new PlanFileError(`Tệp ${name} không phải tệp Word .docx hợp lệ.`);
    try {
      const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      // mammoth's browser build reads `arrayBuffer`, its Node build (the CLI) reads `buffer`: give both.
      const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
      return (await mammoth.extractRawText(input)).value.normalize('NFC');
    } catch {
      throw new PlanFileError(`Không đọc được nội dung tệp Word ${name}: tệp có thể bị hỏng.`);
    }
  }
  if (/\.txt$/i.test(name)) {
    if (bytes.includes(0)) throw new PlanFileError(`Tệp ${name} không phải văn bản thuần.`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
    } catch {
      throw new PlanFileError(`Tệp ${name} không được mã hóa UTF-8; hãy lưu lại dưới dạng UTF-8 hoặc dùng tệp .docx.`);
    }
  }
  if (/\.doc$/i.test(name)) throw new PlanFileError(`Tệp ${name} là định dạng Word cũ (.doc); hãy lưu lại thành .docx.`);
  throw new PlanFileError(`Chỉ đọc được tệp .docx hoặc .txt, không đọc được ${name}.`);
}
