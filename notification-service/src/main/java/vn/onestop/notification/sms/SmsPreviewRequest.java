package vn.onestop.notification.sms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SmsPreviewRequest(@NotBlank @Size(max = MAX_TEXT_LENGTH) String text) {

	static final int MAX_TEXT_LENGTH = 2000;

}
