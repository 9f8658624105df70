package vn.onestop.notification.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which templates an event yields on a channel: the notice for its type, and a courtesy message when
 * one exists. For each kind a template of the dossier's procedure group wins over the general one.
 */
final class TemplateSelection {

	private TemplateSelection() {
	}

	static List<Template> select(List<Template> candidates, String eventType, String procedureGroup) {
		List<Template> selected = new ArrayList<>();
		for (TemplateKind kind : TemplateKind.values()) {
			best(candidates, eventType, kind, procedureGroup).ifPresent(selected::add);
		}
		return selected;
	}

	private static Optional<Template> best(List<Template> candidates, String eventType, TemplateKind kind,
			String procedureGroup) {
		return candidates.stream()
			.filter(template -> template.eventType().equals(eventType) && template.kind() == kind)
			.filter(template -> template.procedureGroup() == null
					|| Objects.equals(template.procedureGroup(), procedureGroup))
			.max(Comparator.comparing(template -> template.procedureGroup() != null));
	}

}
