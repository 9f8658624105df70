package vn.onestop.citizen.imports;

import java.util.UUID;

/**
 * Where an import's rows go: the import's id, the successor ward in force that receives them, the old system named,
 * and who imports them, as the history of every citizen it touches records it.
 */
public record ImportTarget(UUID importId, String successorWard, String source, String importedBy) {
}
