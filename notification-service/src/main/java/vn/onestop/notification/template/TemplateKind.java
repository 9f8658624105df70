package vn.onestop.notification.template;

/** A notice about the dossier itself, or a courtesy (congratulation, condolence) sent alongside it. */
public enum TemplateKind {

	NOTICE, COURTESY

}
