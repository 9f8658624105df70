package vn.onestop.citizen.imports;

import java.util.List;

/**
 * Reads an import file as it streams in: each chunk of bytes yields the rows it completed, the end of input the rest.
 * A file whose structure is broken throws {@link MalformedImport}; a row that is merely wrong carries its problems.
 */
interface ImportParser {

	List<ImportRow> feed(byte[] bytes);

	List<ImportRow> finish();

}
