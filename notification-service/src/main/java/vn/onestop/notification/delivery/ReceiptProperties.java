package vn.onestop.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The delivery-receipt secret shared with the SMS provider; see {@link ReceiptSecret}. */
@ConfigurationProperties("notification.sms")
record ReceiptProperties(String receiptToken) {

	@Override
	public String toString() {
		return "ReceiptProperties[receiptToken=" + (this.receiptToken == null || this.receiptToken.isBlank() ? "" : "***")
				+ "]";
	}

}
