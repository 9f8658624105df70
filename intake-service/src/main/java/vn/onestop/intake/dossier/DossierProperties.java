package vn.onestop.intake.dossier;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-ward settings of intake. {@code agencyCodes} maps a ward code to the electronic agency ID its
 * dossier codes start with; an unmapped ward uses its own ward code until its QCVN 102 ID is known.
 */
@ConfigurationProperties("intake.dossier")
record DossierProperties(@DefaultValue Map<String, String> agencyCodes, @DefaultValue Map<String, String> centerNames,
		@DefaultValue("https://dichvucong.gov.vn") String lookupUrl, @DefaultValue("") String hotline) {

	WardOffice officeOf(String wardCode, String agencyCode) {
		String center = this.centerNames.getOrDefault(wardCode,
				"Trung tâm Phục vụ hành chính công (đơn vị hành chính " + wardCode + ")");
		return new WardOffice(wardCode, agencyCode, center, this.lookupUrl, this.hotline);
	}

}
