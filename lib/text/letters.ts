/**
 * Letter classes for regular expressions, written out for the scripts our pages use (Basic Latin, Latin-1, Latin
 * Extended-A and the Vietnamese letters of Latin Extended Additional), to put inside `[…]`. `\p{Lu}` would cover
 * every script, but V8 compiles a pattern that repeats it in several places in several milliseconds, and the
 * extractor pays that on every capture, in a fresh tab.
 */

/** Upper-case letters (precomposed, NFC). */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';

/** Lower-case letters (precomposed, NFC). */
export const LOWER = 'a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžſơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';

/** Any letter of {@link UPPER} or {@link LOWER}. */
export const LETTER = `${UPPER}${LOWER}`;
